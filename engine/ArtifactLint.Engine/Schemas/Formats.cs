using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace ArtifactLint.Schemas;

/// <summary>
/// The 'format' checks the validator runs: NJsonSchema's, except where its check accepts what the format's
/// RFC rejects. Its date-time takes "2026" and hour 25, its time needs no offset, its ipv4 takes "087" and a
/// trailing line break, its ipv6 takes "::1%eth0", its hostname takes labels of any length, and its uri
/// takes spaces and "\". Ours follow RFC 3339, 2673/4291, 1123 and 3986, with ASCII digits only.
/// </summary>
internal static partial class Formats
{
    private const string Octet = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";

    /// <summary>Every format check, ours first; a format of ours replaces NJsonSchema's of the same name.</summary>
    public static IFormatValidator[] All { get; } = Build();

    private static IFormatValidator[] Build()
    {
        IFormatValidator[] ours =
        [
            new FormatRule("date-time", ValidationErrorKind.DateTimeExpected, IsDateTime),
            new FormatRule("time", ValidationErrorKind.TimeExpected, v => TimeRegex().Match(v) is { Success: true } m && IsTime(m)),
            new FormatRule("ipv4", ValidationErrorKind.IpV4Expected, v => IpV4Regex().IsMatch(v)),
            new FormatRule("ipv6", ValidationErrorKind.IpV6Expected, IsIpV6),
            new FormatRule("hostname", ValidationErrorKind.HostnameExpected, IsHostname),
            new FormatRule("uri", ValidationErrorKind.UriExpected, IsUri),
        ];
        var replaced = ours.Select(f => f.Format).ToHashSet(StringComparer.Ordinal);
        return [.. ours, .. new JsonSchemaValidatorSettings().FormatValidators.Where(f => !replaced.Contains(f.Format))];
    }

    private static bool IsDateTime(string value)
    {
        var match = DateTimeRegex().Match(value);
        return match.Success && CalendarDates.WhyNotADay(match.Groups["date"].Value) is null && IsTime(match);
    }

    // RFC 3339 full-time: hour 00-23, minute 00-59, second 00-60, where 60 (a leap second) is only 23:59:60 UTC.
    private static bool IsTime(Match match)
    {
        int Part(string name) => int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        var (hour, minute, second) = (Part("h"), Part("m"), Part("s"));
        var offset = match.Groups["oh"].Success ? (Part("oh") * 60) + Part("om") : 0;
        if (hour > 23 || minute > 59 || second > 60 || (match.Groups["oh"].Success && (Part("oh") > 23 || Part("om") > 59)))
        {
            return false;
        }

        var sign = match.Groups["sign"].Value == "-" ? -1 : 1;
        var utc = ((((hour * 60) + minute - (sign * offset)) % 1440) + 1440) % 1440;
        return second < 60 || utc == (23 * 60) + 59;
    }

    private static bool IsIpV6(string value)
    {
        if (value.Length == 0 || value.Any(c => !(char.IsAsciiHexDigit(c) || c is ':' or '.'))
            || !IPAddress.TryParse(value, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        var last = value[(value.LastIndexOf(':') + 1)..];
        return !last.Contains('.') || IpV4Regex().IsMatch(last);
    }

    private static bool IsHostname(string value)
    {
        if (value.Length is 0 or > 253)
        {
            return false;
        }

        foreach (var label in value.Split('.'))
        {
            if (!LabelRegex().IsMatch(label))
            {
                return false;
            }

            // "--" in the 3rd and 4th places marks an encoded label: only a decodable xn-- (punycode) one is a name.
            if (label.Length >= 4 && label[2..4] == "--")
            {
                if (!label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                try
                {
                    _ = new IdnMapping { UseStd3AsciiRules = true }.GetUnicode(label);
                }
                catch (ArgumentException)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsUri(string value) =>
        UriRegex().IsMatch(value) && Uri.TryCreate(value, UriKind.Absolute, out _);

    [GeneratedRegex(@"^(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})[Tt](?<h>[0-9]{2}):(?<m>[0-9]{2}):(?<s>[0-9]{2})(\.[0-9]+)?([Zz]|(?<sign>[+-])(?<oh>[0-9]{2}):(?<om>[0-9]{2}))\z")]
    private static partial Regex DateTimeRegex();

    [GeneratedRegex(@"^(?<h>[0-9]{2}):(?<m>[0-9]{2}):(?<s>[0-9]{2})(\.[0-9]+)?([Zz]|(?<sign>[+-])(?<oh>[0-9]{2}):(?<om>[0-9]{2}))\z")]
    private static partial Regex TimeRegex();

    [GeneratedRegex(@"^" + Octet + @"(\." + Octet + @"){3}\z")]
    private static partial Regex IpV4Regex();

    [GeneratedRegex(@"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\z")]
    private static partial Regex LabelRegex();

    // RFC 3986 URI: a scheme, then only the characters a URI may hold (percent-encoded as %XX otherwise).
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:([A-Za-z0-9\-._~!$&'()*+,;=:@/?#\[\]]|%[0-9A-Fa-f]{2})*\z")]
    private static partial Regex UriRegex();
}

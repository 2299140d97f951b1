using System.Globalization;
using System.Numerics;

namespace ArtifactLint.Loading;

/// <summary>
/// Types a plain YAML scalar by the YAML 1.2 core schema, strictly: only <c>true/false</c>, the null
/// forms, core-schema integers and floats are typed; everything else (<c>yes</c>, <c>2026-11-27</c>,
/// <c>12:30</c>, <c>1_000</c>) stays a string.
/// </summary>
/// <remarks>
/// Integers become <see cref="long"/>, or <see cref="BigInteger"/> (still a JSON integer) when too large.
/// Floats become <see cref="decimal"/> with trailing zeros dropped (<c>1.10</c> is the number 1.1), or
/// <see cref="double"/> when decimal cannot hold them (<c>1e400</c>, <c>1e-50</c>, <c>.inf</c>, <c>.nan</c>; <c>1e-400</c>, too small for
/// a double, is the smallest double that is not 0).
/// </remarks>
internal static class ScalarResolver
{
    // Dividing by 1 with a large scale makes decimal drop trailing zeros: 1.10m -> 1.1m.
    private const decimal Normalizer = 1.000000000000000000000000000000000m;

    /// <summary>The value of a plain scalar: null, <see cref="bool"/>, a number (see the remarks) or the text itself.</summary>
    public static object? Resolve(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        switch (text)
        {
            case "null" or "Null" or "NULL" or "~":
                return null;
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                return double.PositiveInfinity;
            case "-.inf" or "-.Inf" or "-.INF":
                return double.NegativeInfinity;
            case ".nan" or ".NaN" or ".NAN":
                return double.NaN;
        }

        var first = text[0];
        if (first is not ((>= '0' and <= '9') or '+' or '-' or '.'))
        {
            return text;
        }

        if (text.Length > 2 && first == '0' && text[1] is 'o' or 'x')
        {
            return ResolvePrefixed(text) ?? text;
        }

        return ScanNumber(text) switch
        {
            NumberShape.Integer => Integer(text),
            NumberShape.Float => Float(text),
            _ => text,
        };
    }

    // The octal (0o17) or hexadecimal (0x1F) integer; null when the text is not one (then it stays text).
    private static object? ResolvePrefixed(string text)
    {
        var isHex = text[1] == 'x';
        BigInteger value = 0;
        for (var i = 2; i < text.Length; i++)
        {
            var c = text[i];
            int digit;
            if (c is >= '0' and <= '7' || (isHex && c is '8' or '9'))
            {
                digit = c - '0';
            }
            else if (isHex && c is >= 'a' and <= 'f')
            {
                digit = c - 'a' + 10;
            }
            else if (isHex && c is >= 'A' and <= 'F')
            {
                digit = c - 'A' + 10;
            }
            else
            {
                return null;
            }

            value = (value * (isHex ? 16 : 8)) + digit;
        }

        return value <= long.MaxValue ? (long)value : (object)value;
    }

    private static NumberShape ScanNumber(string text)
    {
        var i = 0;
        if (text[i] is '+' or '-')
        {
            i++;
        }

        var intDigits = CountDigits(text, ref i);
        var isFloat = false;
        if (i < text.Length && text[i] == '.')
        {
            isFloat = true;
            i++;
            var fractionDigits = CountDigits(text, ref i);
            if (intDigits == 0 && fractionDigits == 0)
            {
                return NumberShape.None;
            }
        }
        else if (intDigits == 0)
        {
            return NumberShape.None;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            isFloat = true;
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            if (CountDigits(text, ref i) == 0)
            {
                return NumberShape.None;
            }
        }

        return i != text.Length ? NumberShape.None : isFloat ? NumberShape.Float : NumberShape.Integer;
    }

    private static int CountDigits(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        return i - start;
    }

    private static object Integer(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : (object)BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static object Float(string text)
    {
        var asDouble = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        var isZero = IsZero(text);
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && (value != 0 || isZero))
        {
            return value / Normalizer;
        }

        // 1e-400 is too small for a double, but it is not 0 (nor an integer): the nearest double that is not 0 keeps
        // every comparison a schema makes with it (> 0, < 1e-300, not a whole number) true.
        return asDouble == 0 && !isZero ? (text[0] == '-' ? -double.Epsilon : double.Epsilon) : asDouble;
    }

    // Whether the digits before the exponent are all zeros (0.0, -0e5, .0).
    private static bool IsZero(string text)
    {
        foreach (var c in text)
        {
            if (c is 'e' or 'E')
            {
                break;
            }

            if (c is >= '1' and <= '9')
            {
                return false;
            }
        }

        return true;
    }

    private enum NumberShape
    {
        None,
        Integer,
        Float,
    }
}

using System.Globalization;
using ArtifactLint.Api;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Schemas;

/// <summary>
/// The date fields' pattern rules out month 13 and day 32, but not 30 February: a pattern cannot know the
/// calendar. Dates that pass the pattern are checked here, so that a date rule never silently skips one.
/// </summary>
internal static class CalendarDates
{
    /// <summary>The pattern of every date field of the built-in schemas.</summary>
    public const string DatePattern = @"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])( ([01]\d|2[0-3]):[0-5]\d)?$";

    /// <summary>
    /// Why text in the form YYYY-MM-DD is no day of the calendar ("February 2026 has 28 days"), or null when
    /// it is not in that form or is a real date.
    /// </summary>
    public static string? WhyNotADay(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-' || !text.Remove(7, 1).Remove(4, 1).All(char.IsAsciiDigit))
        {
            return null;
        }

        var (year, month, day) = (int.Parse(text[..4], CultureInfo.InvariantCulture), int.Parse(text[5..7], CultureInfo.InvariantCulture), int.Parse(text[8..], CultureInfo.InvariantCulture));
        if (year == 0)
        {
            return "there is no year 0000";
        }

        if (month is < 1 or > 12)
        {
            return $"there is no month {text[5..7]}";
        }

        var days = DateTime.DaysInMonth(year, month);
        return day < 1 ? "there is no day 00"
            : day > days ? $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has {days} days"
            : null;
    }

    /// <summary>AL1001 for each top-level date field whose value is not a day of the calendar; their names go to <paramref name="failed"/>.</summary>
    public static IEnumerable<Diagnostic> Check(FrontMatter frontMatter, JsonSchema schema, ISet<string> failed)
    {
        foreach (var (name, property) in schema.ActualProperties)
        {
            if (property.Pattern != DatePattern
                || frontMatter.Root[name] is not JValue { Type: JTokenType.String } value
                || failed.Contains(name))
            {
                continue;
            }

            var text = (string)value!;
            if (text.Length >= 10 && !DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                failed.Add(name);
                yield return new Diagnostic(EngineRules.SchemaViolation, EngineRules.SchemaViolation.DefaultSeverity, frontMatter.LocationOf(value),
                    $"'{Excerpt.Of(name)}' must be a real date; {text[..10]} does not exist in the calendar: check the month and the day")
                {
                    ArtifactId = (frontMatter.Root["id"] as JValue)?.Value?.ToString(),
                    Property = name,
                    Value = text,
                };
            }
        }
    }
}

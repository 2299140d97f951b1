using System.Globalization;
using System.Text;

namespace ArtifactLint.Tests.Schemas.Suite;

/// <summary>The suite run as text: per file (keyword) the three counts for objects and for wrapped instances, then every wrong verdict.</summary>
internal static class SuiteTable
{
    public static string Format(IReadOnlyList<(SuiteCase Case, SuiteOutcome Outcome)> required, IReadOnlyList<(SuiteCase Case, SuiteOutcome Outcome)> optional)
    {
        var text = new StringBuilder();
        text.Append("""
            JSON-Schema-Test-Suite draft7 (tests/reference), each test linted as a document of a team kind.
            passed: the suite's verdict. warned: a wrong verdict, with AL0010 or AL0011 for the kind's schema.
            silent: a wrong verdict that nothing announces. objects: the instance is the front matter;
            wrapped: the instance is not an object and is the front matter's 'value'. Remote references are left out.

            """);
        Counts(text, "draft7", required);
        Counts(text, "draft7/optional (reported; not held to zero silent)", optional);
        Wrong(text, "silent, draft7", required, SuiteOutcome.Silent);
        Wrong(text, "warned, draft7", required, SuiteOutcome.Warned);
        Wrong(text, "silent, draft7/optional", optional, SuiteOutcome.Silent);
        return text.ToString();
    }

    private static void Counts(StringBuilder text, string title, IReadOnlyList<(SuiteCase Case, SuiteOutcome Outcome)> results)
    {
        text.Append(CultureInfo.InvariantCulture, $"\n{title}\n");
        text.Append(CultureInfo.InvariantCulture, $"{"",-32}{"objects",-24}wrapped\n");
        text.Append(CultureInfo.InvariantCulture, $"{"file",-32}{"passed",6}{"warned",7}{"silent",7}    {"passed",6}{"warned",7}{"silent",7}\n");
        foreach (var file in results.GroupBy(r => r.Case.File).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Row(text, file.Key, [.. file]);
        }

        Row(text, "total", results);
        var passed = results.Count(r => r.Outcome == SuiteOutcome.Passed);
        var rate = results.Count == 0 ? 0 : 100.0 * passed / results.Count;
        text.Append(CultureInfo.InvariantCulture,
            $"passed {passed} of {results.Count} ({rate:0.0}%), warned {results.Count(r => r.Outcome == SuiteOutcome.Warned)}, silent {results.Count(r => r.Outcome == SuiteOutcome.Silent)}\n");
    }

    private static void Row(StringBuilder text, string name, IReadOnlyList<(SuiteCase Case, SuiteOutcome Outcome)> results)
    {
        int Count(bool wrapped, SuiteOutcome outcome) => results.Count(r => r.Case.Wrapped == wrapped && r.Outcome == outcome);
        text.Append(CultureInfo.InvariantCulture,
            $"{name,-32}{Count(false, SuiteOutcome.Passed),6}{Count(false, SuiteOutcome.Warned),7}{Count(false, SuiteOutcome.Silent),7}    "
            + $"{Count(true, SuiteOutcome.Passed),6}{Count(true, SuiteOutcome.Warned),7}{Count(true, SuiteOutcome.Silent),7}\n");
    }

    private static void Wrong(StringBuilder text, string title, IReadOnlyList<(SuiteCase Case, SuiteOutcome Outcome)> results, SuiteOutcome outcome)
    {
        var wrong = results.Where(r => r.Outcome == outcome).ToList();
        text.Append(CultureInfo.InvariantCulture, $"\n{title} ({wrong.Count})\n");
        foreach (var (c, _) in wrong)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"  {c.File}: {c.Group} / {c.Test} ({(c.Wrapped ? "wrapped" : "object")}, {(c.Valid ? "valid" : "invalid")})\n");
        }
    }
}

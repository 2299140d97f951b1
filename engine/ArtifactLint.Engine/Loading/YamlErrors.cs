using YamlDotNet.Core;

namespace ArtifactLint.Loading;

/// <summary>
/// Turns what YamlDotNet throws into a position and a message a product owner can act on. Positions
/// are 1-based and relative to the YAML text; the caller moves them into the file.
/// </summary>
internal static class YamlErrors
{
    private const string Hint = "check the indentation, and put values with special characters in quotes";

    public static bool IsUnclosedQuote(Exception exception) =>
        exception is YamlException && exception.Message.Contains("quoted scalar", StringComparison.Ordinal);

    private const string TabMessage = "a tab indents this line, but YAML indentation must use spaces: replace the tab with spaces";
    private const string BlankTabMessage = "this blank line holds a tab, which YAML does not allow here: remove the tab";

    public static (long Line, long Column, string Message) Describe(
        Exception exception, string yaml, List<(long Start, long End)> textRanges, Mark? openFlow, Mark last)
    {
        if (exception is not YamlException error)
        {
            // The scanner can fail without a position (seen on an unclosed '[' followed by more lines).
            return openFlow is { } flow ? Unclosed(flow, yaml) : (last.Line, last.Column, $"this is not valid YAML here: {Hint}");
        }

        var at = error.Start;
        var text = error.Message;
        if (IsUnclosedQuote(error))
        {
            var quote = at.Index < yaml.Length && yaml[(int)at.Index] == '\'' ? "'" : "\"";
            return (at.Line, at.Column, $"an unclosed quoted value starts here: close it with {quote}");
        }

        // The parser reports a tab at the start of the block it breaks, the tab itself comes later; and a
        // tab that indents a line before the error usually causes it, whatever the parser says.
        var tab = IsAny(text, " tab ")
            ? YamlSourceScanner.FirstLeadingTab(yaml, textRanges, at.Line, long.MaxValue, anyLine: true)
            : YamlSourceScanner.FirstLeadingTab(yaml, textRanges, 1, error.End.Line, anyLine: false);
        if (tab is var (tabLine, tabColumn, isBlank))
        {
            return (tabLine, tabColumn, isBlank ? BlankTabMessage : TabMessage);
        }

        if (IsAny(text, "did not find expected ',' or", "did not find expected node content") && openFlow is { } open && open.Line < at.Line)
        {
            return Unclosed(open, yaml);
        }

        return (at.Line, at.Column, Explain(text, yaml, at));
    }

    private static (long Line, long Column, string Message) Unclosed(Mark open, string yaml)
    {
        var isList = open.Index < yaml.Length && yaml[(int)open.Index] == '[';
        var message = isList
            ? "an unclosed list starts here: close it with ]"
            : "an unclosed mapping starts here: close it with }";
        return (open.Line, open.Column, message);
    }

    private static string Explain(string text, string yaml, Mark at)
    {
        var c = at.Index < yaml.Length ? yaml[(int)at.Index] : '\0';
        if (c == '%' && at.Column == 1 && IsAny(text, "directive", "non-alphabetical", "cannot start any token"))
        {
            return "'%' at the start of a line begins a YAML directive: put the value in quotes";
        }

        if (IsAny(text, " tab "))
        {
            return TabMessage;
        }

        if (IsAny(text, "cannot start any token") || (IsAny(text, "node content") && c is ']' or '}' or ',' or '|' or '>' or '?' or ':'))
        {
            return $"'{c}' cannot start a value: put the value in quotes";
        }

        if (IsAny(text, "Block sequence entries are not allowed"))
        {
            return "a list cannot start on the same line as its property: put each '- item' on its own line below, indented";
        }

        if (IsAny(text, "Mapping keys are not allowed", "Mapping values are not allowed"))
        {
            return $"'{c}' here would start another property where none can be: put the value in quotes";
        }

        if (IsAny(text, "anchor", "Anchor", "expected token", "non-alphabetical") && c is '&' or '*' or '!')
        {
            return $"'{c}' starts an anchor, alias or tag that cannot be used here: put the value in quotes if it is text";
        }

        if (IsAny(text, "<document end>", "<document start>"))
        {
            return $"unexpected text here, after a complete value: {Hint}";
        }

        if (text.Contains("found invalid mapping", StringComparison.Ordinal))
        {
            return HasKeyBefore(yaml, at)
                ? "this value contains ': ', which YAML reads as the start of another property: put the value in quotes"
                : "this line is indented under the value above, so YAML cannot read it as a property: line it up with the other properties";
        }

        if (text.Contains("did not find expected key", StringComparison.Ordinal))
        {
            return $"unexpected text here, where YAML expected a new property (name: value): {Hint}";
        }

        if (text.Contains("did not find expected '-' indicator", StringComparison.Ordinal))
        {
            return "a list item must start with '- ' and line up with the other items";
        }

        if (text.Contains("did not find expected ',' or", StringComparison.Ordinal))
        {
            return "expected ',' or the closing bracket here: separate the items with commas, and put items with special characters in quotes";
        }

        if (text.Contains("could not find expected ':'", StringComparison.Ordinal))
        {
            return "a property name must be followed by ':' and a space, then its value";
        }

        return $"this is not valid YAML ({Detail(text)}): {Hint}";
    }

    private static bool IsAny(string text, params ReadOnlySpan<string> parts)
    {
        foreach (var part in parts)
        {
            if (text.Contains(part, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the error's line already holds 'name: ' before the error column.
    private static bool HasKeyBefore(string yaml, Mark at)
    {
        var index = (int)Math.Min(at.Index, yaml.Length);
        var lineStart = yaml.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1;
        var before = yaml.AsSpan(lineStart, index - lineStart);
        return before.Contains(": ", StringComparison.Ordinal);
    }

    // "While parsing a block mapping, did not find expected key." -> "did not find expected key"
    private static string Detail(string text)
    {
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        var detail = text.StartsWith("While ", StringComparison.Ordinal) && comma > 0 ? text[(comma + 2)..] : text;
        return detail.TrimEnd('.');
    }
}

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

    public static (long Line, long Column, string Message) Describe(Exception exception, string yaml, Mark? openFlow, Mark last)
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

        if (text.Contains("did not find expected ',' or", StringComparison.Ordinal) && openFlow is { } open && open.Line < at.Line)
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
        if (text.Contains("cannot start any token", StringComparison.Ordinal) && at.Index < yaml.Length)
        {
            return $"'{yaml[(int)at.Index]}' cannot start a value: put the value in quotes";
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

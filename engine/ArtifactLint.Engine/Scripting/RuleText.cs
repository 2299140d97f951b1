using System.Globalization;

namespace ArtifactLint.Scripting;

/// <summary>Text that comes from rule code, made safe to keep: read under the rule's guards, and cut to a readable length.</summary>
internal static class RuleText
{
    /// <summary>The most characters of rule text kept in one message.</summary>
    public const int MaxLength = 1000;

    /// <summary>
    /// An exception's message, read on the rule's thread before its guards are left: a rule's own
    /// exception type may override <see cref="Exception.Message"/> with code that loops or throws.
    /// </summary>
    public static string MessageOf(Exception exception)
    {
        try
        {
            return Cut(exception.Message ?? string.Empty);
        }
        catch (Exception e)
        {
            return $"(its message could not be read: {e.GetType().Name})";
        }
    }

    /// <summary>The text, or its first <see cref="MaxLength"/> characters and a note saying how long it was.</summary>
    public static string Cut(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return string.Concat(text.AsSpan(0, end), string.Create(CultureInfo.InvariantCulture, $"… (cut: {text.Length} characters in all)"));
    }
}

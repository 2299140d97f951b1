using System.Globalization;
using System.Text.RegularExpressions;

namespace ArtifactLint.Benchmarks.Corpus.Text;

/// <summary>Writes scalars the way a careful person would: plain when YAML 1.2 reads them back as the same text.</summary>
internal static partial class Yaml
{
    public static string Scalar(string text, bool inFlow = false)
    {
        bool plain = SafePlain().IsMatch(text)
            && !text.Contains(": ", StringComparison.Ordinal)
            && !text.Contains(" #", StringComparison.Ordinal)
            && !(inFlow && text.IndexOfAny([',', '[', ']', '{', '}']) >= 0)
            && !Reserved().IsMatch(text);
        return plain ? text : "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    public static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(i => Scalar(i, inFlow: true))) + "]";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[\p{L}][\p{L}\p{N} .,'()/&+-]*(?<! )$")]
    private static partial Regex SafePlain();

    [GeneratedRegex("^(?i:true|false|null|~)$")]
    private static partial Regex Reserved();
}

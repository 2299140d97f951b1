using System.Text;

namespace ArtifactLint.Benchmarks.Adversarial;

/// <summary>Seeded filler text of an exact length: letters (no YAML or Markdown meaning), words, lines.</summary>
internal static class Filler
{
    private static readonly string[] Words = ["backlog", "sprint", "invoice", "export", "customer", "goal", "release", "team", "report", "value"];

    public static string Letters(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)('a' + random.Next(26));
        }

        return new string(chars);
    }

    /// <summary>Words separated by spaces, with a newline after about <paramref name="lineLength"/> characters (never, when 0).</summary>
    public static string Prose(Random random, int length, int lineLength)
    {
        var text = new StringBuilder(length + 16);
        var column = 0;
        while (text.Length < length)
        {
            var word = Words[random.Next(Words.Length)];
            text.Append(word);
            column += word.Length + 1;
            if (lineLength > 0 && column >= lineLength)
            {
                text.Append('\n');
                column = 0;
            }
            else
            {
                text.Append(' ');
            }
        }

        text.Length = length - 1;
        return text.Append('\n').ToString();
    }

    /// <summary>The same line again and again, to <paramref name="length"/> characters.</summary>
    public static string Repeat(string line, int length)
    {
        var text = new StringBuilder(length + line.Length);
        while (text.Length + line.Length <= length)
        {
            text.Append(line);
        }

        return text.ToString();
    }
}

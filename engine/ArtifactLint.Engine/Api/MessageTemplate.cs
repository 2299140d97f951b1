using System.Globalization;
using System.Text;

namespace ArtifactLint.Api;

/// <summary>
/// A message format read once: literal text and <c>{name}</c> placeholders (<c>{{</c> and <c>}}</c> are
/// literal braces). A format whose placeholders are all numbers (<c>{0}</c>, <c>{1:N2}</c>) is a
/// <see cref="string.Format(IFormatProvider, string, object?[])"/> format, filled by position as <c>MessageFormat</c> always was.
/// </summary>
internal sealed class MessageTemplate
{
    private readonly string _format;
    private readonly List<Part> _parts;

    private MessageTemplate(string format, List<Part> parts, string? problem)
    {
        _format = format;
        _parts = parts;
        Problem = problem;
        Placeholders = parts.Where(p => p.Name is not null).Select(p => p.Name!).Distinct(StringComparer.Ordinal).ToArray();
        IsNumbered = Placeholders.Count > 0 && Placeholders.All(p => char.IsAsciiDigit(p[0]));
    }

    /// <summary>The placeholders' names in order of first appearance.</summary>
    public IReadOnlyList<string> Placeholders { get; }

    /// <summary>Whether the placeholders are numbers: a positional format.</summary>
    public bool IsNumbered { get; }

    /// <summary>What is wrong with the format (an unmatched brace, an empty placeholder), or null.</summary>
    public string? Problem { get; }

    /// <summary>The format as SARIF's <c>messageStrings</c> write it: <c>{0}</c>, <c>{1}</c>, ... in the order of <see cref="Placeholders"/>.</summary>
    public string Positional
    {
        get
        {
            if (IsNumbered || Problem is not null)
            {
                return _format;
            }

            var text = new StringBuilder();
            foreach (var part in _parts)
            {
                text.Append(part.Name is null ? Escape(part.Text) : "{" + IndexOf(part.Name).ToString(CultureInfo.InvariantCulture) + "}");
            }

            return text.ToString();
        }
    }

    public static MessageTemplate Parse(string format)
    {
        var parts = new List<Part>();
        var literal = new StringBuilder();
        string? problem = null;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (c == '}')
            {
                problem ??= $"has a '}}' at character {i + 1} that closes no placeholder: write '}}}}' for a brace";
                literal.Append(c);
                continue;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var close = format.IndexOf('}', i + 1);
            var name = close < 0 ? string.Empty : format[(i + 1)..close];
            var key = name.Split(':', ',')[0].Trim();
            if (close < 0 || key.Length == 0 || !key.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_'))
            {
                problem ??= $"has a '{{' at character {i + 1} that opens no placeholder: write {{name}} for a value, '{{{{' for a brace";
                literal.Append(c);
                continue;
            }

            parts.Add(new Part(literal.ToString(), null, false));
            literal.Clear();
            var quoted = i > 0 && format[i - 1] == '\'' && close + 1 < format.Length && format[close + 1] == '\'';
            parts.Add(new Part(string.Empty, key, quoted));
            i = close;
        }

        parts.Add(new Part(literal.ToString(), null, false));
        return new MessageTemplate(format, [.. parts.Where(p => p.Name is not null || p.Text.Length > 0)], problem);
    }

    /// <summary>Fills a positional format with <paramref name="args"/>, each quoted one cut to an excerpt.</summary>
    public (string Text, IReadOnlyList<string> Arguments) FillByPosition(object?[] args)
    {
        if (args.Length == 0)
        {
            return (_format, []);
        }

        var values = new object?[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            var quoted = _parts.Any(p => p.Quoted && p.Name == i.ToString(CultureInfo.InvariantCulture));
            values[i] = quoted && args[i] is string { Length: > Excerpt.MaxLength } text ? Excerpt.Of(text) : args[i];
        }

        return (string.Format(CultureInfo.InvariantCulture, _format, values), [.. values.Select(Render)]);
    }

    /// <summary>Fills a named format from <paramref name="values"/>; a placeholder without a value throws.</summary>
    public (string Text, IReadOnlyList<string> Arguments) FillByName(IReadOnlyDictionary<string, object?> values, Func<string, string> missing)
    {
        var rendered = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var part in _parts)
        {
            if (part.Name is null)
            {
                text.Append(part.Text);
                continue;
            }

            if (!rendered.TryGetValue(part.Name, out var value))
            {
                if (!values.TryGetValue(part.Name, out var raw))
                {
                    throw new ArgumentException(missing(part.Name));
                }

                value = Render(raw);
                value = _parts.Any(p => p.Quoted && p.Name == part.Name) ? Excerpt.Of(value) : value;
                rendered[part.Name] = value;
            }

            text.Append(value);
        }

        return (text.ToString(), [.. Placeholders.Select(p => rendered[p])]);
    }

    private static string Render(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Escape(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    private int IndexOf(string name)
    {
        for (var i = 0; i < Placeholders.Count; i++)
        {
            if (Placeholders[i] == name)
            {
                return i;
            }
        }

        return -1;
    }

    private sealed record Part(string Text, string? Name, bool Quoted);
}

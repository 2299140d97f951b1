using ArtifactLint.Api;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Loading;

/// <summary>
/// Reads the YAML most front matters are — block mappings and lists of one-line scalars (plain, quoted without
/// escapes) and one-line flow lists of them — straight into the tree <see cref="YamlTreeBuilder"/> builds, with the
/// same values and spans, at a fraction of YamlDotNet's cost (it allocated about 17 KB per 2 KB document, most of
/// what loading a workspace allocates). Anything else — an empty value, a multi-line or escaped scalar, an anchor, a
/// tag, a tab, a duplicate key, a character YAML reads specially — gives null, and the caller reads the text with
/// YamlDotNet, which also says what is wrong. A differential test holds the two to the same trees.
/// </summary>
internal sealed class FastYamlReader
{
    // Counted as YamlTreeBuilder counts, or more (a list entry counts once more), and stopped short of its limit.
    private const int MostNodes = 9_000;
    private const int MostKeyLength = 1024;
    private const int MostDepth = 32;

    private static readonly NotSimple s_notSimple = new();

    private readonly string _yaml;
    private readonly int _lineOffset;
    private readonly List<(long Start, long End)> _textRanges;
    private readonly List<(int Start, int End)> _lines = [];
    private int _line;

    // The current line's content start when a list entry's '- ' has been read on it (else -1: its indentation).
    private int _column = -1;
    private int _nodes;

    private FastYamlReader(string yaml, int firstLine, List<(long Start, long End)> textRanges)
    {
        _yaml = yaml;
        _lineOffset = firstLine - 1;
        _textRanges = textRanges;
    }

    /// <summary>
    /// The front matter's root mapping, or null when the text is not in the simple form (read it with YamlDotNet).
    /// <paramref name="textRanges"/> gets the index ranges of quoted scalars, as <see cref="YamlTreeBuilder.TextRanges"/>.
    /// </summary>
    public static JObject? TryRead(string yaml, int firstLine, List<(long Start, long End)> textRanges)
    {
        if (!IsPlainText(yaml))
        {
            return null;
        }

        var reader = new FastYamlReader(yaml, firstLine, textRanges);
        try
        {
            return reader.ReadRoot();
        }
        catch (NotSimple)
        {
            textRanges.Clear();
            return null;
        }
    }

    // Only line feeds, carriage returns before them, and characters YAML takes as they are (no tab, no control
    // character, no other line break, no byte order mark, no surrogate).
    private static bool IsPlainText(string yaml)
    {
        for (var i = 0; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (c is (>= ' ' and <= '~') or '\n' || (c >= '\u00A0' && c <= '\uD7FF' && c is not '\u2028' and not '\u2029') || (c >= '\uE000' && c <= '\uFFFD' && c != '\uFEFF'))
            {
                continue;
            }

            if (c == '\r' && i + 1 < yaml.Length && yaml[i + 1] == '\n')
            {
                continue;
            }

            return false;
        }

        return true;
    }

    private JObject ReadRoot()
    {
        for (var start = 0; start <= _yaml.Length;)
        {
            var end = _yaml.IndexOf('\n', start);
            var next = end < 0 ? _yaml.Length + 1 : end + 1;
            end = end < 0 ? _yaml.Length : end;
            _lines.Add((start, end > start && _yaml[end - 1] == '\r' ? end - 1 : end));
            start = next;
        }

        SkipInsignificant();
        if (_line >= _lines.Count || Indent() != 0)
        {
            throw s_notSimple;
        }

        var root = ReadMapping(0, 1);
        SkipInsignificant();
        return _line < _lines.Count ? throw s_notSimple : root;
    }

    private SpannedObject ReadMapping(int indent, int depth)
    {
        Deeper(depth);
        SpannedObject? mapping = null;
        while (true)
        {
            SkipInsignificant();
            if (_line >= _lines.Count || Indent() < indent)
            {
                break;
            }

            var (lineStart, lineEnd) = _lines[_line];
            var key = lineStart + Indent();
            var keyEnd = KeyEnd(key, lineEnd);
            if (Indent() > indent || keyEnd < 0)
            {
                throw s_notSimple;
            }

            var name = SharedStrings.Share(_yaml[key..keyEnd]);
            if (mapping is null)
            {
                Count();
                mapping = new SpannedObject(Span(key, key));
            }

            if (mapping.ContainsKey(name))
            {
                throw s_notSimple;
            }

            Count();
            var keySpan = Span(key, keyEnd);
            var value = SkipSpaces(keyEnd + 1, lineEnd);
            JToken read;
            if (value >= lineEnd || _yaml[value] == '#')
            {
                // The value is on the lines below: a mapping indented under the key, or a list (which may stand at the key's indentation).
                NextLine();
                SkipInsignificant();
                if (_line >= _lines.Count)
                {
                    throw s_notSimple;
                }

                var below = Indent();
                read = below > indent && !IsEntry() ? ReadMapping(below, depth + 1)
                    : below >= indent && IsEntry() ? ReadList(below, depth + 1)
                    : throw s_notSimple;
            }
            else
            {
                read = ReadInline(value, lineEnd, depth + 1);
                NextLine();
                NothingDeeperThan(indent);
            }

            mapping.Add(new SpannedProperty(name, read, keySpan));
        }

        return mapping ?? throw s_notSimple;
    }

    private SpannedArray ReadList(int indent, int depth)
    {
        Deeper(depth);
        SpannedArray? list = null;
        while (true)
        {
            SkipInsignificant();
            if (_line >= _lines.Count || Indent() < indent || (Indent() == indent && !IsEntry()))
            {
                break;
            }

            if (Indent() > indent)
            {
                throw s_notSimple;
            }

            var (lineStart, lineEnd) = _lines[_line];
            var dash = lineStart + Indent();
            Count();
            list ??= new SpannedArray(Span(dash, dash));
            var value = SkipSpaces(dash + 1, lineEnd);
            if (value >= lineEnd || _yaml[value] is '#' or '-')
            {
                throw s_notSimple;
            }

            if (KeyEnd(value, lineEnd) >= 0)
            {
                // An entry that is a mapping: its first key is on the entry's line, the others line up under it.
                _column = value - lineStart;
                list.Add(ReadMapping(_column, depth + 1));
            }
            else
            {
                list.Add(ReadInline(value, lineEnd, depth + 1));
                NextLine();
                NothingDeeperThan(indent);
            }
        }

        return list ?? throw s_notSimple;
    }

    // A value written on its key's or entry's line, up to the line's end (where only a comment may follow).
    private JToken ReadInline(int start, int end, int depth)
    {
        switch (_yaml[start])
        {
            case '\'' or '"':
                var (quoted, after) = ReadQuoted(start, end);
                Rest(after, end);
                return quoted;
            case '[':
                Deeper(depth);
                return ReadFlowList(start, end);
            default:
                var plainEnd = PlainEnd(start, end, flow: false);
                var text = _yaml[start..plainEnd];
                var value = ScalarResolver.Resolve(text);
                Count();
                return new SpannedValue(value is string s ? SharedStrings.Share(s) : value, Span(start, plainEnd));
        }
    }

    // Spans from its '[' to its ']' (YamlDotNet's end of a flow list is where the ']' is, not after it).
    private SpannedArray ReadFlowList(int open, int end)
    {
        Count();
        var list = new SpannedArray(Span(open, open));
        var at = SkipSpaces(open + 1, end);
        if (at < end && _yaml[at] == ']')
        {
            list.Span = Span(open, at);
            Rest(at + 1, end);
            return list;
        }

        while (true)
        {
            if (at >= end)
            {
                throw s_notSimple;
            }

            if (_yaml[at] is '\'' or '"')
            {
                var (quoted, after) = ReadQuoted(at, end);
                list.Add(quoted);
                at = after;
            }
            else
            {
                var plainEnd = PlainEnd(at, end, flow: true);
                var value = ScalarResolver.Resolve(_yaml[at..plainEnd]);
                Count();
                list.Add(new SpannedValue(value is string s ? SharedStrings.Share(s) : value, Span(at, plainEnd)));
                at = plainEnd;
            }

            at = SkipSpaces(at, end);
            if (at < end && _yaml[at] == ']')
            {
                list.Span = Span(open, at);
                Rest(at + 1, end);
                return list;
            }

            if (at >= end || _yaml[at] != ',')
            {
                throw s_notSimple;
            }

            at = SkipSpaces(at + 1, end);
            if (at < end && _yaml[at] == ']')
            {
                throw s_notSimple;
            }
        }
    }

    // A quoted scalar closed on its line; a double-quoted one without escapes.
    private (SpannedValue Value, int After) ReadQuoted(int open, int end)
    {
        var quote = _yaml[open];
        var text = new System.Text.StringBuilder();
        for (var i = open + 1; i < end; i++)
        {
            var c = _yaml[i];
            if (c == '\\' && quote == '"')
            {
                throw s_notSimple;
            }

            if (c != quote)
            {
                text.Append(c);
                continue;
            }

            if (quote == '\'' && i + 1 < end && _yaml[i + 1] == '\'')
            {
                text.Append('\'');
                i++;
                continue;
            }

            _textRanges.Add((open, i + 1));
            Count();
            return (new SpannedValue(SharedStrings.Share(text.ToString()), Span(open, i + 1)), i + 1);
        }

        throw s_notSimple;
    }

    // Where a plain scalar ends (trailing spaces left out): at a comment, the line's end, or in a flow list at ',' or ']'.
    private int PlainEnd(int start, int end, bool flow)
    {
        if (_yaml[start] is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`')
        {
            throw s_notSimple;
        }

        var last = start;
        for (var i = start; i < end; i++)
        {
            var c = _yaml[i];
            if (c == ' ')
            {
                if (i + 1 < end && _yaml[i + 1] == '#')
                {
                    break;
                }

                continue;
            }

            if (c == ':' && (i + 1 >= end || _yaml[i + 1] == ' ' || flow))
            {
                throw s_notSimple;
            }

            if (flow && c is ',' or ']')
            {
                break;
            }

            if (flow && c is '[' or '{' or '}' or '#')
            {
                throw s_notSimple;
            }

            last = i + 1;
        }

        return last;
    }

    // After a value: nothing, or a comment set off by a space.
    private void Rest(int at, int end)
    {
        var after = SkipSpaces(at, end);
        if (after < end && (_yaml[after] != '#' || after == at))
        {
            throw s_notSimple;
        }
    }

    // The end of a key ([A-Za-z0-9_.-], not starting with '-' or '.') followed by ':' and a space or the line's end; else -1.
    // YAML allows an implicit key of at most 1,024 characters.
    private int KeyEnd(int start, int end)
    {
        var i = start;
        while (i < end && (char.IsAsciiLetterOrDigit(_yaml[i]) || _yaml[i] is '_' or '-' or '.'))
        {
            i++;
        }

        return i > start && i - start <= MostKeyLength && _yaml[start] is not '-' and not '.' && i < end && _yaml[i] == ':' && (i + 1 == end || _yaml[i + 1] == ' ') ? i : -1;
    }

    private bool IsEntry()
    {
        var (start, end) = _lines[_line];
        var dash = start + Indent();
        return dash < end && _yaml[dash] == '-' && (dash + 1 == end || _yaml[dash + 1] == ' ');
    }

    // A value on one line is followed by nothing indented deeper (which YAML would read as more of it, or as an error).
    private void NothingDeeperThan(int indent)
    {
        SkipInsignificant();
        if (_line < _lines.Count && Indent() > indent)
        {
            throw s_notSimple;
        }
    }

    private int Indent()
    {
        if (_column >= 0)
        {
            return _column;
        }

        var (start, end) = _lines[_line];
        var i = start;
        while (i < end && _yaml[i] == ' ')
        {
            i++;
        }

        return i - start;
    }

    private void SkipInsignificant()
    {
        while (_column < 0 && _line < _lines.Count)
        {
            var (start, end) = _lines[_line];
            var first = SkipSpaces(start, end);
            if (first < end && _yaml[first] != '#')
            {
                return;
            }

            _line++;
        }
    }

    private void NextLine()
    {
        _column = -1;
        _line++;
    }

    private int SkipSpaces(int at, int end)
    {
        while (at < end && _yaml[at] == ' ')
        {
            at++;
        }

        return at;
    }

    private void Count()
    {
        if (++_nodes > MostNodes)
        {
            throw s_notSimple;
        }
    }

    private static void Deeper(int depth)
    {
        if (depth > MostDepth)
        {
            throw s_notSimple;
        }
    }

    private SourceSpan Span(int start, int end)
    {
        var (line, column) = Position(start);
        var (endLine, endColumn) = Position(end);
        return new SourceSpan(line, column, endLine, endColumn);
    }

    // The 1-based file line and column of an index on the current line.
    private (int Line, int Column) Position(int index) => (_line + 1 + _lineOffset, index - _lines[_line].Start + 1);

    private sealed class NotSimple : Exception;
}

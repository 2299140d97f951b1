using ArtifactLint.Api;

namespace ArtifactLint.Running;

/// <summary>
/// Where each top-level property of a front matter starts, for finding the property a position belongs to
/// (the last key at or before it) by binary search when the keys come in source order, as the YAML reader
/// builds them, and by a scan otherwise.
/// </summary>
internal sealed class PropertyStarts
{
    private readonly (int Line, int Column, string Name)[] _keys;
    private readonly bool _inOrder = true;

    public PropertyStarts(FrontMatter frontMatter)
    {
        _keys = frontMatter.Values.Entries
            .Select(e => e.KeySpan is { Line: > 0 } key ? (key.Line, key.Column, e.Key) : (int.MaxValue, int.MaxValue, e.Key))
            .ToArray();
        for (var i = 1; i < _keys.Length; i++)
        {
            _inOrder &= Before(_keys[i - 1], _keys[i].Line, _keys[i].Column);
        }
    }

    /// <summary>The property of the last key at or before the position, or null above the first key.</summary>
    public string? At(int line, int column)
    {
        if (!_inOrder)
        {
            return _keys.LastOrDefault(k => Before(k, line, column)).Name;
        }

        int low = 0, high = _keys.Length - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var key = _keys[middle];
            if (Before(key, line, column))
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found < 0 ? null : _keys[found].Name;
    }

    // Keys without a span (int.MaxValue) are never at or before a position.
    private static bool Before((int Line, int Column, string Name) key, int line, int column) =>
        key.Line < line || (key.Line == line && key.Column <= column);
}

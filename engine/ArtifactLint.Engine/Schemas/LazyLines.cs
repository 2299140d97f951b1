using System.Collections;
using ArtifactLint.Api;

namespace ArtifactLint.Schemas;

/// <summary>
/// A document's lines, split only when something reads them. The validator quotes a value as written only when
/// it reports an error, so a valid document (almost all of them) never splits its text, nor keeps the copy.
/// </summary>
internal sealed class LazyLines(Document document) : IReadOnlyList<string>
{
    public int Count => document.Lines.Count;

    public string this[int index] => document.Lines[index];

    public IEnumerator<string> GetEnumerator() => document.Lines.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

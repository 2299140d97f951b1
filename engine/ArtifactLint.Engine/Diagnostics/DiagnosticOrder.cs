using ArtifactLint.Api;

namespace ArtifactLint.Diagnostics;

/// <summary>The one order of every report: ordinal by path, line, column, rule id, message.</summary>
internal sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var c = string.CompareOrdinal(x.Location.Path, y.Location.Path);
        if (c == 0)
        {
            c = x.Location.Line.CompareTo(y.Location.Line);
        }

        if (c == 0)
        {
            c = x.Location.Column.CompareTo(y.Location.Column);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.Id, y.Id);
        }

        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    }
}

using System.Text;

namespace ArtifactLint.Cli.Commands;

/// <summary>Writes everything to the writer shown and keeps a copy in another (a run's output, for the run cache).</summary>
internal sealed class TeeWriter : TextWriter
{
    private readonly TextWriter _shown;
    private readonly TextWriter _copy;

    public TeeWriter(TextWriter shown, TextWriter copy)
    {
        _shown = shown;
        _copy = copy;
        NewLine = shown.NewLine;
    }

    public override Encoding Encoding => _shown.Encoding;

    public override void Write(char value)
    {
        _shown.Write(value);
        _copy.Write(value);
    }

    public override void Write(string? value)
    {
        _shown.Write(value);
        _copy.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        _shown.Write(buffer, index, count);
        _copy.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        _shown.Write(buffer);
        _copy.Write(buffer);
    }

    public override void Flush()
    {
        _shown.Flush();
        _copy.Flush();
    }
}

using System.Text;

namespace ArtifactLint.Tests.Watching;

/// <summary>A writer the watch writes to from its own thread while the test reads what it has so far.</summary>
internal sealed class SharedWriter : TextWriter
{
    private readonly Lock _gate = new();
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override string NewLine => "\n";

    public override void Write(char value)
    {
        lock (_gate)
        {
            _text.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_gate)
        {
            _text.Append(value);
        }
    }

    public override void WriteLine(string? value) => Write(value + "\n");

    public override string ToString()
    {
        lock (_gate)
        {
            return _text.ToString();
        }
    }
}

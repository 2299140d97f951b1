using System.Text;

namespace ArtifactLint.Tests.Hostile;

/// <summary>Writes the corpus's files exactly as given (bytes, or UTF-8 without a byte order mark) and records what each must give.</summary>
internal sealed class HostileWriter(HostileManifest manifest)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public HostileManifest Manifest { get; } = manifest;

    public string Full(string path) => Path.Combine(Manifest.Workspace, path);

    /// <summary>A document that must be named in the report.</summary>
    public void Document(string path, string text) => Bytes(path, Utf8.GetBytes(text));

    public void Bytes(string path, byte[] bytes)
    {
        Create(path, bytes);
        Manifest.ExpectReported(path);
    }

    /// <summary>A file with no kind and no front matter: nothing to say about it.</summary>
    public void Silent(string path, string text)
    {
        Create(path, Utf8.GetBytes(text));
        Manifest.ExpectSilent(path);
    }

    /// <summary>A file that is not a document (a .gitignore): it is read, but nothing is expected of it.</summary>
    public void Other(string path, string text) => Create(path, Utf8.GetBytes(text));

    private void Create(string path, byte[] bytes)
    {
        var full = Full(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }
}

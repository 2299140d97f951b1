using ArtifactLint.Files;

namespace ArtifactLint.Running;

/// <summary>
/// Whole runs by the digest of everything they read (<see cref="RunInputs"/>), in the cache folder's <c>runs/</c>:
/// a second lint of a workspace nobody changed gives the first one's output without linting. Keyed by content, never
/// by time, so an entry is never stale; each is written whole or not at all, and one that cannot be read is a miss.
/// </summary>
internal sealed class RunCache(string directory)
{
    private const string Magic = "artifactlint-run 1";

    // More report files than a command line can ask for: the entry is not one this tool wrote.
    private const int MostFiles = 1000;

    public RunRecord? TryRead(string digest)
    {
        var path = PathOf(digest);
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path));
            if (reader.ReadString() != Magic)
            {
                return null;
            }

            var exitCode = reader.ReadInt32();
            var stdout = reader.ReadString();
            var stderr = reader.ReadString();
            var count = reader.ReadInt32();
            if (count is < 0 or > MostFiles)
            {
                return null;
            }

            var files = new (string, string)[count];
            for (var i = 0; i < files.Length; i++)
            {
                files[i] = (reader.ReadString(), reader.ReadString());
            }

            CacheTrim.MarkUsed(path);
            return new RunRecord(exitCode, stdout, stderr, files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or OverflowException)
        {
            // Missing, cut short, or not one of ours: lint.
            return null;
        }
    }

    public void Write(string digest, RunRecord record)
    {
        try
        {
            AtomicFile.WriteBytes(PathOf(digest), stream =>
            {
                using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
                writer.Write(Magic);
                writer.Write(record.ExitCode);
                writer.Write(record.Out);
                writer.Write(record.Error);
                writer.Write(record.Files.Count);
                foreach (var (path, text) in record.Files)
                {
                    writer.Write(path);
                    writer.Write(text);
                }
            });
        }
        catch (Exception e) when (e is FileWriteException or IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs time, not findings.
        }
    }

    private string PathOf(string digest) => Path.Combine(directory, "runs", digest + ".run");
}

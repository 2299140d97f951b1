using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ArtifactLint.Files;
using ArtifactLint.Loading;

namespace ArtifactLint.Running;

/// <summary>
/// What each file of a workspace hashed to, with its stamp (size, write and change times, inode) when it was hashed,
/// kept in the cache folder: a file whose stamp has not moved is not read again, as git's index does. A stamp less than
/// <see cref="Margin"/> older than the index is not trusted, since a second write that quick may not move the write time.
/// The hashes are what the run cache is keyed by; the stamps only save reading the bytes.
/// </summary>
internal sealed class FileHashes
{
    private const string Magic = "artifactlint-hashes 1";
    private const long Margin = 2_000_000_000;

    private readonly string? _path;
    private readonly Dictionary<string, Entry> _known;
    private readonly long _writtenNs;

    // When this run started reading: a file read now and written again in the same tick must not be trusted later.
    private readonly long _startedNs = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;
    private readonly ConcurrentDictionary<string, Entry> _seen = new(StringComparer.Ordinal);
    private int _added;

    private FileHashes(string? path, Dictionary<string, Entry> known, long writtenNs)
    {
        _path = path;
        _known = known;
        _writtenNs = writtenNs;
    }

    /// <summary>The hashes kept for the workspace at <paramref name="root"/> in <paramref name="cacheFolder"/> (none when it cannot be read).</summary>
    public static FileHashes Load(string? cacheFolder, string root)
    {
        var path = cacheFolder is null ? null
            : Path.Combine(cacheFolder, "runs", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(root)))[..32] + ".hashes");
        var known = new Dictionary<string, Entry>(StringComparer.Ordinal);
        long writtenNs = 0;
        if (path is not null && File.Exists(path))
        {
            try
            {
                using var reader = new BinaryReader(File.OpenRead(path));
                if (reader.ReadString() == Magic)
                {
                    writtenNs = reader.ReadInt64();
                    for (var count = reader.ReadInt32(); count > 0; count--)
                    {
                        var file = reader.ReadString();
                        var stamp = new FileStamp(reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64());
                        known[file] = new Entry(stamp, reader.ReadString());
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or OverflowException)
            {
                // Cut short or not ours: every file is read.
                known.Clear();
            }
        }

        return new FileHashes(path, known, writtenNs);
    }

    /// <summary>The hash of the regular file at <paramref name="path"/> with <paramref name="stamp"/>: the kept one while the stamp is unchanged, else its bytes hashed now.</summary>
    public string HashOf(string path, FileStamp stamp)
    {
        if (_known.TryGetValue(path, out var known) && known.Stamp == stamp
            && stamp.WrittenNs < _writtenNs - Margin && stamp.ChangedNs < _writtenNs - Margin)
        {
            _seen[path] = known;
            return known.Hash;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        _seen[path] = new Entry(stamp, hash);
        Interlocked.Increment(ref _added);
        return hash;
    }

    // A class, not a tuple: the dictionaries' code then comes precompiled (ReadyToRun shares it among reference types),
    // where a value type of this assembly would have the JIT compile them on every run.
    private sealed record Entry(FileStamp Stamp, string Hash);

    /// <summary>Keeps the hashes of the files seen this time, when any was hashed anew or is gone; a cache that cannot be written costs time only.</summary>
    public void Save()
    {
        if (_path is null || (_added == 0 && _seen.Count == _known.Count))
        {
            return;
        }

        try
        {
            AtomicFile.WriteBytes(_path, stream =>
            {
                using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
                writer.Write(Magic);
                writer.Write(_startedNs);
                writer.Write(_seen.Count);
                foreach (var (file, (stamp, hash)) in _seen)
                {
                    writer.Write(file);
                    writer.Write(stamp.Size);
                    writer.Write(stamp.WrittenNs);
                    writer.Write(stamp.ChangedNs);
                    writer.Write(stamp.Inode);
                    writer.Write(hash);
                }
            });
        }
        catch (Exception e) when (e is FileWriteException or IOException or UnauthorizedAccessException)
        {
        }
    }
}

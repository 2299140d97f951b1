using System.Collections.Concurrent;
using System.IO.Hashing;
using ArtifactLint.Api;
using ArtifactLint.Files;

namespace ArtifactLint.Running;

/// <summary>
/// Each document's steps (read, parse, kind, schema; <see cref="DocumentRecord"/>) by its path and the hash of its bytes,
/// in the cache folder's <c>documents/</c>, one file for everything else those steps depend on (the build, the workspace,
/// its config and schemas: <see cref="RunInputs.SetupDigest"/>). A <c>lint</c> with one document changed parses that one
/// alone, and a rule that asks for the body of an unchanged one gets the outline the last run built (<see cref="IOutlineKeeper"/>)
/// instead of reading and parsing it again. Keyed by content, never by time; written whole or not at all, by a run whose inputs did not change under it;
/// a file or a record that cannot be read, or whose checksum (XxHash3, per record) does not match, is a miss.
/// </summary>
internal sealed class DocumentCache : IOutlineKeeper
{
    private const string Magic = "artifactlint-documents 4";

    private readonly string _path;
    private readonly IReadOnlyDictionary<string, string> _hashes;

    // The records of the file, by path: its hash and its bytes, read when the document is asked for.
    private readonly Dictionary<string, (string Hash, byte[] Record)> _kept;

    // What the next file holds: the records used and the ones made by this run, and whether each has no outline yet
    // (a rule may have one built before the file is written: Keep(path, outline)).
    private readonly ConcurrentDictionary<string, (string Hash, byte[] Record, bool WithoutOutline)> _next = new(StringComparer.Ordinal);
    private int _made;

    private DocumentCache(string path, IReadOnlyDictionary<string, string> hashes, Dictionary<string, (string, byte[])> kept)
    {
        _path = path;
        _hashes = hashes;
        _kept = kept;
    }

    /// <summary>The cache of a run with <paramref name="inputs"/>, read from <paramref name="directory"/> (empty when there is none yet).</summary>
    public static DocumentCache Open(string directory, RunInputs inputs)
    {
        var path = Path.Combine(directory, "documents", inputs.SetupDigest + ".docs");
        return new DocumentCache(path, inputs.DocumentHashes, ReadAll(path) ?? new Dictionary<string, (string, byte[])>(StringComparer.Ordinal));
    }

    /// <summary>The document at <paramref name="path"/> as kept, when its bytes are the ones this run hashed; its body is read from <paramref name="files"/>.</summary>
    public bool TryTake(string path, IDocumentFiles files, out SessionDocument document, out IReadOnlySet<string> invalidFields)
    {
        if (_hashes.TryGetValue(path, out var hash) && _kept.TryGetValue(path, out var kept) && kept.Hash == hash && IsIntact(kept.Record))
        {
            try
            {
                using var reader = new BinaryReader(new MemoryStream(kept.Record, Checksum, kept.Record.Length - Checksum, writable: false));
                (document, invalidFields, var hasOutline) = DocumentRecord.Read(reader, path, files);
                _next[path] = (kept.Hash, kept.Record, !hasOutline);
                if (!hasOutline)
                {
                    document.Document!.OutlineKeeper = this;
                }

                return true;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or OverflowException)
            {
                // Not a record of ours: the document is read again.
            }
        }

        document = null!;
        invalidFields = null!;
        return false;
    }

    /// <summary>Keeps a document this run read, for the next run, when its bytes were hashed and it can be kept.</summary>
    public void Keep(SessionDocument document, IReadOnlySet<string> invalidFields)
    {
        if (!_hashes.TryGetValue(document.Path, out var hash) || !DocumentRecord.CanKeep(document))
        {
            return;
        }

        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            DocumentRecord.Write(writer, document, invalidFields);
        }

        var record = Sealed(stream.ToArray());
        _next[document.Path] = (hash, record, true);
        Interlocked.Increment(ref _made);
        document.Document!.OutlineKeeper = this;
    }

    /// <summary>Adds the outline a rule had built to the document's record: the next run reads no body for it.</summary>
    void IOutlineKeeper.Keep(string path, DocumentOutline outline)
    {
        if (_next.TryGetValue(path, out var entry) && entry.WithoutOutline
            && DocumentRecord.WithOutline(entry.Record.AsSpan(Checksum), path, outline) is { } body
            && _next.TryUpdate(path, (entry.Hash, Sealed(body), false), entry))
        {
            Interlocked.Increment(ref _made);
        }
    }

    /// <summary>Writes what this run used and made, when that is not what the file holds already.</summary>
    public void Save()
    {
        if (_made == 0 && _next.Count == _kept.Count)
        {
            CacheTrim.MarkUsed(_path);
            return;
        }

        try
        {
            AtomicFile.WriteBytes(_path, stream =>
            {
                using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
                writer.Write(Magic);
                writer.Write(_next.Count);
                foreach (var (path, (hash, record, _)) in _next.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    writer.Write(path);
                    writer.Write(hash);
                    writer.Write(record.Length);
                    writer.Write(record);
                }
            });
        }
        catch (Exception e) when (e is FileWriteException or IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs time, not findings.
        }
    }

    // Each record starts with the XxHash3 of the rest, as 16 hexadecimal digits: a record damaged in place is a miss.
    private const int Checksum = 16;

    // The record of body: its checksum, then the body.
    private static byte[] Sealed(byte[] body)
    {
        var record = new byte[Checksum + body.Length];
        body.CopyTo(record, Checksum);
        XxHash3.HashToUInt64(body).TryFormat(record.AsSpan(0, Checksum), out _, "x16");
        return record;
    }

    private static bool IsIntact(byte[] record)
    {
        Span<byte> expected = stackalloc byte[Checksum];
        XxHash3.HashToUInt64(record.AsSpan(Checksum)).TryFormat(expected, out _, "x16");
        return record.AsSpan(0, Checksum).SequenceEqual(expected);
    }

    private static Dictionary<string, (string, byte[])>? ReadAll(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var reader = new BinaryReader(new BufferedStream(file, 1 << 16));
            if (reader.ReadString() != Magic)
            {
                return null;
            }

            var count = reader.ReadInt32();
            var kept = new Dictionary<string, (string, byte[])>(Math.Clamp(count, 0, 1 << 20), StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var document = reader.ReadString();
                var hash = reader.ReadString();
                // A length past the end of the file is no record of ours (and would be allocated before it is read).
                var length = reader.ReadInt32();
                if (length < Checksum || length > file.Length)
                {
                    return null;
                }

                var record = reader.ReadBytes(length);
                if (record.Length != length)
                {
                    return null;
                }

                kept[document] = (hash, record);
            }

            CacheTrim.MarkUsed(path);
            return kept;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or OverflowException)
        {
            // Missing, cut short, or not one of ours: every document is read.
            return null;
        }
    }
}

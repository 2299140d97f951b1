using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ArtifactLint.Api;
using ArtifactLint.Files;

namespace ArtifactLint.Scripting;

/// <summary>
/// Compiled rules on disk, one self-validating file per rule: a header, the image's length and
/// SHA-256, then the image. Written to a temporary file in the same folder and renamed into place
/// (atomic on one file system), so that linters started together on a cold cache all succeed and
/// a reader sees a whole entry or none; two writers of one entry each rename a whole file of the
/// same bytes. A truncated or corrupt entry is deleted and rebuilt; a temporary file left by a
/// linter killed mid-write is swept by the next one that writes.
/// </summary>
internal sealed class RuleCache(string directory)
{
    private static readonly byte[] s_magic = "ALRULE1\n"u8.ToArray();
    private static readonly string s_keyPrefix = KeyPrefix();

    // Old enough that no linter still writing it: a write takes milliseconds.
    private static readonly TimeSpan s_staleTemporary = TimeSpan.FromHours(1);

    private bool _swept;

    public string Directory { get; } = directory;

    /// <summary><c>ARTIFACTLINT_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/artifactlint</c>, else <c>~/.cache/artifactlint</c>.</summary>
    public static string DefaultDirectory(Func<string, string?> variable)
    {
        if (variable("ARTIFACTLINT_CACHE_DIR") is { Length: > 0 } explicitDirectory)
        {
            return explicitDirectory;
        }

        var root = variable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "artifactlint");
    }

    /// <summary>SHA-256 of everything a compiled rule depends on.</summary>
    public static string Key(string text, bool trusted)
    {
        var bytes = Encoding.UTF8.GetBytes(s_keyPrefix + (trusted ? "trust=full\n" : "trust=none\n") + text);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public byte[]? TryRead(string key)
    {
        var path = PathOf(key);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        if (Unpack(bytes) is { } image)
        {
            CacheTrim.MarkUsed(path);
            return image;
        }

        Delete(key);
        return null;
    }

    /// <summary>Best effort: a cache that cannot be written only costs the next run a compile.</summary>
    public void Write(string key, byte[] image)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            SweepStaleTemporaries();
            AtomicFile.WriteBytes(PathOf(key), stream => stream.Write(Pack(image)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next run compiles the rule again.
        }
    }

    public void Delete(string key) => TryDelete(PathOf(key));

    private void SweepStaleTemporaries()
    {
        if (_swept)
        {
            return;
        }

        _swept = true;
        foreach (var file in new DirectoryInfo(Directory).EnumerateFiles("*.tmp"))
        {
            if (DateTime.UtcNow - file.LastWriteTimeUtc > s_staleTemporary)
            {
                TryDelete(file.FullName);
            }
        }
    }

    public string PathOf(string key) => Path.Combine(Directory, key + ".rule");

    private static byte[] Pack(byte[] image)
    {
        var packed = new byte[s_magic.Length + 4 + 32 + image.Length];
        s_magic.CopyTo(packed, 0);
        BitConverter.TryWriteBytes(packed.AsSpan(s_magic.Length), image.Length);
        SHA256.HashData(image).CopyTo(packed, s_magic.Length + 4);
        image.CopyTo(packed, s_magic.Length + 36);
        return packed;
    }

    private static byte[]? Unpack(byte[] bytes)
    {
        var headerLength = s_magic.Length + 36;
        if (bytes.Length < headerLength || !bytes.AsSpan(0, s_magic.Length).SequenceEqual(s_magic)
            || BitConverter.ToInt32(bytes, s_magic.Length) != bytes.Length - headerLength)
        {
            return null;
        }

        var image = bytes[headerLength..];
        return SHA256.HashData(image).AsSpan().SequenceEqual(bytes.AsSpan(s_magic.Length + 4, 32)) ? image : null;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another linter may hold it; the entry is rebuilt or replaced later.
        }
    }

    // The Roslyn version is baked into the engine at build time: reading it from a Roslyn type
    // would load the compiler on every warm run.
    private static string KeyPrefix()
    {
        var engine = typeof(Rule).Assembly;
        var engineVersion = engine.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";
        var roslynVersion = engine.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RoslynVersion")?.Value ?? "?";
        return $"artifactlint-rule\nengine={engineVersion}\nroslyn={roslynVersion}\nallow-list={AllowList.Version}\nruntime={Environment.Version}\n";
    }
}

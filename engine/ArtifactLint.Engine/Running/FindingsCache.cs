using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ArtifactLint.Baselines;
using ArtifactLint.Git;
using ArtifactLint.Loading;
using ArtifactLint.Files;

namespace ArtifactLint.Running;

/// <summary>
/// The findings of a tree, by key, kept in the cache folder so that <c>--new-since REV</c> lints REV once: the key is
/// the tree's id plus everything else a finding depends on (the engine build, the built-in rules and schemas, how the
/// workspace and its config are found, rule folders outside the repository, trust, the as-of date). A file is the
/// baseline format, written whole or not at all; a file that cannot be read is a miss. The oldest are removed past
/// <see cref="MostEntries"/>.
/// </summary>
internal sealed class FindingsCache(string directory)
{
    private const int MostEntries = 64;
    private static readonly Lazy<string> s_tool = new(() => typeof(FindingsCache).Assembly.ManifestModule.ModuleVersionId.ToString());

    public IReadOnlyList<BaselineEntry>? TryRead(string key)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }

        var (entries, _) = BaselineReader.Read(path, path);
        if (entries is not null)
        {
            CacheTrim.MarkUsed(path);
        }

        return entries;
    }

    public void Write(string key, IReadOnlyList<BaselineEntry> entries)
    {
        try
        {
            AtomicFile.Write(PathOf(key), w => w.Write(BaselineWriter.ToJson(entries)));
            Sweep();
        }
        catch (Exception e) when (e is FileWriteException or IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs time, not findings.
        }
    }

    /// <summary>The key of <paramref name="tree"/>'s findings for this request.</summary>
    public static string Key(string tree, LintRequest request, GitRepository repository)
    {
        var text = new StringBuilder("findings 1\n")
            .Append("tool ").Append(s_tool.Value).Append('\n')
            .Append("built-in ").Append(ContentHash(Path.Combine(request.ToolDirectory, RulePhase.BuiltInFolder), "*.csx"))
            .Append(' ').Append(ContentHash(Path.Combine(request.ToolDirectory, "schemas"), "*.json")).Append('\n')
            .Append("tree ").Append(tree).Append('\n')
            .Append("from ").Append(repository.Prefix).Append('\n')
            .Append("trust ").Append(request.TrustRules).Append('\n')
            .Append("as-of ").Append((request.AsOf ?? DateOnly.FromDateTime(DateTime.UtcNow)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        foreach (var path in request.Paths)
        {
            text.Append("path ").Append(path).Append('\n');
        }

        if (request.ConfigFile is { } config)
        {
            var full = Path.GetFullPath(config, request.WorkingDirectory);
            text.Append("config ").Append(config).Append(' ').Append(ChangePaths.IsInside(full, repository) ? "in tree" : FileHash(full)).Append('\n');
        }

        foreach (var folder in request.RuleDirectories)
        {
            var full = Path.GetFullPath(folder, request.WorkingDirectory);
            text.Append("rules ").Append(folder).Append(' ').Append(ChangePaths.IsInside(full, repository) ? "in tree" : ContentHash(full, "*.csx")).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private string PathOf(string key) => Path.Combine(directory, "findings", key + ".json");

    private void Sweep()
    {
        var files = new DirectoryInfo(Path.Combine(directory, "findings")).GetFiles("*.json");
        foreach (var old in files.OrderByDescending(f => f.LastWriteTimeUtc).Skip(MostEntries))
        {
            old.Delete();
        }
    }

    private static string ContentHash(string folder, string pattern)
    {
        if (!Directory.Exists(folder))
        {
            return "none";
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n" + Text(file) + "\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string FileHash(string file) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text(file))));

    // Read as the run reads them: a rule folder named on the command line may hold a pipe.
    private static string Text(string file) => TextFileReader.Read(file, file, FileSizeLimit.Default).Text ?? "unreadable";
}

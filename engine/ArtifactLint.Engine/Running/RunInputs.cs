using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using ArtifactLint.Files;
using ArtifactLint.Loading;
using ArtifactLint.Settings;

namespace ArtifactLint.Running;

/// <summary>
/// Everything a lint of the working tree reads, as one digest: the tool build, the request, the config file, every
/// document the walk finds (its bytes, or its size when <c>max_file_size</c> refuses it, and where a link points), the
/// rules and schemas (built-in and the team's, folder by folder), the baseline file, the git root and the date. Two
/// runs with the same digest give the same findings, so a run's output may be kept under it (<see cref="RunCache"/>).
/// The walk is handed to the run (<see cref="LintRequest.Files"/>), so that it lints exactly the files digested.
/// </summary>
internal sealed class RunInputs
{
    // Read through a link or not a regular file: digested as the run reads it, whatever its size.
    private static readonly FileSizeLimit AnySize = new(long.MaxValue, "any size");

    // The build: the engine's and the entry assembly's ids, and every assembly beside the engine (a dependency updated alone).
    private static readonly Lazy<string> s_tool = new(() =>
        typeof(RunInputs).Assembly.ManifestModule.ModuleVersionId + " " + System.Reflection.Assembly.GetEntryAssembly()?.ManifestModule.ModuleVersionId
        + string.Concat(new DirectoryInfo(Path.GetDirectoryName(typeof(RunInputs).Assembly.Location) is { Length: > 0 } folder ? folder : AppContext.BaseDirectory)
            .EnumerateFiles("*.dll").OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => $" {f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}")));

    // What each digested file and folder was, to tell whether it changed while the run read it.
    private readonly List<(string Path, FileStamp Stamp)> _stamps = [];
    private readonly List<(string Path, DateTime Written)> _folders = [];

    // Inputs that were not there (a baseline not written yet): the run is kept only if they still are not.
    private readonly List<string> _missing = [];

    // A file read as text (a link, a file the walk could not stamp) has no stamp to tell a change by.
    private bool _unstamped;

    private RunInputs(WalkResult walk) => Walk = walk;

    /// <summary>The files of the workspace, as the walk found them while digesting.</summary>
    public WalkResult Walk { get; }

    /// <summary>The day the digest takes for today: the run must lint as of it, or a run across midnight is kept under the wrong day.</summary>
    public DateOnly Today { get; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The digest (hex SHA-256).</summary>
    public string Digest { get; private set; } = "";

    /// <summary>The digest of what a document's own steps depend on besides its bytes (<see cref="DocumentCache"/>).</summary>
    public string SetupDigest { get; private set; } = "";

    /// <summary>The hash of each document read whole from a regular file (workspace-relative path, with <c>/</c>).</summary>
    public Dictionary<string, string> DocumentHashes { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Digests the run of <paramref name="request"/> with <paramref name="config"/>, and <paramref name="invocation"/> (what else
    /// shapes the output: the formats, the exit code options).
    /// </summary>
    public static RunInputs Read(LintConfig config, LintRequest request, string invocation)
    {
        var walk = WorkspaceFiles.List(config, request.RuleFolders(config), state: null);
        var inputs = new RunInputs(walk);
        var text = new StringBuilder("run 1\n")
            .Append("tool ").Append(s_tool.Value).Append('\n')
            .Append("invocation ").Append(invocation).Append('\n')
            .Append("cwd ").Append(request.WorkingDirectory).Append('\n')
            .Append("tool folder ").Append(request.ToolDirectory).Append('\n')
            .Append("today ").Append(inputs.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append("as-of ").Append(request.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append("trust ").Append(request.TrustRules).Append('\n')
            .Append("git root ").Append(WorkspaceLocator.GitRoot(config.Root)).Append('\n')
            .Append("root ").Append(config.Root).Append('\n');
        foreach (var path in request.Paths)
        {
            text.Append("path ").Append(path).Append('\n');
        }

        foreach (var problem in walk.Diagnostics)
        {
            text.Append("walk ").Append(problem.Location).Append(' ').Append(problem.Message).Append('\n');
        }

        var files = new List<string>();
        if (config.Path is { } configPath)
        {
            files.Add(configPath);
        }

        files.Add(BaselinePhase.FileOf(request, config));
        var schemasFrom = files.Count;
        files.AddRange(SchemaReferences.Closure(config.Kinds.Select(k => k.Schema).OfType<string>().Select(s => Path.GetFullPath(s, config.Root)), out var complete));

        // Schemas referring to more files than are looked at: what the run read is not all digested.
        inputs._unstamped |= !complete;
        var folders = new List<(string Folder, string Pattern)>
        {
            (Path.Combine(request.ToolDirectory, RulePhase.BuiltInFolder), "*.csx"),
            (Path.Combine(request.ToolDirectory, "schemas"), "*.json"),
        };
        folders.AddRange(request.RuleFolders(config).Select(f => (f, "*.csx")));
        var schemasTo = files.Count;
        foreach (var (folder, pattern) in folders)
        {
            text.Append("folder ").Append(folder).Append(' ').Append(pattern).Append('\n');
            if (inputs.Stamp(folder))
            {
                files.AddRange(Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal));
            }
        }

        var documents = walk.Files.Select(f => Path.Combine(config.Root, f)).ToArray();
        var realRoot = RealPath.OfRoot(config.Root);
        var known = FileHashes.Load(request.CacheDirectory, config.Root);
        var hashes = new string[files.Count + documents.Length];
        var stamps = new FileStamp?[hashes.Length];
        Parallel.For(0, hashes.Length, i =>
        {
            var isDocument = i >= files.Count;
            var path = isDocument ? documents[i - files.Count] : files[i];
            // A document past max_file_size is refused by its size alone; every other input (config, rules, schemas, a
            // baseline of up to 256 MB) is read by its own reader with its own limit, so its bytes are digested whatever its size.
            var limit = isDocument ? config.MaxFileSize : AnySize;
            if (FileProbe.Stamp(path) is { } stamp && stamp.Size <= limit.Bytes)
            {
                // The common case, quickly: a regular file the run reads whole, so what it finds depends on its bytes alone.
                try
                {
                    hashes[i] = "bytes " + known.HashOf(path, stamp);
                    stamps[i] = stamp;
                    return;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Said by the reader below, as the run says it.
                }
            }

            // Anything else is read as the run reads it (a pipe is not opened, a link out of the workspace not followed,
            // a file past max_file_size not read): what is digested is its text, or why it cannot be read.
            var read = TextFileReader.Read(path, isDocument ? walk.Files[i - files.Count] : path, limit, isDocument ? realRoot : null);
            hashes[i] = read.Text is { } content
                ? "text " + Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(content.AsSpan())))
                : "unreadable " + read.Diagnostic?.Message;
            // Read through a link, a file has no stamp of its own; a missing one must still be missing after the run.
            var present = read.Text is not null || FileProbe.Status(path, followLinks: false) is not null;
            if (read.Text is not null || (!isDocument && present))
            {
                inputs._unstamped = true;
            }
            else if (!present)
            {
                lock (inputs._missing)
                {
                    inputs._missing.Add(path);
                }
            }
        });
        known.Save();

        // What each document's steps (parse, kind, schema) depend on besides its bytes: the build, the workspace, the
        // config and every schema (the built-in ones are among the folders' files).
        var setup = new StringBuilder("documents 1\n").Append("tool ").Append(s_tool.Value).Append('\n').Append("root ").Append(config.Root).Append('\n');
        var builtInSchemas = Path.Combine(request.ToolDirectory, "schemas") + Path.DirectorySeparatorChar;
        for (var i = 0; i < hashes.Length; i++)
        {
            var path = i >= files.Count ? documents[i - files.Count] : files[i];
            text.Append(i >= files.Count ? "document " : "file ").Append(path).Append(' ').Append(hashes[i]).Append('\n');
            if (i < files.Count && (path == config.Path || (i >= schemasFrom && i < schemasTo) || path.StartsWith(builtInSchemas, StringComparison.Ordinal)))
            {
                setup.Append("file ").Append(path).Append(' ').Append(hashes[i]).Append('\n');
            }
            else if (i >= files.Count && hashes[i].StartsWith("bytes ", StringComparison.Ordinal))
            {
                inputs.DocumentHashes[walk.Files[i - files.Count]] = hashes[i];
            }

            if (stamps[i] is { } stamp)
            {
                inputs._stamps.Add((path, stamp));
            }
        }

        inputs.Digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        inputs.SetupDigest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(setup.ToString())));
        return inputs;
    }

    /// <summary>
    /// Whether every digested file and folder is as it was when digested: a run whose inputs changed under it is not kept.
    /// False too when a file could only be read as text (a link), whose change nothing here would see.
    /// </summary>
    public bool Unchanged() =>
        !_unstamped
        && _stamps.All(s => FileProbe.Stamp(s.Path) == s.Stamp)
        && _missing.All(p => FileProbe.Status(p, followLinks: false) is null)
        && _folders.All(f => Directory.Exists(f.Path) && Directory.GetLastWriteTimeUtc(f.Path) == f.Written);

    // A folder's write time moves when a file in it comes or goes.
    private bool Stamp(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return false;
        }

        _folders.Add((folder, Directory.GetLastWriteTimeUtc(folder)));
        return true;
    }
}

namespace ArtifactLint.Tests.Hostile;

/// <summary>
/// What the hostile corpus holds and what must come of each file: every file the walk can find is
/// named in the report (a finding, or the corpus rule's "validated" info), or is silent by design
/// (no kind and no front matter), or is covered by the finding on the folder or link that holds it.
/// </summary>
internal sealed class HostileManifest
{
    private readonly Dictionary<string, string[]> _reportedAs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _silent = new(StringComparer.Ordinal);

    public HostileManifest(string workspace, string outside, string secret, int seed)
    {
        Workspace = workspace;
        Outside = outside;
        Secret = secret;
        Seed = seed;
    }

    /// <summary>The linted folder (the workspace root).</summary>
    public string Workspace { get; }

    /// <summary>A folder beside the workspace that links point into; nothing of it may be read.</summary>
    public string Outside { get; }

    /// <summary>A marker written only into files outside the workspace: no output may hold it.</summary>
    public string Secret { get; }

    public int Seed { get; }

    /// <summary>Workspace-relative path → the report paths of which at least one must appear.</summary>
    public IReadOnlyDictionary<string, string[]> Reported => _reportedAs;

    public IReadOnlySet<string> Silent => _silent;

    /// <summary>How many documents (files the walk meets) the corpus holds.</summary>
    public int Count => _reportedAs.Count + _silent.Count;

    /// <summary>The file must be named in the report, or one of <paramref name="orCoveredBy"/> (its folder, its link).</summary>
    public void ExpectReported(string path, params string[] orCoveredBy) => _reportedAs[path] = [path, .. orCoveredBy];

    public void ExpectSilent(string path) => _silent.Add(path);
}

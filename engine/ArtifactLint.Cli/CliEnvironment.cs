namespace ArtifactLint.Cli;

/// <summary>What the CLI reads from its surroundings, passed in so that tests run it in-process and in parallel.</summary>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, string WorkingDirectory, IReadOnlyDictionary<string, string?> Variables)
{
    /// <summary>Where the built-in <c>rules/</c> and <c>schemas/</c> are: beside the tool, unless a test points elsewhere.</summary>
    public string ToolDirectory { get; init; } = ToolInfo.Directory;

    /// <summary>Ends a long-running command (<c>watch</c>) as Ctrl+C does, so that tests drive it in-process.</summary>
    public CancellationToken Cancellation { get; init; }

    public static CliEnvironment FromProcess() => new(
        Console.Out,
        Console.Error,
        Directory.GetCurrentDirectory(),
        Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value, StringComparer.Ordinal));

    public string? Variable(string name) => Variables.TryGetValue(name, out var value) ? value : null;

    /// <summary>The cache folder: <c>ARTIFACTLINT_CACHE_DIR</c>, else the XDG or home default, from these variables (never the process's own).</summary>
    public string CacheDirectory => Scripting.RuleCache.DefaultDirectory(Variable);

    /// <summary>Whether the environment lifts the rule allow-list (<c>ARTIFACTLINT_TRUST_RULES=full</c>), never the repository's config.</summary>
    public bool TrustsRules => Variable("ARTIFACTLINT_TRUST_RULES") == "full";
}

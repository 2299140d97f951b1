using ArtifactLint.Running;
using McMaster.Extensions.CommandLineUtils;

namespace ArtifactLint.Cli.Commands;

/// <summary>The options <c>lint</c> and <c>watch</c> share, and the request they make of them: one place for both.</summary>
internal sealed class RequestOptions
{
    private readonly CommandOption _config;
    private readonly CommandOption _asOf;
    private readonly CommandOption _rules;
    private readonly CommandOption _trust;
    private readonly CommandOption _noCache;
    private readonly CommandOption _baseline;

    private RequestOptions(CommandLineApplication cmd, string rulesNote)
    {
        _config = cmd.Option("-c|--config <FILE>", "Use this config; its folder is the workspace root.", CommandOptionType.SingleValue);
        _asOf = cmd.Option("--as-of <YYYY-MM-DD>", "The date time-based rules use (default: the config's as_of, else today, UTC).", CommandOptionType.SingleValue);
        _rules = cmd.Option("--rules <DIR>", "An extra folder of .csx rules (repeatable)" + rulesNote + ".", CommandOptionType.MultipleValue);
        _trust = cmd.Option("--trust-rules", "Lift the rule API allow-list for this run (also ARTIFACTLINT_TRUST_RULES=full).", CommandOptionType.NoValue);
        _noCache = cmd.Option("--no-cache", "The same as --cache none: neither read nor write the compiled-rule cache.", CommandOptionType.NoValue);
        _baseline = cmd.Option("--baseline <FILE>", "Hide the findings recorded in FILE (default: the config's baseline, else .artifactlint-baseline.json when it exists).", CommandOptionType.SingleValue);
    }

    /// <summary>Adds the shared options to <paramref name="cmd"/>; <paramref name="rulesNote"/> ends the <c>--rules</c> help ("; watched too").</summary>
    public static RequestOptions Register(CommandLineApplication cmd, string rulesNote = "") => new(cmd, rulesNote);

    public bool NoCache => _noCache.HasValue();

    /// <summary>The request for these options; <paramref name="checkPaths"/> false leaves PATHs and the config to a run that checks them against what it lints (git's index).</summary>
    public LintRequest Request(CliEnvironment environment, IEnumerable<string?> paths, bool checkPaths = true) => new()
    {
        Paths = checkPaths ? LintCommand.CheckedPaths(paths, environment) : [.. paths.OfType<string>()],
        WorkingDirectory = environment.WorkingDirectory,
        ToolDirectory = environment.ToolDirectory,
        ConfigFile = checkPaths ? LintCommand.CheckedConfig(_config.Value(), environment) : _config.Value(),
        AsOf = LintCommand.ParseDate(_asOf.Value()),
        RuleDirectories = LintCommand.CheckedFolders(_rules.Values, environment),
        TrustRules = _trust.HasValue() || environment.TrustsRules,
        NoCache = _noCache.HasValue(),
        CacheDirectory = environment.CacheDirectory,
        Trace = environment.Variable("ARTIFACTLINT_TIMINGS") == "1" ? environment.Error : null,
        BaselineFile = _baseline.Value(),
    };
}

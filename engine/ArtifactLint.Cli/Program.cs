// Before anything builds a Regex: the process-wide match timeout stops a catastrophic pattern in a rule.
AppContext.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", TimeSpan.FromSeconds(1));

// A process that ends after its run need not unload rules; collectible ones are never tiered by the JIT.
AppContext.SetSwitch(ArtifactLint.Scripting.RuleLoadContext.CollectibleSwitch, false);
var exitCode = ArtifactLint.Cli.CliApp.Run(args, ArtifactLint.Cli.CliEnvironment.FromProcess());

// For the process tests: which assemblies a run loaded (a warm run must not load the compiler).
if (Environment.GetEnvironmentVariable("ARTIFACTLINT_LIST_ASSEMBLIES") is { Length: > 0 } list)
{
    File.WriteAllLines(list, AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? "").Order(StringComparer.Ordinal));
}

return exitCode;

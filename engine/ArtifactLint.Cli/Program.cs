// Before anything builds a Regex: the process-wide match timeout stops a catastrophic pattern in a rule.
AppContext.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", TimeSpan.FromSeconds(1));
return ArtifactLint.Cli.CliApp.Run(args, ArtifactLint.Cli.CliEnvironment.FromProcess());

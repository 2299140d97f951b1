return ArtifactLint.Cli.CliApp.Run(args, ArtifactLint.Cli.CliEnvironment.FromProcess());

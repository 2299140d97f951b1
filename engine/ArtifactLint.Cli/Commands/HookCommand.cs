using ArtifactLint.Loading;
using ArtifactLint.Scaffolding;
using McMaster.Extensions.CommandLineUtils;

namespace ArtifactLint.Cli.Commands;

/// <summary><c>artifactlint hook install [--force]</c>: a git pre-commit hook for teams that do not use the pre-commit framework.</summary>
internal static class HookCommand
{
    private const UnixFileMode Executable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    public static void Register(CommandLineApplication app, CliEnvironment environment) => app.Command("hook", cmd =>
    {
        cmd.Description = "Manage the git pre-commit hook.";
        cmd.Command("install", install =>
        {
            install.Description = "Write .git/hooks/pre-commit: it lints the staged Markdown, config, schema and rule files.";
            var force = install.Option("--force", "Replace an existing pre-commit hook.", CommandOptionType.NoValue);
            install.OnExecute(() => Install(environment, force.HasValue()));
        });
        cmd.OnExecute(() =>
        {
            cmd.ShowHelp();
            return CliApp.Failure;
        });
    });

    private static int Install(CliEnvironment environment, bool force)
    {
        var repository = GitRepository.Find(environment.WorkingDirectory, environment.Variables);
        var hook = Path.Combine(repository.HooksFolder, "pre-commit");
        var shown = Path.GetRelativePath(environment.WorkingDirectory, hook).Replace('\\', '/');
        if (File.Exists(hook) && !force)
        {
            environment.Error.WriteLine($"artifactlint: a pre-commit hook already exists at {shown}; it was left unchanged.");
            environment.Error.WriteLine("Run 'artifactlint hook install --force' to replace it, or add 'artifactlint lint' to your hook yourself.");
            return CliApp.Failure;
        }

        var (config, workspace) = SubfolderWorkspace(repository, environment.WorkingDirectory);
        try
        {
            ScaffoldWriter.Write(hook, HookScript.Text(config, workspace), overwrite: true, Executable);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine($"artifactlint: could not write the hook {shown}: {e.Message}");
            return CliApp.Failure;
        }

        environment.Out.WriteLine($"installed {shown}: each commit lints its staged Markdown, config, schema and rule files.");
        return CliApp.Clean;
    }

    /// <summary>The config and workspace folder relative to the repository root when the workspace is below it; else nulls.</summary>
    private static (string? Config, string? Workspace) SubfolderWorkspace(GitRepository repository, string workingDirectory)
    {
        var (root, configPath) = WorkspaceLocator.Locate([], workingDirectory, explicitConfig: null);
        var workspace = Path.GetRelativePath(repository.TopLevel, root).Replace('\\', '/');
        return configPath is null || workspace == "." || workspace.StartsWith("..", StringComparison.Ordinal)
            ? (null, null)
            : (Path.GetRelativePath(repository.TopLevel, configPath).Replace('\\', '/'), workspace);
    }
}

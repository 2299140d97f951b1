using ArtifactLint.Configuration;
using ArtifactLint.Git;
using ArtifactLint.Loading;
using ArtifactLint.Scaffolding;
using McMaster.Extensions.CommandLineUtils;
using ArtifactLint.Diagnostics;
using ArtifactLint.Files;

namespace ArtifactLint.Cli.Commands;

/// <summary><c>artifactlint hook install [-c FILE] [--force]</c> and <c>hook uninstall</c>: a git pre-commit hook for teams that do not use the pre-commit framework.</summary>
internal static class HookCommand
{
    private const UnixFileMode Executable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    public static void Register(CommandLineApplication app, CliEnvironment environment) => app.Command("hook", cmd =>
    {
        cmd.Description = "Manage the git pre-commit hook.";
        cmd.Command("install", install =>
        {
            install.Description = "Write the pre-commit hook: each commit lints what it stages (lint --staged) and is refused on new findings.";
            var config = install.Option("-c|--config <FILE>", "The workspace's config (default: the repository's only .artifactlint.yml).", CommandOptionType.SingleValue);
            var force = install.Option("--force", "Replace an existing pre-commit hook.", CommandOptionType.NoValue);
            install.OnExecute(() => Install(environment, config.Value(), force.HasValue()));
        });
        cmd.Command("uninstall", uninstall =>
        {
            uninstall.Description = "Remove the pre-commit hook, if ArtifactLint wrote it.";
            uninstall.OnExecute(() => Uninstall(environment));
        });
        cmd.OnExecute(() =>
        {
            cmd.ShowHelp();
            return CliApp.Failure;
        });
    });

    private static int Install(CliEnvironment environment, string? config, bool force)
    {
        var repository = Find(environment);
        var (hook, shown) = HookOf(repository, environment);
        if (File.Exists(hook) && !force)
        {
            environment.Error.WriteLine($"artifactlint: a pre-commit hook already exists at {shown}; it was left unchanged.");
            environment.Error.WriteLine("Run 'artifactlint hook install --force' to replace it, or add 'artifactlint lint --staged' to your hook yourself.");
            return CliApp.Failure;
        }

        var configPath = config is not null ? Given(config, repository, environment) : OnlyConfig(repository, environment);
        try
        {
            ScaffoldWriter.Write(hook, HookScript.Text(configPath), overwrite: true, Executable);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine($"artifactlint: could not write the hook {shown}: {e.Message}");
            return CliApp.Failure;
        }

        var workspace = configPath is null ? "the repository root" : $"the workspace of {configPath}";
        environment.Out.WriteLine($"installed {shown}: each commit lints what it stages in {workspace} and is refused when that has findings HEAD did not have.");
        return CliApp.Clean;
    }

    private static int Uninstall(CliEnvironment environment)
    {
        var (hook, shown) = HookOf(Find(environment), environment);
        if (!File.Exists(hook))
        {
            environment.Out.WriteLine($"there is no pre-commit hook at {shown}; nothing was removed.");
            return CliApp.Clean;
        }

        var read = TextFileReader.Read(hook, shown, FileSizeLimit.Default);
        if (read.Text is null || !HookScript.IsOurs(read.Text))
        {
            environment.Error.WriteLine($"artifactlint: the pre-commit hook at {shown} was not written by ArtifactLint; it was left unchanged. Remove it yourself if you mean to.");
            return CliApp.Failure;
        }

        File.Delete(hook);
        environment.Out.WriteLine($"removed {shown}.");
        return CliApp.Clean;
    }

    private static GitRepository Find(CliEnvironment environment)
    {
        try
        {
            return GitRepository.Find(environment.WorkingDirectory, environment.Variables);
        }
        catch (GitException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static (string Hook, string Shown) HookOf(GitRepository repository, CliEnvironment environment)
    {
        var hook = Path.Combine(repository.HooksFolder, "pre-commit");
        return (hook, Path.GetRelativePath(environment.WorkingDirectory, hook).Replace('\\', '/'));
    }

    /// <summary><c>-c FILE</c>, relative to the repository root (git runs hooks there); null for the root's own config.</summary>
    private static string? Given(string config, GitRepository repository, CliEnvironment environment)
    {
        var full = RealPath.Spelling(Path.GetFullPath(config, environment.WorkingDirectory));
        if (!File.Exists(full))
        {
            throw new UsageException($"the config file '{config}' does not exist");
        }

        var relative = Path.GetRelativePath(repository.TopLevel, full).Replace('\\', '/');
        if (relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            throw new UsageException($"the config file '{config}' is outside the repository {repository.TopLevel}: the hook lints what the repository stages");
        }

        return relative == ConfigLoader.FileName ? null : relative;
    }

    /// <summary>The repository's only config, relative to its root (null at the root, or when it has none); several are a usage error naming them.</summary>
    private static string? OnlyConfig(GitRepository repository, CliEnvironment environment)
    {
        var configs = GitConfigs.Find(repository, Path.Combine(environment.ToolDirectory, "schemas"));
        return configs.Count switch
        {
            0 => null,
            1 => configs[0] == ConfigLoader.FileName ? null : configs[0],
            _ => throw new UsageException(
                $"the repository has {configs.Count} workspaces ({string.Join(", ", configs)}): say which one the hook lints with 'artifactlint hook install -c FILE'"),
        };
    }
}

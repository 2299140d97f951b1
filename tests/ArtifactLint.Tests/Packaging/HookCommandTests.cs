using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Packaging;

public sealed class HookCommandTests
{
    [Fact]
    public void HookInstall_InGitRepository_WritesExecutableShellScript()
    {
        using var ws = GitRepository();

        var run = HookInstall.Run(ws.Path);

        Assert.Equal(0, run.ExitCode);
        var hook = Path.Combine(ws.Path, ".git", "hooks", "pre-commit");
        Assert.StartsWith("#!/bin/sh\n", File.ReadAllText(hook));
        Assert.True(OperatingSystem.IsWindows() || File.GetUnixFileMode(hook).HasFlag(UnixFileMode.UserExecute));
        Assert.Equal("installed .git/hooks/pre-commit: each commit lints its staged Markdown, config, schema and rule files.\n", run.Out);
    }

    [Fact]
    public void HookInstall_Twice_Exit2AndHookUnchanged()
    {
        using var ws = GitRepository();
        var hook = ws.Write(".git/hooks/pre-commit", "#!/bin/sh\necho mine\n");

        var run = HookInstall.Run(ws.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("artifactlint: a pre-commit hook already exists at .git/hooks/pre-commit; it was left unchanged.\n", run.Error);
        Assert.Equal("#!/bin/sh\necho mine\n", File.ReadAllText(hook));
    }

    [Fact]
    public void HookInstall_Force_ReplacesExistingHook()
    {
        using var ws = GitRepository();
        Assert.Equal(0, HookInstall.Run(ws.Path).ExitCode);
        var hook = ws.Write(".git/hooks/pre-commit", "#!/bin/sh\necho mine\n");

        var run = HookInstall.Run(ws.Path, "--force");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("exec $tool lint \"$@\"\n", File.ReadAllText(hook));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(hook)!, "*.tmp"));
    }

    [Fact]
    public void HookInstall_CoreHooksPath_WritesThere()
    {
        using var ws = GitRepository();
        ProcessRun.Git(ws.Path, "config", "core.hooksPath", ".githooks");

        var run = HookInstall.Run(ws.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(ws.Path, ".githooks", "pre-commit")));
    }

    [Fact]
    public void HookInstall_WorkspaceInSubfolder_PassesItsConfigAndOnlyItsFiles()
    {
        using var ws = GitRepository();
        ws.Write("docs/product/.artifactlint.yml", "as_of: 2026-11-27\n");

        var run = HookInstall.Run(Path.Combine(ws.Path, "docs", "product"));

        Assert.Equal(0, run.ExitCode);
        var script = File.ReadAllText(Path.Combine(ws.Path, ".git", "hooks", "pre-commit"));
        Assert.Contains("exec $tool lint -c 'docs/product/.artifactlint.yml' \"$@\"\n", script);
        Assert.Contains("    'docs/product/'*) ;;\n", script);
    }

    [Fact]
    public void HookInstall_OutsideGit_Exit2()
    {
        using var ws = new TempFolder();

        var run = HookInstall.Run(ws.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not inside a git repository", run.Error);
    }

    private static TempFolder GitRepository()
    {
        var ws = new TempFolder();
        Assert.Equal(0, ProcessRun.Git(ws.Path, "init", "-q").ExitCode);
        return ws;
    }
}

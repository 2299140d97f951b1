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
        Assert.Equal("installed .git/hooks/pre-commit: each commit lints what it stages in the repository root and is refused when that has findings HEAD did not have.\n", run.Out);
        Assert.EndsWith("exec $tool lint --staged\n", File.ReadAllText(hook));
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
        Assert.Contains("exec $tool lint --staged\n", File.ReadAllText(hook));
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
    public void HookInstall_OnlyConfigInASubfolder_IsPassedWhereverItIsInstalledFrom()
    {
        using var ws = GitRepository();
        ws.Write("docs/product/.artifactlint.yml", "as_of: 2026-11-27\nrule_paths: [policy/rules]\n");
        ws.Write("docs/product/policy/rules/fixtures/ACME001-x/basic/.artifactlint.yml", "as_of: 2026-11-27\n");
        ws.Write("docs/product/policy/rules/ACME002-y/.artifactlint.yml", "as_of: 2026-11-27\n");
        ws.Write("tests/fixtures/case/.artifactlint.yml", "as_of: 2026-11-27\n");

        var run = HookInstall.Run(ws.Path);

        Assert.Equal(0, run.ExitCode);
        var script = File.ReadAllText(Path.Combine(ws.Path, ".git", "hooks", "pre-commit"));
        Assert.EndsWith("exec $tool lint --staged -c 'docs/product/.artifactlint.yml'\n", script);
    }

    [Fact]
    public void HookInstall_SeveralConfigs_Exit2NamingThem()
    {
        using var ws = GitRepository();
        ws.Write("docs/a/.artifactlint.yml", "as_of: 2026-11-27\n");
        ws.Write("docs/b/.artifactlint.yml", "as_of: 2026-11-27\n");

        var run = HookInstall.Run(ws.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "artifactlint: the repository has 2 workspaces (docs/a/.artifactlint.yml, docs/b/.artifactlint.yml): say which one the hook lints with 'artifactlint hook install -c FILE'\n",
            run.Error);
        Assert.False(File.Exists(Path.Combine(ws.Path, ".git", "hooks", "pre-commit")));
    }

    [Fact]
    public void HookInstall_ConfigGiven_IsPassedFromTheRepositoryRoot()
    {
        using var ws = GitRepository();
        ws.Write("docs/a/.artifactlint.yml", "as_of: 2026-11-27\n");
        ws.Write("docs/b/.artifactlint.yml", "as_of: 2026-11-27\n");

        var run = HookInstall.Run(Path.Combine(ws.Path, "docs"), "-c", "b/.artifactlint.yml");

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("exec $tool lint --staged -c 'docs/b/.artifactlint.yml'\n", File.ReadAllText(Path.Combine(ws.Path, ".git", "hooks", "pre-commit")));
    }

    [Fact]
    public void HookInstall_ConfigGivenThroughALinkToTheRepository_IsPassedFromTheRepositoryRoot()
    {
        using var ws = GitRepository();
        ws.Write("docs/.artifactlint.yml", "as_of: 2026-11-27\n");
        using var links = new TempFolder();
        var link = Path.Combine(links.Path, "repo");
        Directory.CreateSymbolicLink(link, ws.Path);

        var run = HookInstall.Run(link, "-c", Path.Combine(link, "docs", ".artifactlint.yml"));

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("exec $tool lint --staged -c 'docs/.artifactlint.yml'\n", File.ReadAllText(Path.Combine(ws.Path, ".git", "hooks", "pre-commit")));
    }

    [Fact]
    public void HookUninstall_OurHook_IsRemoved()
    {
        using var ws = GitRepository();
        Assert.Equal(0, HookInstall.Run(ws.Path).ExitCode);

        var run = HookInstall.Uninstall(ws.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("removed .git/hooks/pre-commit.\n", run.Out);
        Assert.False(File.Exists(Path.Combine(ws.Path, ".git", "hooks", "pre-commit")));
    }

    [Fact]
    public void HookUninstall_ForeignHook_Exit2AndLeftAlone()
    {
        using var ws = GitRepository();
        var hook = ws.Write(".git/hooks/pre-commit", "#!/bin/sh\necho mine\n");

        var run = HookInstall.Uninstall(ws.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("artifactlint: the pre-commit hook at .git/hooks/pre-commit was not written by ArtifactLint; it was left unchanged. Remove it yourself if you mean to.\n", run.Error);
        Assert.Equal("#!/bin/sh\necho mine\n", File.ReadAllText(hook));
    }

    [Fact]
    public void HookUninstall_NoHook_SaysSo()
    {
        using var ws = GitRepository();

        var run = HookInstall.Uninstall(ws.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("there is no pre-commit hook at .git/hooks/pre-commit; nothing was removed.\n", run.Out);
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

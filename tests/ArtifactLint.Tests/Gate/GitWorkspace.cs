using ArtifactLint.Tests.Packaging;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Gate;

/// <summary>
/// A git repository of product documents for the commit gate's tests: a goal that a roadmap item, a backlog item and an
/// idea reference, committed; real git, kept away from the machine's config (<see cref="ProcessRun.IsolatedGit"/>).
/// </summary>
internal sealed class GitWorkspace : IDisposable
{
    public const string Goal = "---\nid: G-1\ntitle: Get invoices paid faster\nstatus: active\nkey_results:\n  - { metric: days to payment, baseline: 30, target: 20, unit: days }\n---\n";
    public const string Item = "---\nid: PB-1\ntitle: Pay now button\ntype: story\nstatus: new\ngoals: [G-1]\n---\n";
    public const string Roadmap = "---\nid: R-1\ntitle: Faster payments\nstatus: planned\ngoals: [G-1]\n---\n";

    private readonly TempFolder _folder = new();

    /// <param name="workspace">The workspace's folder in the repository ("" for its root), where its config goes.</param>
    /// <param name="config">The config's text.</param>
    public GitWorkspace(string workspace = "", string config = "as_of: 2026-11-27\n")
    {
        Workspace = workspace;
        Git("init", "-q");
        Write(".artifactlint.yml", config);
        Write("goals/G-1.md", Goal);
        Write("backlog/PB-1.md", Item);
        Write("roadmap/R-1.md", Roadmap);
        Git("add", "-A");
        Git("commit", "-q", "-m", "documents");
    }

    public string Root => _folder.Path;

    public string Workspace { get; }

    /// <summary>Writes a file of the workspace (relative to its folder).</summary>
    public void Write(string path, string text) => _folder.Write(In(path), text);

    /// <summary>A workspace path as the repository spells it.</summary>
    public string In(string path) => Workspace.Length == 0 ? path : Workspace + "/" + path;

    /// <summary>Runs git at the repository root; fails the test when git fails.</summary>
    public string Git(params string[] args)
    {
        var run = ProcessRun.Git(Root, args);
        Assert.True(run.ExitCode == 0, $"git {string.Join(' ', args)}: {run.Output}");
        return run.Output;
    }

    /// <summary>The CLI in-process at the repository root, with git isolated as the tests' own git calls are.</summary>
    public CliRun Lint(params string[] args) => Lint(new Dictionary<string, string?>(), args);

    /// <summary>The CLI in-process at the repository root with more variables (a private cache, the pre-commit framework's range).</summary>
    public CliRun Lint(IReadOnlyDictionary<string, string?> variables, params string[] args)
    {
        var all = ProcessRun.IsolatedGit.ToDictionary(v => v.Key, v => (string?)v.Value, StringComparer.Ordinal);
        foreach (var (name, value) in variables)
        {
            all[name] = value;
        }

        return CliRun.Run(Root, all, ["lint", .. args]);
    }

    public void Dispose() => _folder.Dispose();
}

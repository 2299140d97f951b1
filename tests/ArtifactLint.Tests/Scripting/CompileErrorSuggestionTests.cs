using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Scripting;

/// <summary>A rule that names a member that does not exist (CS1061) is told the closest one that does, from the CLI.</summary>
public sealed class CompileErrorSuggestionTests
{
    [Fact]
    public void Lint_RuleNamesAMissingMember_SaysTheClosestThatExists()
    {
        using var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "as_of: 2026-11-27\nrule_paths: [policy/rules]\nrule_prefix: ACME\n");
        ws.Write("backlog/PB-1.md", "---\nid: PB-1\nkind: backlog-item\ntitle: An item\ntype: task\nstatus: ready\n---\nBody.\n");
        ws.Write("policy/rules/ACME001-ready.csx", """
            var descriptor = new RuleDescriptor(Id: "ACME001", Name: "ready", Title: "Ready", Category: "Planning", DefaultSeverity: Severity.Warning)
            {
                Kinds = ["backlog-item"],
                Messages = new() { ["ready"] = "Backlog item '{id}' is ready" },
            };
            return new Rule(descriptor, context =>
            {
                foreach (var item in context.Workspace.BacklogItems)
                {
                    if (item.IsRedy && item.Estimat is null) context.Report("ready", item.Start, new { id = item.Id });
                    var count = context.Workspace.BacklogItemz.Count + item.Frobnicate;
                }
            });
            """);

        var run = CliRun.Run(ws.Path, "lint", "--no-cache");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("policy/rules/ACME001-ready.csx:10:18: error AL0002: CS1061: 'BacklogItem' does not contain a definition for 'IsRedy'", run.Out, StringComparison.Ordinal);
        Assert.Contains("could be found (are you missing a using directive or an assembly reference?). Did you mean 'IsReady'? [rule-compile-error]", run.Out, StringComparison.Ordinal);
        Assert.Contains("definition for 'Estimat' and no accessible extension method 'Estimat' accepting a first argument of type 'BacklogItem' could be found (are you missing a using directive or an assembly reference?). Did you mean 'Estimate'?", run.Out, StringComparison.Ordinal);
        Assert.Contains("'Workspace' does not contain a definition for 'BacklogItemz'", run.Out, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'BacklogItems'?", run.Out, StringComparison.Ordinal);

        // Nothing close: Roslyn's message alone.
        Assert.Contains("definition for 'Frobnicate' and no accessible extension method 'Frobnicate' accepting a first argument of type 'BacklogItem' could be found (are you missing a using directive or an assembly reference?) [rule-compile-error]", run.Out, StringComparison.Ordinal);
    }
}

using System.Runtime.CompilerServices;
using ArtifactLint.Scripting;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Watching;

public sealed class WatchRuleTests
{
    private const string RulePath = "policy/rules/TEAM001-goal-listed.csx";

    [Fact]
    public void Watch_TeamRuleEdited_ReportsTheNewMessage()
    {
        using var ws = Workspace(Rule(Probe(), "is listed"));
        using var watch = WatchRun.EngineOnly(ws.Path);

        ws.Write(RulePath, Rule(Probe(), "is listed again"));
        watch.WaitUntil(w => w.Reports()[^1].Contains("again", StringComparison.Ordinal), "the edited rule's message");

        Assert.Equal(0, watch.Stop());
        Assert.Equal("goals/G-1.md:1:1: warning TEAM001: Goal 'G-1' is listed [goal-listed]\n", watch.Reports()[0]);
        Assert.Equal("goals/G-1.md:1:1: warning TEAM001: Goal 'G-1' is listed again [goal-listed]\n", watch.Reports()[^1]);
        Assert.Matches(@"\n--- \d\d:\d\d:\d\d policy/rules/TEAM001-goal-listed\.csx changed ---\n", watch.Out);
    }

    [Fact]
    public void Watch_TeamRuleEdited_OnlyTheCurrentVersionStaysLoaded()
    {
        // Types only this test's rule versions declare, to find their assemblies among every test's rules.
        var (first, second, third) = (Probe(), Probe(), Probe());
        using var ws = Workspace(Rule(first, "is listed"));
        LoadedProbeIsFound(Path.Combine(ws.Path, RulePath), Rule(first, "is listed"), first);
        using var watch = WatchRun.EngineOnly(ws.Path);

        ws.Write(RulePath, Rule(second, "is listed again"));
        watch.WaitUntil(w => w.Reports()[^1].Contains("again", StringComparison.Ordinal), "the edited rule's message");
        Assert.True(Unloaded(first), "the first version of the rule is still loaded while the watch runs the second");

        // The watch keeps its workspace, rules included, open between runs; a rule edited again replaces them.
        ws.Write(RulePath, Rule(third, "is listed a third time"));
        watch.WaitUntil(w => w.Reports()[^1].Contains("third", StringComparison.Ordinal), "the rule's third message");
        Assert.True(Unloaded(second), "the second version of the rule is still loaded while the watch runs the third");
        Assert.True(IsLoaded(third), "the watch does not hold the rule it runs");

        Assert.Equal(0, watch.Stop());
        Assert.True(Unloaded(third), "the last version of the rule is still loaded after the watch stopped");
    }

    private static TempFolder Workspace(string rule)
    {
        var ws = new TempFolder();
        ws.Write(".artifactlint.yml", "as_of: 2026-11-27\nrule_paths: [policy/rules]\nrule_prefix: TEAM\n");
        ws.Write("goals/G-1.md", "---\nid: G-1\ntitle: Grow\nstatus: active\n---\n");
        ws.Write(RulePath, rule);
        return ws;
    }

    private static string Probe() => "WatchProbe" + Guid.NewGuid().ToString("N");

    private static string Rule(string probe, string message) => $$"""
        // TEAM001 goal-listed: every goal, for the watch tests.
        sealed class {{probe}} { }

        var descriptor = new RuleDescriptor(
            Id: "TEAM001",
            Name: "goal-listed",
            Title: "Every goal is listed",
            MessageFormat: "Goal '{0}' {{message}}",
            Category: "Team",
            DefaultSeverity: Severity.Warning)
        {
            Kinds = ["goal"],
        };

        return new Rule(descriptor, context =>
        {
            foreach (var goal in context.Workspace.Goals)
            {
                context.Report(goal.Start, goal.Id);
            }
        });
        """;

    // Without this, a probe that is never found would make the unload check pass for nothing.
    private static void LoadedProbeIsFound(string fullPath, string text, string probe)
    {
        Assert.True(LoadAndFind(fullPath, text, probe));
        Assert.True(Unloaded(probe));
    }

    // In its own frame: a debug build keeps a method's locals alive to its end.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool LoadAndFind(string fullPath, string text, string probe)
    {
        using var loaded = RuleHost.Load([new RuleSource(fullPath, RulePath, text)], new RuleHostOptions(TestCache.Directory));
        return loaded.Rules.Count == 1 && IsLoaded(probe);
    }

    // Unloading completes over a few collections; a context still alive after many is held by something.
    private static bool Unloaded(string probe)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (!IsLoaded(probe))
            {
                return true;
            }

            GC.Collect();
            GC.WaitForPendingFinalizers();
            Thread.Sleep(20);
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsLoaded(string probe) =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.IsCollectible && a.GetName().Name == RuleScript.AssemblyName)
            .Any(a => TypesOf(a).Any(t => t.Name == probe));

    // Other tests' rules may be half unloaded while this one looks.
    private static IEnumerable<Type> TypesOf(System.Reflection.Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (System.Reflection.ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }
}

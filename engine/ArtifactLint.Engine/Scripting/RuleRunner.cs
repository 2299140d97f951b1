using ArtifactLint.Api;

namespace ArtifactLint.Scripting;

/// <summary>
/// Runs rules in parallel over the immutable workspace, each on its own guarded thread with its
/// own time limit and memory budget. A rule's findings are kept in report order and the rules' lists are joined in
/// rule order, so the output does not depend on scheduling. A rule that fails contributes only
/// its AL0003/AL0004, never a partial list that would depend on timing.
/// </summary>
internal static class RuleRunner
{
    public static RuleRunResult Run(
        IReadOnlyList<LoadedRule> rules,
        Workspace workspace,
        Func<RuleDescriptor, (Severity? Configured, RuleOptions Options)> settings,
        DateOnly asOf,
        RuleLimits limits,
        bool fresh = false)
    {
        var results = new IReadOnlyList<Diagnostic>[rules.Count];
        var abandoned = new List<int>();
        var running = new List<(int Index, GuardedRun Run, FindingSink Sink)>();
        // One rule per core, not more: a rule's time limit is wall-clock time, and a rule sharing its core
        // with another would get half of it (two rules per core measured 7% faster, and timed out rules
        // that pass alone).
        var parallelism = Math.Clamp(Environment.ProcessorCount, 1, 16);
        var next = 0;
        while (next < rules.Count || running.Count > 0)
        {
            while (running.Count < parallelism && next < rules.Count)
            {
                running.Add(Start(next, rules[next], workspace, settings, asOf, limits, fresh));
                next++;
            }

            var wait = running.Min(r => r.Run.Remaining);
            WaitHandle.WaitAny(running.Select(r => r.Run.WaitHandle).ToArray(), wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
            foreach (var (index, run, sink) in running.Where(r => r.Run.IsDone || r.Run.Remaining <= TimeSpan.Zero).ToList())
            {
                running.RemoveAll(r => r.Index == index);
                var rule = rules[index];
                var failure = RuleFailure.Describe(run, "rule " + rule.Descriptor.Id, limits, rule.LocationOf, Location.StartOf(rule.Source.DisplayPath), sink.Limit);
                results[index] = failure is null ? sink.Close() : [failure];
                if (!run.IsDone)
                {
                    sink.Close();
                    abandoned.Add(index);
                }
            }
        }

        return new RuleRunResult(results.SelectMany(r => r).ToArray(), abandoned.Order().Select(i => rules[i].Descriptor.Id).ToArray());
    }

    private static (int, GuardedRun, FindingSink) Start(
        int index,
        LoadedRule rule,
        Workspace workspace,
        Func<RuleDescriptor, (Severity? Configured, RuleOptions Options)> settings,
        DateOnly asOf,
        RuleLimits limits,
        bool fresh)
    {
        var (configured, options) = settings(rule.Descriptor);
        var sink = FindingSink.For(workspace);

        // fresh: the script's top-level code runs again first, on the rule's own thread and within its limits, so that
        // each lint of a session starts from the state a new run would (the descriptor stays the configured one).
        var run = GuardedRun.Start(
            token => ((fresh ? rule.Create?.Invoke() : null) ?? rule.Rule).Analyze(new RuleContext(rule.Descriptor, workspace, options, asOf, configured, sink.Add, token)),
            limits);
        return (index, run, sink);
    }
}

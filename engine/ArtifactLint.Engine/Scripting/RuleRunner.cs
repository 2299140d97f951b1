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
    /// <summary>
    /// Runs the rules; with <c>fresh</c>, makes each anew first (<see cref="RuleFactory"/>), its top-level code on a
    /// guarded thread of its own with limits of its own, so that each lint of a session starts from the state a new run would.
    /// </summary>
    public static RuleRunResult Run(
        IReadOnlyList<LoadedRule> rules,
        Workspace workspace,
        Func<RuleDescriptor, (Severity? Configured, RuleOptions Options)> settings,
        DateOnly asOf,
        RuleLimits limits,
        bool fresh = false)
    {
        var results = new IReadOnlyList<Diagnostic>?[rules.Count];
        var abandoned = new List<int>();
        var made = rules.Select(r => r.Rule).ToArray();
        if (fresh)
        {
            Schedule(
                Enumerable.Range(0, rules.Count).Where(i => rules[i].Factory is not null).ToArray(),
                index => GuardedRun.Start(_ => made[index] = rules[index].Factory!.Create() ?? rules[index].Rule, limits),
                (index, run) =>
                {
                    var rule = rules[index];
                    if (RuleFailure.Describe(run, "the script's top-level code", limits, rule.LocationOf, Location.StartOf(rule.Source.DisplayPath)) is { } failure)
                    {
                        results[index] = [failure];
                    }

                    if (!run.IsDone)
                    {
                        abandoned.Add(index);
                    }
                });
        }

        var sinks = new FindingSink[rules.Count];
        Schedule(
            Enumerable.Range(0, rules.Count).Where(i => results[i] is null).ToArray(),
            index =>
            {
                var rule = rules[index];
                var (configured, options) = settings(rule.Descriptor);
                var sink = sinks[index] = FindingSink.For(workspace);

                // The descriptor stays the one loaded and checked, whatever a rule made anew says.
                return GuardedRun.Start(
                    token =>
                    {
                        Document.LintOfThread = workspace.Lint;
                        made[index].Analyze(new RuleContext(rule.Descriptor, workspace, options, asOf, configured, sink.Add, token));
                    },
                    limits);
            },
            (index, run) =>
            {
                var rule = rules[index];
                var sink = sinks[index];
                var failure = RuleFailure.Describe(run, "rule " + rule.Descriptor.Id, limits, rule.LocationOf, Location.StartOf(rule.Source.DisplayPath), sink.Limit);
                results[index] = failure is null ? sink.Close() : [failure];
                if (!run.IsDone)
                {
                    sink.Close();
                    abandoned.Add(index);
                }
            });

        return new RuleRunResult(results.SelectMany(r => r!).ToArray(), abandoned.Order().Select(i => rules[i].Descriptor.Id).ToArray());
    }

    // Runs the bodies at most one per core, not more: a rule's time limit is wall-clock time, and a rule sharing its
    // core with another would get half of it (two rules per core measured 7% faster, and timed out rules that pass
    // alone). finish is called, on this thread, for each run that ended or ran out of time.
    private static void Schedule(IReadOnlyList<int> indexes, Func<int, GuardedRun> start, Action<int, GuardedRun> finish)
    {
        var parallelism = Math.Clamp(Environment.ProcessorCount, 1, 16);
        var running = new List<(int Index, GuardedRun Run)>();
        var next = 0;
        while (next < indexes.Count || running.Count > 0)
        {
            while (running.Count < parallelism && next < indexes.Count)
            {
                running.Add((indexes[next], start(indexes[next])));
                next++;
            }

            var wait = running.Min(r => r.Run.Remaining);
            WaitHandle.WaitAny(running.Select(r => r.Run.WaitHandle).ToArray(), wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
            foreach (var (index, run) in running.Where(r => r.Run.IsDone || r.Run.Remaining <= TimeSpan.Zero).ToList())
            {
                running.RemoveAll(r => r.Index == index);
                finish(index, run);
            }
        }
    }
}

using System.Runtime.CompilerServices;
using ArtifactLint.Api;

namespace ArtifactLint.Scripting;

/// <summary>
/// The rule host: loads <c>.csx</c> rules (from the compiled-rule cache, compiling the misses in
/// parallel) and runs them. A warm run never reaches <see cref="RuleCompiler"/>, so it never
/// loads Roslyn: keep every mention of a Roslyn type out of this class and out of what it calls
/// on a cache hit.
/// </summary>
internal static class RuleHost
{
    public static RuleLoadResult Load(IReadOnlyList<RuleSource> sources, RuleHostOptions options)
    {
        var cache = options.NoCache ? null : new RuleCache(options.CacheDirectory ?? RuleCache.DefaultDirectory(Environment.GetEnvironmentVariable));
        var keys = sources.Select(s => RuleCache.Key(s.Text, options.TrustRules)).ToArray();
        var images = new byte[]?[sources.Count];
        var problems = sources.Select(_ => new List<Diagnostic>()).ToArray();
        Parallel.For(0, sources.Count, i =>
        {
            images[i] = cache?.TryRead(keys[i]);

            // Re-checked on every load: the entry may come from another allow-list or a tampered cache.
            if (images[i] is { } cached && !options.TrustRules && MetadataScanner.FindForbidden(cached).Count > 0)
            {
                cache!.Delete(keys[i]);
                images[i] = null;
            }
        });

        var misses = Enumerable.Range(0, sources.Count).Where(i => images[i] is null).ToArray();
        if (misses.Length > 0)
        {
            var outcomes = CompileMisses(misses.Select(i => sources[i]).ToArray(), options.TrustRules);
            for (var m = 0; m < misses.Length; m++)
            {
                var i = misses[m];
                images[i] = outcomes[m].Image;
                problems[i].AddRange(outcomes[m].Diagnostics);
                if (outcomes[m].Image is { } image)
                {
                    cache?.Write(keys[i], image);
                }
            }
        }

        // Each script's top-level code runs in its own guarded thread, two at a time on two cores: most of a warm load is
        // the JIT compiling those scripts. What they made is then taken in order, so that the first of two rules with
        // one id is the one kept, as before.
        var contexts = images.Select(image => image is null ? null : new RuleLoadContext(options.Collectible)).ToArray();
        var made = new LoadedRule?[sources.Count];
        Parallel.For(0, sources.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            if (images[i] is { } image)
            {
                made[i] = Instantiate(sources[i], image, contexts[i]!, options.Limits, problems[i]);
            }
        });

        var rules = new List<LoadedRule>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++)
        {
            if (made[i] is not { } rule)
            {
                continue;
            }

            if (ids.TryGetValue(rule.Descriptor.Id, out var firstPath))
            {
                problems[i].Add(RuleDiagnostics.DuplicateId(sources[i].DisplayPath, rule.Descriptor.Id, firstPath));
                continue;
            }

            ids[rule.Descriptor.Id] = sources[i].DisplayPath;
            rules.Add(rule);
        }

        return new RuleLoadResult(rules, problems.SelectMany(p => p).ToArray(), misses.Length, contexts.OfType<RuleLoadContext>().ToList());
    }

    /// <inheritdoc cref="RuleRunner.Run"/>
    public static RuleRunResult Run(
        IReadOnlyList<LoadedRule> rules,
        Workspace workspace,
        Func<RuleDescriptor, (Severity? Configured, RuleOptions Options)> settings,
        DateOnly asOf,
        RuleLimits limits,
        bool fresh = false) => RuleRunner.Run(rules, workspace, settings, asOf, limits, fresh);

    // Kept out of Load so that compiling Load does not pull in the compiler.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CompileOutcome[] CompileMisses(IReadOnlyList<RuleSource> sources, bool trusted) =>
        RuleCompiler.CompileAll(sources, trusted);

    // Runs the script's top-level code, guarded like a rule, and keeps the Rule it returns.
    private static LoadedRule? Instantiate(RuleSource source, byte[] image, RuleLoadContext context, RuleLimits limits, List<Diagnostic> problems)
    {
        var assembly = context.LoadFromStream(new MemoryStream(image));
        var lines = new PdbLineMap(image, assembly);
        var factory = RuleFactory.Find(assembly);
        if (factory is null)
        {
            problems.Add(RuleDiagnostics.NoRule(source.DisplayPath, "nothing (the compiled script has no entry point)"));
            return null;
        }

        object? returned = null;
        Rule? plain = null;
        var run = GuardedRun.Start(
            _ =>
            {
                returned = RuleFactory.Run(factory);
                plain = returned is Rule rule ? new Rule(DescriptorCheck.Plain(rule.Descriptor), rule.Analyze) : null;
            },
            limits);
        run.Wait();
        var start = Location.StartOf(source.DisplayPath);
        if (RuleFailure.Describe(run, "the script's top-level code", limits, e => LoadedRule.ScriptLocation(source.DisplayPath, lines.LineOf(e)), start) is { } failure)
        {
            problems.Add(failure);
            return null;
        }

        if (plain is null)
        {
            problems.Add(RuleDiagnostics.NoRule(source.DisplayPath, returned is null ? "null" : $"a {returned.GetType().Name}"));
            return null;
        }

        if (DescriptorCheck.Problem(plain.Descriptor) is { } problem)
        {
            problems.Add(RuleDiagnostics.BadDescriptor(start, problem));
            return null;
        }

        return new LoadedRule(plain, source, lines) { Factory = new RuleFactory(image, factory) };
    }
}

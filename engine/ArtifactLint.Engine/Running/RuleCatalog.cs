using ArtifactLint.Api;
using ArtifactLint.Diagnostics;
using ArtifactLint.Settings;

namespace ArtifactLint.Running;

/// <summary>
/// The rules of a workspace as the <c>rules</c> commands see them: listed with their severity here, their pages, the
/// names taken. The linter's own settings decide the severities, so a list never says what a run would not do.
/// </summary>
internal static class RuleCatalog
{
    /// <summary>Every rule, engine and script, by id; and what kept a script from loading or a setting from applying.</summary>
    public static (IReadOnlyList<CatalogEntry> Entries, IReadOnlyList<Diagnostic> Problems) List(LintConfig config, LintRequest request)
    {
        var (scripts, unreadable) = RulePhase.Load(config, request);
        using var _ = scripts;
        var (settings, errors) = RuleSettings.Resolve(config, EngineRules.All.Concat(scripts.Rules.Select(r => r.Descriptor)));
        var entries = EngineRules.All.Select(d => (Descriptor: d, Source: "engine"))
            .Concat(scripts.Rules.Select(r => (r.Descriptor, Source: r.Source.DisplayPath)))
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
            .Select(r => new CatalogEntry(r.Descriptor, r.Source, SeverityOf(r.Descriptor, settings)))
            .ToArray();
        return (entries, [.. errors, .. unreadable, .. scripts.Diagnostics]);
    }

    /// <summary>The page of every rule there is: the engine's, the built-in scripts' and the workspace's rule folders'.</summary>
    public static IReadOnlyList<RulePage> Pages(LintRequest request, LintConfig? config)
    {
        var pages = EngineRules.All
            .Select(d => new RulePage(d.Id, d.Name, Path.Combine(request.ToolDirectory, RulePhase.BuiltInFolder, "engine", $"{d.Id}-{d.Name}.md")))
            .ToList();
        foreach (var script in Folders(request, config).Where(Directory.Exists).SelectMany(f => Directory.EnumerateFiles(f, "*.csx")))
        {
            var stem = Path.GetFileNameWithoutExtension(script);
            var dash = stem.IndexOf('-');
            if (dash > 0)
            {
                pages.Add(new RulePage(stem[..dash], stem[(dash + 1)..], Path.ChangeExtension(script, ".md")));
            }
        }

        return pages;
    }

    /// <summary>The rule that has <paramref name="name"/> already (an engine diagnostic, a built-in rule, a team rule), for a message; null when it is free.</summary>
    public static string? TakenBy(string name, LintConfig config, LintRequest request)
    {
        if (EngineRules.All.FirstOrDefault(d => d.Name == name) is { } engine)
        {
            return $"{engine.Id}, an engine diagnostic";
        }

        if (Named(name, Path.Combine(request.ToolDirectory, RulePhase.BuiltInFolder)).FirstOrDefault() is { } builtIn)
        {
            return $"{Path.GetFileNameWithoutExtension(builtIn).Split('-')[0]}, a built-in rule";
        }

        return request.RuleFolders(config)
            .SelectMany(f => Named(name, f))
            .Select(f => Path.GetRelativePath(config.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static IEnumerable<string> Folders(LintRequest request, LintConfig? config) =>
        config is null
            ? [Path.Combine(request.ToolDirectory, RulePhase.BuiltInFolder)]
            : request.RuleFolders(config).Prepend(Path.Combine(request.ToolDirectory, RulePhase.BuiltInFolder));

    // The scripts of a folder named {Id}-{name}.csx.
    private static IEnumerable<string> Named(string name, string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*-" + name + ".csx").Where(f => Path.GetFileNameWithoutExtension(f) is var stem && stem[(stem.IndexOf('-') + 1)..] == name)
            : [];

    private static string SeverityOf(RuleDescriptor descriptor, RuleSettings settings) =>
        settings.IsOff(descriptor) ? "off" : SeverityNames.Of(SeverityPolicy.Effective(descriptor.DefaultSeverity, descriptor.DefaultSeverity, settings.For(descriptor).Configured));
}

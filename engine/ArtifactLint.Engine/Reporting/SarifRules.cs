using System.Reflection;
using ArtifactLint.Api;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Reporting;

/// <summary>The SARIF <c>tool.driver</c>: the tool and every rule of the run, indexed for <c>ruleIndex</c>.</summary>
internal sealed class SarifRules
{
    public const string InformationUri = "https://github.com/artifactlint/artifactlint";

    private const string DocsBase = InformationUri + "/blob/main/rules/";

    private readonly List<RuleDescriptor> _rules = [];
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);

    public SarifRules(Report report)
    {
        // A finding's rule is normally among the run's rules; one that is not still needs an entry for its ruleIndex.
        foreach (var rule in report.Result.Rules.Concat(report.Result.Diagnostics.Select(d => d.Descriptor)))
        {
            if (_indexes.TryAdd(rule.Id, _rules.Count))
            {
                _rules.Add(rule);
            }
        }
    }

    public static string ToolVersion { get; } =
        typeof(SarifRules).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    public int IndexOf(RuleDescriptor rule) => _indexes[rule.Id];

    // SARIF's word for an info is "note".
    public static string Level(Severity severity) => severity == Severity.Info ? "note" : SeverityNames.Of(severity);

    /// <summary>The rule's own help URI when it is absolute, else its page in the repository for built-in (<c>AL</c>) rules.</summary>
    public static string? HelpUri(RuleDescriptor rule)
    {
        if (rule.HelpUri is { } given && Uri.TryCreate(given, UriKind.Absolute, out var uri))
        {
            return uri.AbsoluteUri;
        }

        if (!rule.Id.StartsWith("AL", StringComparison.Ordinal))
        {
            return null;
        }

        // AL0xxx and AL1xxx are the engine's own diagnostics; their pages live under rules/engine/.
        var folder = rule.Id.StartsWith("AL0", StringComparison.Ordinal) || rule.Id.StartsWith("AL1", StringComparison.Ordinal)
            ? "engine/"
            : string.Empty;
        return $"{DocsBase}{folder}{Uri.EscapeDataString(rule.Id)}-{Uri.EscapeDataString(rule.Name)}.md";
    }

    /// <summary>The driver: the tool and its rules, in the order <see cref="IndexOf"/> counts.</summary>
    public SarifToolComponent Driver() =>
        new("ArtifactLint", ToolVersion, ToolVersion, InformationUri, [.. _rules.Select(Describe)]);

    private static SarifReportingDescriptor Describe(RuleDescriptor rule) => new()
    {
        Id = rule.Id,
        Name = rule.Name,
        ShortDescription = new(rule.Title),
        FullDescription = new(FullDescription(rule)),
        HelpUri = HelpUri(rule),

        // SARIF's placeholders are positional: {0}, {1} in the order of the message's named ones.
        MessageStrings = rule.Messages.Count == 0
            ? null
            : new OrderedDictionary<string, SarifMultiformatMessageString>(
                rule.Messages.Select(m => KeyValuePair.Create(m.Id, new SarifMultiformatMessageString(m.Template.Positional)))),
        DefaultConfiguration = new(Level(rule.DefaultSeverity)),
        Properties = new(rule.Category, [rule.Category]),
    };

    private static string FullDescription(RuleDescriptor rule)
    {
        var kinds = rule.Kinds.Count == 0 ? string.Empty : $" Looks at: {string.Join(", ", rule.Kinds)}.";
        var title = rule.Title.EndsWith('.') ? rule.Title : rule.Title + ".";
        return $"{title} Category: {rule.Category}.{kinds} Default severity: {TextReporter.SeverityName(rule.DefaultSeverity)}.";
    }
}

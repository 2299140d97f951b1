using System.Reflection;
using System.Text.Json;
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

    public void WriteDriver(Utf8JsonWriter json)
    {
        json.WriteStartObject("driver");
        json.WriteString("name", "ArtifactLint");
        json.WriteString("version", ToolVersion);
        json.WriteString("semanticVersion", ToolVersion);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in _rules)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, RuleDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", rule.Name);
        WriteText(json, "shortDescription", rule.Title);
        WriteText(json, "fullDescription", FullDescription(rule));
        if (HelpUri(rule) is { } help)
        {
            json.WriteString("helpUri", help);
        }

        if (rule.Messages.Count > 0)
        {
            // SARIF's placeholders are positional: {0}, {1} in the order of the message's named ones.
            json.WriteStartObject("messageStrings");
            foreach (var message in rule.Messages)
            {
                WriteText(json, message.Id, message.Template.Positional);
            }

            json.WriteEndObject();
        }

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category);
        json.WriteStartArray("tags");
        json.WriteStringValue(rule.Category);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string FullDescription(RuleDescriptor rule)
    {
        var kinds = rule.Kinds.Count == 0 ? string.Empty : $" Looks at: {string.Join(", ", rule.Kinds)}.";
        var title = rule.Title.EndsWith('.') ? rule.Title : rule.Title + ".";
        return $"{title} Category: {rule.Category}.{kinds} Default severity: {TextReporter.SeverityName(rule.DefaultSeverity)}.";
    }

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}

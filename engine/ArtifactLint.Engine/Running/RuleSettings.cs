using ArtifactLint.Api;
using ArtifactLint.Configuration;
using ArtifactLint.Schemas;
using NJsonSchema;
using ArtifactLint.Settings;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Running;

/// <summary>
/// The config's <c>rules:</c> section settled against the rules that exist: each entry (by id or name)
/// names a rule, and its options pass the rule's options schema; anything else is a config error.
/// </summary>
internal sealed class RuleSettings
{
    private readonly Dictionary<string, RuleSetting> _byId;

    private RuleSettings(Dictionary<string, RuleSetting> byId) => _byId = byId;

    /// <param name="config">The config.</param>
    /// <param name="rules">Every rule that loaded, engine and script.</param>
    /// <param name="unloaded">Ids and names of script rules that did not compile or load: their settings are not errors of the config (the rule's own failure is reported).</param>
    /// <returns>The settings, and the AL0006 findings about <c>rules:</c>.</returns>
    public static PhaseResult<RuleSettings> Resolve(LintConfig config, IEnumerable<RuleDescriptor> rules, IReadOnlySet<string>? unloaded = null)
    {
        var errors = new List<Diagnostic>();
        var descriptors = rules.ToArray();
        var byKey = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var d in descriptors)
        {
            byKey.TryAdd(d.Id, d);
            byKey.TryAdd(d.Name, d);
        }

        var byId = new Dictionary<string, RuleSetting>(StringComparer.Ordinal);
        foreach (var setting in config.Rules)
        {
            if (!byKey.TryGetValue(setting.Key, out var descriptor) && unloaded?.Contains(setting.Key) == true)
            {
                continue;
            }

            if (descriptor is null)
            {
                var suggestion = Suggestions.Closest(setting.Key, byKey.Keys);
                errors.Add(ConfigLoader.Error(setting.KeyLocation,
                    $"'rules' names '{Excerpt.Of(setting.Key)}', which is not a rule id or name"
                    + (suggestion is null ? ": run 'artifactlint rules list' to see them all" : $". Did you mean '{suggestion}'?")));
                continue;
            }

            if (setting.Options is { } options)
            {
                errors.AddRange(ValidateOptions(descriptor, options, config, setting));
            }

            byId[descriptor.Id] = setting;
        }

        return new(new RuleSettings(byId), errors);
    }

    /// <summary>Whether the config turns the rule off.</summary>
    public bool IsOff(RuleDescriptor descriptor) => _byId.TryGetValue(descriptor.Id, out var s) && s.IsOff;

    /// <summary>Whether the config names the rule and does not turn it off (fixtures run only those).</summary>
    public bool IsConfigured(RuleDescriptor descriptor) => _byId.TryGetValue(descriptor.Id, out var s) && !s.IsOff;

    /// <summary>The configured severity (null: the default) and options of a rule.</summary>
    public (Severity? Configured, RuleOptions Options) For(RuleDescriptor descriptor) =>
        _byId.TryGetValue(descriptor.Id, out var s) ? (s.Severity, new RuleOptions(s.Options)) : (null, RuleOptions.Empty);

    private static IEnumerable<Diagnostic> ValidateOptions(RuleDescriptor descriptor, Newtonsoft.Json.Linq.JObject options, LintConfig config, RuleSetting setting)
    {
        if (descriptor.OptionsSchema is null)
        {
            return options.Count == 0 ? [] : [ConfigLoader.Error(setting.OptionsLocation ?? setting.KeyLocation, $"rule {descriptor.Id} ({descriptor.Name}) takes no options: remove 'options'")];
        }

        // The schema is the rule's text: a rule whose schema does not parse must not end the run.
        JsonSchema schema;
        try
        {
            schema = JsonSchema.FromJsonAsync(descriptor.OptionsSchema, null, SchemaReferenceResolver.Factory(null)).GetAwaiter().GetResult();
        }
        catch (Exception e) when (SchemaReferenceException.FoundIn(e) is { } refused)
        {
            return [ConfigLoader.Error(setting.OptionsLocation ?? setting.KeyLocation,
                $"rule {descriptor.Id} ({descriptor.Name}): its options cannot be checked, because the OptionsSchema of its descriptor cannot be used: " +
                $"{refused.Message}; the rule's author must fix it, or remove 'options' here")];
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return [ConfigLoader.Error(setting.OptionsLocation ?? setting.KeyLocation,
                $"rule {descriptor.Id} ({descriptor.Name}): its options cannot be checked, because the OptionsSchema of its descriptor is not a valid JSON Schema " +
                $"({Excerpt.Of(e.Message)}); the rule's author must fix it, or remove 'options' here")];
        }

        var source = config.Source!;
        var frontMatter = new FrontMatter(source.Path, source.StartLine, options, []);
        return FrontMatterValidator.Validate(frontMatter, $"options of {descriptor.Id}", schema, isBuiltIn: false)
            .Diagnostics
            .Select(d => ConfigLoader.Error(d.Location, $"rule {descriptor.Id} ({descriptor.Name}): {d.Message}"));
    }
}

using ArtifactLint.Api;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Settings;

/// <summary>A <c>rules:</c> entry: a rule id or name, its severity (null = off), its options, and where it is written.</summary>
internal sealed record RuleSetting(string Key, bool IsOff, Severity? Severity, JObject? Options, Location KeyLocation, Location? OptionsLocation);

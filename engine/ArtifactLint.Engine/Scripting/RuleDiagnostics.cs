using ArtifactLint.Api;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Scripting;

/// <summary>The host's diagnostics, worded once for the compiler, the loader and the runner.</summary>
internal static class RuleDiagnostics
{
    public const string PureFunctions =
        "rules are pure functions of the workspace and may only use the rule API, strings, numbers, dates, " +
        "collections, LINQ and Regex; whoever runs the linter can lift this check with --trust-rules";

    public static Diagnostic At(RuleDescriptor descriptor, Location location, string message) =>
        new(descriptor, descriptor.DefaultSeverity, location, message);

    public static Diagnostic Forbidden(Location location, string api) =>
        At(EngineRules.RuleForbiddenApi, location, $"'{api}' is not allowed in rules: {PureFunctions}");

    public static Diagnostic NoRule(string path, string returned) =>
        At(EngineRules.RuleLoadError, Location.StartOf(path),
            $"the script must end with 'return new Rule(descriptor, context => ...)'; it returned {returned}");

    public static Diagnostic BadDescriptor(Location location, string problem) =>
        At(EngineRules.RuleLoadError, location, $"the rule's descriptor {problem}");

    public static Diagnostic DuplicateId(string path, string id, string firstPath) =>
        At(EngineRules.RuleLoadError, Location.StartOf(path),
            $"rule id '{id}' is already used by {firstPath}; give this rule its own id");

    public static Diagnostic Threw(Location location, string who, string exceptionType, string message) =>
        At(EngineRules.RuleFailed, location, $"{who} threw {exceptionType}: {message}");

    public static Diagnostic MemoryExceeded(Location location, string who, RuleLimits limits) =>
        At(EngineRules.RuleMemoryExceeded, location,
            $"{who} allocated more than {limits.MemoryText} (rule_memory) and was stopped: look for a collection that grows without end " +
            "or a copy made inside a loop; raise rule_memory only for a rule that needs more on a large workspace");

    public static Diagnostic OutOfMemory(Location location, string who, RuleLimits limits, string exceptionType, string message) =>
        At(EngineRules.RuleMemoryExceeded, location,
            $"{who} asked for more memory than can be had ({exceptionType}: {message}) and was stopped; a rule may allocate " +
            $"{limits.MemoryText} in all (rule_memory): look for a size computed from the documents, or a string or list built without end");

    public static Diagnostic TooDeep(Location location, string who) =>
        At(EngineRules.RuleFailed, location, $"{who} recursed too deeply and was stopped; look for a method or lambda that calls itself without end");

    public static Diagnostic TooManyFindings(Location location, string who, int limit) =>
        At(EngineRules.RuleFailed, location,
            $"{who} reported more than {limit} locations (findings and their related locations; {FindingSink.PerDocument} per document, " +
            $"at least {FindingSink.AtLeast}) and was stopped: look for a Report inside a loop that does not end, or one finding per line where one per document would do");

    public static Diagnostic Timeout(Location location, string who, TimeSpan limit) =>
        At(EngineRules.RuleTimeout, location, $"{who} ran past its time limit of {Seconds(limit)} and was stopped");

    public static Diagnostic RegexTimeout(Location location, string who) =>
        At(EngineRules.RuleTimeout, location, $"{who} ran a regular expression past its match timeout and was stopped; simplify the pattern");

    public static Diagnostic Abandoned(Location location, string who, TimeSpan limit) =>
        At(EngineRules.RuleTimeout, location,
            $"{who} ran past its time limit of {Seconds(limit)} inside a call that cannot be interrupted; it was abandoned and the run fails");

    private static string Seconds(TimeSpan limit) =>
        limit.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + " s";
}

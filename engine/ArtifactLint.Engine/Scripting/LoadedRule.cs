using ArtifactLint.Api;

namespace ArtifactLint.Scripting;

/// <summary>A rule ready to run, with the script it came from.</summary>
internal sealed class LoadedRule(Rule rule, RuleSource source, PdbLineMap lines)
{
    public Rule Rule { get; } = rule;

    public RuleSource Source { get; } = source;

    public RuleDescriptor Descriptor => Rule.Descriptor;

    /// <summary>Makes the rule anew, for a session that lints many times (null for a rule built in code).</summary>
    internal RuleFactory? Factory { get; init; }

    /// <summary>Where in the script the exception left the rule's code (the file's start if unknown).</summary>
    public Location LocationOf(Exception exception) => ScriptLocation(Source.DisplayPath, lines.LineOf(exception));

    public static Location ScriptLocation(string path, int? line) => line is { } l ? Location.At(path, l, 1) : Location.StartOf(path);
}

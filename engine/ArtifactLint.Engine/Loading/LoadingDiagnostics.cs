using ArtifactLint.Api;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Loading;

/// <summary>The diagnostics that loading reports: AL0001 (YAML syntax), AL0009 (unreadable file) and AL0015 (body not checked).</summary>
internal static class LoadingDiagnostics
{
    public static Diagnostic Yaml(string path, int line, int column, string message) =>
        new(EngineRules.YamlSyntax, EngineRules.YamlSyntax.DefaultSeverity, Location.At(path, line, column), message);

    public static Diagnostic Unreadable(string path, string message) => Unreadable(Location.StartOf(path), message);

    public static Diagnostic Unreadable(Location location, string message) =>
        new(EngineRules.UnreadableFile, EngineRules.UnreadableFile.DefaultSeverity, location, message);

    public static Diagnostic BodyNotChecked(Location location, string message) =>
        new(EngineRules.BodyNotChecked, EngineRules.BodyNotChecked.DefaultSeverity, location, message);
}

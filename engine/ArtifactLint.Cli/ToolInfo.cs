using System.Reflection;

namespace ArtifactLint.Cli;

/// <summary>The tool's version and where its built-in rules and schemas are.</summary>
internal static class ToolInfo
{
    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>The folder holding <c>rules/</c> and <c>schemas/</c>: beside the tool's assembly.</summary>
    public static string Directory => AppContext.BaseDirectory;
}

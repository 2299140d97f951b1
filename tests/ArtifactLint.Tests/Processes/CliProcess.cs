using System.Text.Json;
using ArtifactLint.Tests.Packaging;

namespace ArtifactLint.Tests.Processes;

/// <summary>The CLI in a process of its own, for what only a process can show: what it loaded, and several at once.</summary>
internal static class CliProcess
{
    public static string Tool => Path.Combine(AppContext.BaseDirectory, "artifactlint.dll");

    public static ProcessRun Lint(string workspace, string cacheDirectory, string? assemblyList = null, string? report = null)
    {
        var variables = new Dictionary<string, string> { ["ARTIFACTLINT_CACHE_DIR"] = cacheDirectory };
        if (assemblyList is not null)
        {
            variables["ARTIFACTLINT_LIST_ASSEMBLIES"] = assemblyList;
        }

        string[] format = report is null ? ["--format", "json"] : ["--format", $"json:{report}"];
        return ProcessRun.Run("dotnet", [Tool, "lint", workspace, .. format], workspace, variables);
    }

    /// <summary>The summary of a JSON report written to a file.</summary>
    public static JsonElement Summary(string report) =>
        JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetProperty("summary").Clone();
}

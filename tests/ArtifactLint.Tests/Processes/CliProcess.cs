using System.Text.Json;
using ArtifactLint.Tests.Packaging;

namespace ArtifactLint.Tests.Processes;

/// <summary>The CLI in a process of its own, for what only a process can show: what it loaded, and several at once.</summary>
internal static class CliProcess
{
    public static string Tool => Path.Combine(AppContext.BaseDirectory, "artifactlint.dll");

    public static ProcessRun Lint(string workspace, string cacheDirectory, string? assemblyList = null)
    {
        var variables = new Dictionary<string, string> { ["ARTIFACTLINT_CACHE_DIR"] = cacheDirectory };
        if (assemblyList is not null)
        {
            variables["ARTIFACTLINT_LIST_ASSEMBLIES"] = assemblyList;
        }

        return ProcessRun.Run("dotnet", [Tool, "lint", workspace, "--format", "json"], workspace, variables);
    }

    /// <summary>The JSON report's summary, from a run's output (the report, then the summary line on stderr).</summary>
    public static JsonElement Summary(ProcessRun run)
    {
        var json = run.Output[..(run.Output.LastIndexOf('}') + 1)];
        return JsonDocument.Parse(json).RootElement.GetProperty("summary").Clone();
    }
}

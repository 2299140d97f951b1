using ArtifactLint.Tests.Packaging;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Processes;

/// <summary>
/// The CLI (engine diagnostics only, no rule to compile) in a process of an unprivileged user, uid and gid 65534
/// with no groups, for what root cannot show: root writes anywhere. As root the process is started through
/// <c>setpriv</c>; as any other user, directly. The tests carry the trait <c>Requires=setpriv</c>.
/// </summary>
internal static class UnprivilegedCli
{
    private const string Nobody = "65534";

    private static readonly bool IsRoot = Environment.UserName == "root";

    private static readonly string? SetPriv = ExternalProgram.Locate("setpriv");

    /// <summary>Why the tests cannot run here, or null when they can.</summary>
    public static string? Unavailable { get; } =
        OperatingSystem.IsWindows() ? "file permissions here are not Unix ones"
        : IsRoot && SetPriv is null ? "setpriv is not on PATH"
        : null;

    /// <summary>Runs <c>artifactlint ARGS --no-cache</c> in the folder as the unprivileged user.</summary>
    public static ProcessRun Run(string workingDirectory, params string[] args)
    {
        Assert.True(Unavailable is null, Unavailable);
        var variables = new Dictionary<string, string> { ["DOTNET_CLI_HOME"] = Path.GetTempPath(), ["NO_COLOR"] = "1" };
        string[] tool = ["dotnet", EngineOnlyTool.ProcessEntry, .. args, "--no-cache"];
        return IsRoot
            ? ProcessRun.Run(SetPriv!, [$"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", .. tool], workingDirectory, variables)
            : ProcessRun.Run(tool[0], tool[1..], workingDirectory, variables);
    }
}

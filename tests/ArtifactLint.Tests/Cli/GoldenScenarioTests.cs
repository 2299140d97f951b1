using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Cli;

/// <summary>
/// Whole-output scenarios: each folder under tests/fixtures/scenarios holds <c>command.txt</c> (the arguments,
/// run from that folder) and <c>expected-output.txt</c> (exit code, stdout and stderr), compared byte for byte.
/// Set ARTIFACTLINT_UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change.
/// </summary>
public sealed class GoldenScenarioTests
{
    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(Path.Combine(Repo.Fixtures, "scenarios")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scenario_OutputMatchesGolden(string name)
    {
        var folder = Path.Combine(Repo.Fixtures, "scenarios", name);
        var args = File.ReadAllText(Path.Combine(folder, "command.txt")).Trim()
            .Replace("{repo}", Repo.Root)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var run = CliRun.Run(folder, args);
        var actual = $"exit: {run.ExitCode}\n--- stdout\n{run.Out}--- stderr\n{run.Error}";
        var goldenPath = Path.Combine(folder, "expected-output.txt");
        if (Environment.GetEnvironmentVariable("ARTIFACTLINT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(goldenPath, actual);
        }

        Assert.Equal(File.ReadAllText(goldenPath), actual);
    }
}

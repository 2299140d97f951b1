using System.Globalization;
using System.Text.Json;
using ArtifactLint.Scaffolding;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Packaging;

public sealed class InitCommandTests
{
    private static readonly string[] Scaffold =
    [
        ".artifactlint.yml", "vision.md", "goals/G-1.md", "roadmap/R-1.md", "backlog/PB-1.md",
        "sprints/S-1.md", "releases/REL-1.md", "ideas/I-1.md",
    ];

    [Fact]
    public void Init_EmptyFolder_WritesConfigAndOneExampleOfEachKind()
    {
        using var ws = new TempFolder();

        var run = CliRun.Run(ws.Path, "init");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Scaffold.Order(StringComparer.Ordinal), Files(ws.Path).Keys);
        Assert.Equal(Scaffold.Select(f => $"created {f}"), run.Out.Split('\n').Take(Scaffold.Length));
    }

    [Fact]
    public void Init_ThenLint_NoFindings()
    {
        using var ws = new TempFolder();
        CliRun.Run(ws.Path, "init");

        var run = CliRun.Run(ws.Path, "lint");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.StartsWith("0 errors, 0 warnings, 0 infos in 7 documents", run.Error);
    }

    [Fact]
    public void Init_ThenLintJson_SevenDocumentsAndNoFindings()
    {
        using var ws = new TempFolder();
        CliRun.Run(ws.Path, "init");

        var run = CliRun.Run(ws.Path, "lint", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(7, json.RootElement.GetProperty("summary").GetProperty("documents").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Init_Config_StartsWithSchemaLineAndDoesNotFreezeTime()
    {
        using var ws = new TempFolder();
        var before = Today();
        CliRun.Run(ws.Path, "init");
        var after = Today();

        var lines = File.ReadAllLines(Path.Combine(ws.Path, ".artifactlint.yml"));

        Assert.Equal("# yaml-language-server: $schema=" + ConfigSchemaId(), lines[0]);
        // A real repository's time-based rules must move with time: as_of is offered, commented out.
        Assert.DoesNotContain(lines, l => l.StartsWith("as_of:", StringComparison.Ordinal));
        var asOf = Assert.Single(lines, l => l.StartsWith("# as_of: ", StringComparison.Ordinal));
        Assert.Contains(asOf["# as_of: ".Length..], new[] { before, after });
    }

    [Fact]
    public void Init_Twice_Exit2AndNothingChanged()
    {
        using var ws = new TempFolder();
        CliRun.Run(ws.Path, "init");
        File.WriteAllText(Path.Combine(ws.Path, "goals", "G-1.md"), "edited\n");
        var before = Files(ws.Path);

        var run = CliRun.Run(ws.Path, "init");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal(Scaffold.Select(f => $"  {f}"), run.Error.Split('\n').Skip(1).Take(Scaffold.Length));
        Assert.Equal(before, Files(ws.Path));
    }

    [Fact]
    public void Init_OneFileExists_Exit2ListsItAndWritesNothing()
    {
        using var ws = new TempFolder();
        ws.Write("backlog/PB-1.md", "mine\n");

        var run = CliRun.Run(ws.Path, "init");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "artifactlint: init wrote nothing, because these files already exist:\n  backlog/PB-1.md\nMove them away, or run init in another folder.\n",
            run.Error);
        Assert.Equal(["backlog/PB-1.md"], Files(ws.Path).Keys);
    }

    [Fact]
    public void Init_IntoNamedFolder_CreatesIt()
    {
        using var ws = new TempFolder();

        var run = CliRun.Run(ws.Path, "init", "docs/product");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(ws.Path, "docs", "product", "backlog", "PB-1.md")));
        Assert.Equal(0, CliRun.Run(ws.Path, "lint", "docs/product").ExitCode);
    }

    [Theory]
    [InlineData("2026-11-27", "2026-11-24", "2026-12-07", "2026-12-21", "2026-Q4", "2026-H2")]
    [InlineData("2026-12-20", "2026-12-17", "2026-12-30", "2027-01-13", "2027-Q1", "2027-H1")]
    [InlineData("2027-06-10", "2027-06-07", "2027-06-20", "2027-07-04", "2027-Q3", "2027-H2")]
    public void ExampleDates_SprintHoldsAsOfAndReleaseFollowsIt(string asOf, string start, string end, string release, string quarter, string half)
    {
        var dates = new ExampleDates(DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture));

        Assert.Equal(
            (start, end, release, quarter, half),
            (dates.SprintStart, dates.SprintEnd, dates.ReleaseDate, dates.ReleaseQuarter, dates.ReleaseHalf));
    }

    private static string Today() => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string ConfigSchemaId()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Schemas, "artifactlint-config.schema.json")));
        return schema.RootElement.GetProperty("$id").GetString()!;
    }

    /// <summary>Every file below <paramref name="root"/> with its content, sorted by relative path.</summary>
    private static SortedDictionary<string, string> Files(string root) => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText),
        StringComparer.Ordinal);
}

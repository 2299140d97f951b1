using ArtifactLint.Tests.Schemas.Suite;
using ArtifactLint.Tests.Support;
using Xunit.Abstractions;

namespace ArtifactLint.Tests.Schemas;

/// <summary>
/// The official JSON-Schema-Test-Suite (draft7) through the real front-matter path: what is tested is what
/// users get. No wrong verdict may be silent (each is corrected, or announced by AL0010/AL0011 at the keyword),
/// and the table of counts, with every wrong verdict, is kept in Suite/expected-draft7.txt, so that any change
/// in it shows in review. The optional tests are run and counted, not held to zero silent.
/// Set ARTIFACTLINT_UPDATE_GOLDEN=1 to rewrite that file after a deliberate change.
/// </summary>
public sealed class JsonSchemaTestSuiteTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(Repo.Reference, "JSON-Schema-Test-Suite", "tests", "draft7");

    [Fact]
    public void Draft7_EveryWrongVerdictIsAnnounced_AndTheCountsAreTheExpectedOnes()
    {
        var required = Run(Directory.EnumerateFiles(Folder, "*.json").Where(f => Path.GetFileName(f) != "refRemote.json"));
        var optional = Run(Directory.EnumerateFiles(Path.Combine(Folder, "optional"), "*.json", SearchOption.AllDirectories));
        var table = SuiteTable.Format(required, optional);
        output.WriteLine(table);

        var goldenPath = Path.Combine(Repo.Root, "tests", "ArtifactLint.Tests", "Schemas", "Suite", "expected-draft7.txt");
        if (Environment.GetEnvironmentVariable("ARTIFACTLINT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(goldenPath, table);
        }

        Assert.Empty(required.Where(r => r.Outcome == SuiteOutcome.Silent).Select(r => $"{r.Case.File}: {r.Case.Group} / {r.Case.Test}"));
        Assert.Equal(File.ReadAllText(goldenPath), table);
    }

    private static List<(SuiteCase Case, SuiteOutcome Outcome)> Run(IEnumerable<string> files) =>
        files.Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .SelectMany(f => SuiteRun.Lint(Folder, f))
            .ToList();
}

namespace ArtifactLint.Benchmarks.Corpus.Planning;

internal static class Breakages
{
    public static IReadOnlyList<Breakage> All { get; } = Enum.GetValues<Breakage>().Where(b => b != Breakage.None).ToArray();

    public static string Name(Breakage breakage) => breakage switch
    {
        Breakage.UnclosedQuote => "unclosed-quote",
        Breakage.TabIndentation => "tab-indentation",
        Breakage.DuplicateKey => "duplicate-key",
        Breakage.StatusTypo => "status-typo",
        Breakage.MissingTitle => "missing-title",
        Breakage.EstimateAsText => "estimate-as-text",
        Breakage.UnquotedVersion => "unquoted-version",
        Breakage.BrokenReference => "broken-reference",
        Breakage.DuplicateId => "duplicate-id",
        Breakage.UnclosedFrontMatter => "unclosed-front-matter",
        _ => "none",
    };

    /// <summary>The finding the linter is expected to give (PRODUCT.md §5; AL3002 is the reference rule).</summary>
    public static string ExpectedFinding(Breakage breakage) => breakage switch
    {
        Breakage.UnclosedQuote or Breakage.TabIndentation or Breakage.DuplicateKey or Breakage.UnclosedFrontMatter => "AL0001",
        Breakage.StatusTypo or Breakage.MissingTitle or Breakage.EstimateAsText or Breakage.UnquotedVersion => "AL1001",
        Breakage.BrokenReference => "AL3002",
        Breakage.DuplicateId => "AL1003",
        _ => "",
    };

    /// <summary>Whether a document of this kind has the field the breakage needs.</summary>
    public static bool AppliesTo(Breakage breakage, DocumentKind kind) => kind != DocumentKind.Vision && breakage switch
    {
        // sprints have no list to indent and no required title
        Breakage.TabIndentation => kind != DocumentKind.Sprint,
        Breakage.MissingTitle => kind != DocumentKind.Sprint,
        Breakage.EstimateAsText => kind == DocumentKind.BacklogItem,
        Breakage.UnquotedVersion => kind == DocumentKind.Release,
        // a goal's only reference (parent) is optional, so goals are left out
        Breakage.BrokenReference => kind != DocumentKind.Goal,
        _ => true,
    };
}

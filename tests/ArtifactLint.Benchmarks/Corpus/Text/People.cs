namespace ArtifactLint.Benchmarks.Corpus.Text;

/// <summary>The product team; a few names outside ASCII keep UTF-16 columns honest.</summary>
internal static class People
{
    public static IReadOnlyList<string> Handles { get; } =
        ["dana", "li.wei", "marco", "priya", "sam", "zoe", "jurgen", "amara", "tomas", "keiko", "noah", "fatima", "ravi", "elena"];

    public static IReadOnlyList<string> Names { get; } =
        ["Dana Whitfield", "Li Wei", "Marco Rossi", "Priya Raman", "Sam Okafor", "Zoë Martín", "Jürgen Bauer", "Amara Nwosu", "Tomás Silva", "Keiko Sato"];

    public static IReadOnlyList<string> Stakeholders { get; } =
        ["Customer Success", "Sales", "Finance", "Support", "Legal", "Partner team", "Head of Product", "CTO"];

    public static IReadOnlyList<string> Teams { get; } = ["Team Abacus", "Team Ledger", "Team Tally"];
}

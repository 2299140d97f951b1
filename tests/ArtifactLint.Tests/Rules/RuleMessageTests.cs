using System.Text.RegularExpressions;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Rules;

/// <summary>
/// The built-in rules' messages read as sentences (never a format of placeholders that the report fills with prose),
/// every message is said by at least one of the rule's fixtures, and the rules name fields through the typed constants.
/// </summary>
public sealed partial class RuleMessageTests(RuleCatalogTests.Catalog catalog) : IClassFixture<RuleCatalogTests.Catalog>
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Repo.Rules, "*.csx").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file)[..6]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_MessagesAreWholeSentencesWithNamedPlaceholders(string id)
    {
        var rule = Assert.Single(catalog.Load.Rules, r => r.Descriptor.Id == id).Descriptor;

        Assert.NotEmpty(rule.Messages);
        Assert.All(rule.Messages, message =>
        {
            Assert.Matches("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", message.Id);
            Assert.DoesNotMatch(@"\{\d", message.Format);
            var words = Placeholder().Replace(message.Format, string.Empty);
            Assert.True(Regex.Matches(words, @"\p{L}{2,}").Count >= 3, $"{id} '{message.Id}' is mostly placeholders: {message.Format}");
            Assert.False(Adjacent().IsMatch(message.Format), $"{id} '{message.Id}' has two placeholders side by side: {message.Format}");
            Assert.Matches("^[A-Z']", message.Format);
        });
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_EveryMessageIsSaidByOneOfItsFixtures(string id)
    {
        var rule = Assert.Single(catalog.Load.Rules, r => r.Descriptor.Id == id).Descriptor;
        var folder = Directory.EnumerateDirectories(Path.Combine(Repo.Fixtures, "rules"), id + "-*").Single();
        var said = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fixture in Directory.EnumerateDirectories(folder))
        {
            var outcome = FixtureCases.Run(fixture);
            said.UnionWith(outcome.Findings.Where(d => d.Id == id && d.MessageId is not null).Select(d => d.MessageId!));
        }

        var unsaid = rule.Messages.Select(m => m.Id).Except(said, StringComparer.Ordinal).ToArray();
        Assert.True(unsaid.Length == 0, $"{id}: no fixture says {string.Join(", ", unsaid)}");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_NamesFieldsThroughTheTypedConstants(string id)
    {
        var text = File.ReadAllText(Directory.EnumerateFiles(Repo.Rules, id + "-*.csx").Single());

        Assert.Empty(StringField().Matches(text).Select(m => m.Value));
    }

    [GeneratedRegex(@"\{[A-Za-z_][A-Za-z0-9_]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\}\s*\{[A-Za-z_]")]
    private static partial Regex Adjacent();

    [GeneratedRegex(@"\b(?:LocationOf|KeyLocationOf|Has|Field<[^>]*>|Referrers<[^>]*>)\(""")]
    private static partial Regex StringField();
}

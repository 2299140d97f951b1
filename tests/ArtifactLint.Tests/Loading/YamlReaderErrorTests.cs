using ArtifactLint.Api;
using ArtifactLint.Loading;

namespace ArtifactLint.Tests.Loading;

public sealed class YamlReaderErrorTests
{
    [Fact]
    public void Read_DuplicateKey_ReportsAtSecondKey()
    {
        var diagnostic = Single("id: PB-1\nstatus: ready\ntitle: x\nstatus: done\n", firstLine: 2);

        Assert.Equal((5, 1), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal("'status' is defined twice (first at line 3); keep one", diagnostic.Message);
    }

    [Fact]
    public void Read_DuplicateNestedKey_ReportsAtSecondKey()
    {
        var diagnostic = Single("key_results:\n  - metric: nps\n    metric: csat\n");

        Assert.Equal((3, 5), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal("'metric' is defined twice (first at line 2); keep one", diagnostic.Message);
    }

    [Fact]
    public void Read_UnclosedDoubleQuote_ReportsAtQuote()
    {
        var diagnostic = Single("id: PB-1\ntitle: \"Export invoices\nstatus: ready\n", firstLine: 2);

        Assert.Equal((3, 8), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal("an unclosed quoted value starts here: close it with \"", diagnostic.Message);
    }

    [Fact]
    public void Read_UnclosedSingleQuote_ReportsAtQuote()
    {
        var diagnostic = Single("id: PB-1\ntitle: 'Export\n");

        Assert.Equal((2, 8), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal("an unclosed quoted value starts here: close it with '", diagnostic.Message);
    }

    [Fact]
    public void Read_TabIndentation_ReportsAtTab()
    {
        var diagnostic = Single("id: PB-1\ngoals:\n  - G-1\n\t- G-2\n", firstLine: 2);

        Assert.Equal((5, 1), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal("a tab indents this line, but YAML indentation must use spaces: replace the tab with spaces", diagnostic.Message);
    }

    [Fact]
    public void Read_TabAfterSpaces_ReportsAtTab()
    {
        var diagnostic = Single("parent:\n  child: 1\n  \tother: 2\n");

        Assert.Equal((3, 3), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Read_TabIndentingBlockScalarContent_ReportsAtTab()
    {
        var diagnostic = Single("notes: |\n\tfirst line\n");

        Assert.Equal((2, 1), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal("a tab indents this line, but YAML indentation must use spaces: replace the tab with spaces", diagnostic.Message);
    }

    [Fact]
    public void Read_TabOnBlankLineAfterValue_ReportsAtTab()
    {
        var diagnostic = Single("parent:\n  child: 1\n\t\nother: 2\n");

        Assert.Equal((3, 1), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal("this blank line holds a tab, which YAML does not allow here: remove the tab", diagnostic.Message);
    }

    [Fact]
    public void Read_PercentAtLineStart_ExplainsDirective()
    {
        var diagnostic = Single("%status: done\nid: 1\n", firstLine: 2);

        Assert.Equal((2, 1), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal("'%' at the start of a line begins a YAML directive: put the value in quotes", diagnostic.Message);
    }

    [Fact]
    public void Read_ListOnPropertyLine_ExplainsLayout()
    {
        var diagnostic = Single("goals: - G-1\n");

        Assert.Equal((1, 8), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal("a list cannot start on the same line as its property: put each '- item' on its own line below, indented", diagnostic.Message);
    }

    [Fact]
    public void Read_TabInsideBlockScalar_IsText()
    {
        var result = YamlReader.Read("a.md", "notes: |\n  line\n  \tindented\nid: 1\n", 1);

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Read_AliasBomb_ReportsAtAlias()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n";

        var result = YamlReader.Read("a.md", yaml, 1);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Null(result.Root);
        Assert.Equal("AL0001", diagnostic.Id);
        Assert.Equal(4, diagnostic.Location.Line);
        Assert.Equal(
            "the alias '*c' would expand the YAML past 10,000 values or 64 levels (a \"billion laughs\" pattern): write the values out instead of nesting aliases",
            diagnostic.Message);
    }

    [Fact]
    public void Read_DeepNesting_Reports()
    {
        var yaml = "a: " + new string('[', 70) + new string(']', 70) + "\n";

        var diagnostic = Single(yaml);

        Assert.Equal("values are nested more than 64 levels deep here: flatten the structure", diagnostic.Message);
    }

    [Fact]
    public void Read_UndefinedAlias_ReportsAtAlias()
    {
        var diagnostic = Single("id: 1\ngoals: *missing\n");

        Assert.Equal((2, 8), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal("'*missing' refers to no anchor: define '&missing' on a value before this line, or write the value out", diagnostic.Message);
    }

    [Fact]
    public void Read_ListAsKey_Reports()
    {
        var diagnostic = Single("? [a, b]\n: value\n");

        Assert.Equal((1, 3), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal("a property name must be text, not a list or a mapping: write the name as a plain word before the ':'", diagnostic.Message);
    }

    [Fact]
    public void Read_ColonInsidePlainValue_ExplainsQuoting()
    {
        var diagnostic = Single("id: 1\ntitle: Export: CSV\n");

        Assert.Equal((2, 14), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal("this value contains ': ', which YAML reads as the start of another property: put the value in quotes", diagnostic.Message);
    }

    [Fact]
    public void Read_OverIndentedProperty_ExplainsIndentation()
    {
        var diagnostic = Single("title: Export\n  status: ready\n");

        Assert.Equal((2, 9), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal("this line is indented under the value above, so YAML cannot read it as a property: line it up with the other properties", diagnostic.Message);
    }

    [Fact]
    public void Read_UnclosedFlowList_ReportsAtBracket()
    {
        var diagnostic = Single("goals: [G-1, G-2\nstatus: ready\n", firstLine: 2);

        Assert.Equal((2, 8), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal("an unclosed list starts here: close it with ]", diagnostic.Message);
    }

    [Fact]
    public void Read_UnclosedFlowMapping_ReportsAtBrace()
    {
        var diagnostic = Single("owner: {name: dana\n");

        Assert.Equal((1, 8), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal("an unclosed mapping starts here: close it with }", diagnostic.Message);
    }

    [Fact]
    public void Read_TextAfterQuotedValue_Reports()
    {
        var diagnostic = Single("title: \"Export\" now\n");

        Assert.Equal((1, 17), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.StartsWith("unexpected text here, where YAML expected a new property (name: value)", diagnostic.Message);
    }

    [Fact]
    public void Read_ReservedCharacter_ExplainsQuoting()
    {
        var diagnostic = Single("owner: @dana\n");

        Assert.Equal((1, 8), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal("'@' cannot start a value: put the value in quotes", diagnostic.Message);
    }

    [Fact]
    public void Read_SecondDocument_Reports()
    {
        var diagnostic = Single("a: 1\n---\nb: 2\n");

        Assert.Equal((2, 1), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal("a second YAML document starts here, but only one is allowed: remove the '---' line", diagnostic.Message);
    }

    [Theory]
    [InlineData("a: [1, 2\n")]
    [InlineData("- a\n-b\n")]
    [InlineData("a:\n  - 1\n - 2\n")]
    [InlineData("\"a\nb\": 1\n")]
    [InlineData("a: b\nc\nd: e\n")]
    [InlineData("a: *\n")]
    [InlineData("%YAML 9.9\n---\na: 1\n")]
    [InlineData("a: &\n")]
    [InlineData("a: 'x' 'y'\n")]
    [InlineData("[")]
    [InlineData("{a: 1, a: 2}")]
    public void Read_BrokenYaml_GivesDiagnosticsNeverExceptions(string yaml)
    {
        var result = YamlReader.Read("a.md", yaml, 1);

        Assert.NotEmpty(result.Diagnostics);
        Assert.Null(result.Root);
        Assert.All(result.Diagnostics, d => Assert.Equal("AL0001", d.Id));
    }

    private static Diagnostic Single(string yaml, int firstLine = 1)
    {
        var result = YamlReader.Read("a.md", yaml, firstLine);
        Assert.Null(result.Root);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("AL0001", diagnostic.Id);
        Assert.Equal("a.md", diagnostic.Location.Path);
        return diagnostic;
    }
}

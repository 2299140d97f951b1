using static ArtifactLint.Tests.Schemas.ValidatorFixture;

namespace ArtifactLint.Tests.Schemas;

public sealed class FrontMatterValidatorTests
{
    private const string Item = """
        {
          "id": "PB-1",
          "title": "Export invoices",
          "type": "story",

        """;

    [Fact]
    public void Validate_ValidBacklogItem_ReportsNothing()
    {
        var result = Validate("backlog-item", Item + """
              "status": "ready", "rank": 3, "estimate": 5, "goals": ["G-2"], "created_date": "2026-11-02 09:30"
            }
            """);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.FailedProperties);
    }

    [Fact]
    public void Validate_EnumTypo_ReportsAllowedValuesAndSuggestionAtValue()
    {
        var result = Validate("goal", """
            {
              "id": "G-1",
              "title": "Grow",
              "status": "activ"
            }
            """);

        Assert.Equal(
            "AL1001 5:13-5:20 'status' must be one of: proposed, active, achieved, dropped; found 'activ'. Did you mean 'active'?",
            Show(result));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("status", "activ", "G-1"), (diagnostic.Property, diagnostic.Value, diagnostic.ArtifactId));
        Assert.Equal(["status"], result.FailedProperties);
    }

    [Fact]
    public void Validate_MissingRequiredProperty_ReportsAtFrontMatterStart()
    {
        var result = Validate("backlog-item", """
            {
              "id": "PB-1", "type": "bug", "status": "new"
            }
            """);

        Assert.Equal("AL1001 1:1-1:1 'title' is required for a backlog item: add 'title: ...' to the front matter", Show(result));
        Assert.Equal("title", result.Diagnostics[0].Property);
    }

    [Fact]
    public void Validate_NumberWhereTextExpected_SaysHowYamlReadIt()
    {
        var result = Validate("release", """
            {
              "id": "R-1", "title": "Autumn", "date": "2026-11-30", "status": "planned",
              "version": 1.10
            }
            """);

        Assert.Equal("AL1001 4:14-4:18 'version' must be text; 1.10 is read as the number 1.1 — write \"1.10\"", Show(result));
        Assert.Equal("1.1", result.Diagnostics[0].Value);
    }

    [Fact]
    public void Validate_TextWhereNumberExpected_NamesTheText()
    {
        var result = Validate("backlog-item", Item + """
              "status": "new", "estimate": "five"
            }
            """);

        Assert.Equal("AL1001 6:32-6:38 'estimate' must be a number; found the text 'five'", Show(result));
        Assert.Equal(["estimate"], result.FailedProperties);
    }

    [Fact]
    public void Validate_ScalarWhereListExpected_SaysHowToWriteTheList()
    {
        var result = Validate("backlog-item", Item + """
              "status": "new", "goals": "G-1"
            }
            """);

        Assert.Equal("AL1001 6:29-6:34 'goals' must be a list of goal ids; found the text 'G-1' — write [\"G-1\"]", Show(result));
    }

    [Fact]
    public void Validate_ListItemOfTheWrongType_IsOneFindingNotAlsoThePropertiesItLacks()
    {
        var result = Validate("goal", """
            { "id": "G-1", "title": "Grow", "status": "active",
              "key_results": [5] }
            """);

        Assert.Equal("AL1001 3:19-3:20 'key_results[0]' must be a set of 'key: value' lines; found the number 5", Show(result));
        Assert.Contains("key_results", result.FailedProperties);
    }

    [Fact]
    public void Validate_YesWhereBooleanExpected_SaysYamlReadsItAsText()
    {
        const string schema = """{ "type": "object", "properties": { "public": { "type": "boolean" } } }""";

        var result = ValidateWith(schema, "persona", """
            {
              "public": "yes"
            }
            """);

        Assert.Equal("AL1001 3:13-3:18 'public' must be true or false; found the text 'yes' — write true", Show(result));
    }

    [Fact]
    public void Validate_DateInWrongFormat_SaysTheFormatInWords()
    {
        var result = Validate("backlog-item", Item + """
              "status": "new", "due_date": "2026/11/30"
            }
            """);

        Assert.Equal("AL1001 6:32-6:44 'due_date' must be a date written YYYY-MM-DD; found '2026/11/30'", Show(result));
    }

    [Fact]
    public void Validate_Period_AcceptsQuarterHalfAndYearNumberButNotOtherText()
    {
        Assert.Empty(Validate("goal", """{ "id": "G-1", "title": "t", "status": "active", "period": "2027-Q1" }""").Diagnostics);
        Assert.Empty(Validate("goal", """{ "id": "G-1", "title": "t", "status": "active", "period": 2027 }""").Diagnostics);

        var result = Validate("goal", """{ "id": "G-1", "title": "t", "status": "active", "period": "Q1 2027" }""");

        Assert.Equal("AL1001 2:60-2:69 'period' must be a period written like 2027-Q1, 2027-H1 or 2027; found 'Q1 2027'", Show(result));
    }

    [Fact]
    public void Validate_BelowMinimum_SaysTheMinimum()
    {
        var result = Validate("backlog-item", Item + """
              "status": "new", "rank": 0
            }
            """);

        Assert.Equal("AL1001 6:28-6:29 'rank' must be at least 1; found 0", Show(result));
    }

    [Fact]
    public void Validate_EmptyTitle_SaysItMustNotBeEmpty()
    {
        var result = Validate("idea", """{ "id": "I-1", "title": "", "status": "new" }""");

        Assert.Equal("AL1001 2:25-2:27 'title' must not be empty", Show(result));
    }

    [Fact]
    public void Validate_RepeatedListElement_ReportsAtTheRepeat()
    {
        var result = Validate("backlog-item", Item + """
              "status": "new", "goals": ["G-1", "G-2", "G-1"]
            }
            """);

        Assert.Equal("AL1001 6:44-6:49 'goals' lists 'G-1' more than once: remove the repeat", Show(result));
        Assert.Equal("G-1", result.Diagnostics[0].Value);
    }

    [Fact]
    public void Validate_NestedValue_NamesItsFullPath()
    {
        var result = Validate("goal", """
            {
              "id": "G-1", "title": "Grow", "status": "active",
              "key_results": [
                { "metric": "signups", "target": 100 },
                { "metric": "churn", "target": "low" }
              ]
            }
            """);

        Assert.Equal("AL1001 6:36-6:41 'key_results[1].target' must be a number; found the text 'low'", Show(result));
        Assert.Equal(("key_results", "low"), (result.Diagnostics[0].Property, result.Diagnostics[0].Value));
    }

    [Fact]
    public void Validate_NestedMissingRequired_ReportsAtTheElement()
    {
        var result = Validate("goal", """
            {
              "id": "G-1", "title": "Grow", "status": "active",
              "key_results": [ { "metric": "signups" } ]
            }
            """);

        Assert.Equal("AL1001 4:20-4:21 'key_results[0]' is missing 'target': add 'target: ...' to it", Show(result));
    }

    [Fact]
    public void Validate_UnknownPropertyOfBuiltInKind_WarnsAtKeyWithSuggestion()
    {
        var result = Validate("backlog-item", Item + """
              "status": "new", "asignee": ["dana"]
            }
            """);

        Assert.Equal("AL1004 6:20-6:29 'asignee' is not a property of a backlog item. Did you mean 'assignee'?", Show(result));
        Assert.Equal(Api.Severity.Warning, result.Diagnostics[0].Severity);
        Assert.Empty(result.FailedProperties);
    }

    [Fact]
    public void Validate_UnknownPropertyWithoutCloseMatch_SaysWhatToDo()
    {
        var result = Validate("idea", """{ "id": "I-1", "title": "t", "status": "new", "budget": 5 }""");

        Assert.Equal("AL1004 2:47-2:55 'budget' is not a property of an idea: check the spelling, or add it to the kind's schema", Show(result));
    }

    [Fact]
    public void Validate_TeamSchemaWithoutAdditionalProperties_ReportsAL1001AtKey()
    {
        const string schema = """
            { "type": "object", "additionalProperties": false,
              "properties": { "id": { "type": "string" }, "segment": { "type": "string" } } }
            """;

        var result = ValidateWith(schema, "persona", """
            {
              "id": "P-1",
              "segmnt": "smb"
            }
            """);

        Assert.Equal("AL1001 4:3-4:11 'segmnt' is not a property of a persona. Did you mean 'segment'?", Show(result));
        Assert.Equal("segmnt", result.Diagnostics[0].Property);
    }

    [Fact]
    public void Validate_TeamKindOfUnknownProperty_IsNotAL1004()
    {
        const string schema = """{ "type": "object", "properties": { "id": { "type": "string" } } }""";

        Assert.Empty(ValidateWith(schema, "persona", """{ "id": "P-1", "extra": 1 }""").Diagnostics);
    }

    [Fact]
    public void Validate_AnyOfOfTypes_ReportsOneTypeMessage()
    {
        const string schema = """
            { "type": "object", "properties": { "size": { "anyOf": [ { "type": "number" }, { "type": "string", "enum": ["S", "M", "L"] } ] } } }
            """;

        var result = ValidateWith(schema, "persona", """{ "size": "XL" }""");

        Assert.Equal("AL1001 2:11-2:15 'size' must be one of: S, M, L; found 'XL'. Did you mean 'L'?", Show(result));
    }

    [Fact]
    public void Validate_IntegerExpected_FoundFraction()
    {
        var result = Validate("backlog-item", Item + """
              "status": "new", "rank": 2.5
            }
            """);

        Assert.Equal("AL1001 6:28-6:31 'rank' must be a whole number; found the number 2.5", Show(result));
    }
}

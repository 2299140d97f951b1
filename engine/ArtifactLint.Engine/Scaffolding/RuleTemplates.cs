namespace ArtifactLint.Scaffolding;

/// <summary>The text of a new team rule's files.</summary>
internal static class RuleTemplates
{
    public static string Script(string id, string name) => $$"""
        // {{id}} {{name}}: describe what the rule checks in one line.
        // The API: https://github.com/artifactlint/artifactlint#write-your-own-rule
        var descriptor = new RuleDescriptor(
            Id: "{{id}}",
            Name: "{{name}}",
            Title: "TODO: what the rule checks",
            Category: "Team",
            DefaultSeverity: Severity.Warning)
        {
            Kinds = ["backlog-item"],
            Messages = new()
            {
                ["todo"] = "Backlog item '{id}' TODO: say what is wrong and how to fix it",
            },
        };

        return new Rule(descriptor, context =>
        {
            foreach (var item in context.Workspace.BacklogItems.Where(i => i.IsOpen))
            {
                // TODO: report what is wrong, at a location from the model:
                // context.Report("todo", item.LocationOf(BacklogItem.Fields.Status), new { id = item.Id });
            }
        });

        """;

    public static string Doc(string id, string name) => $"""
        # {id} {name}

        TODO: one sentence on what the rule reports. Default severity: **warning**. Source: team.

        ## Why

        TODO: which responsibility of the product owner or product manager this protects.

        ## Examples

        ### Incorrect

        ```markdown
        ---
        id: PB-1
        ---
        ```

        ### Correct

        ```markdown
        ---
        id: PB-1
        ---
        ```

        ## Options

        None.

        ## How to fix

        TODO

        ## How to suppress

        `rules: {"{"} {name}: off {"}"}` in `.artifactlint.yml`, or `# artifactlint-disable-line {id} -- reason` on the line.

        """;

    public static string FixtureConfig(string id) => $"""
        # A fixture of {id}: the findings it expects are marked in its documents.
        as_of: 2026-11-27
        rules:
          {id}: warning

        """;

    public static string FixtureItem(string id) => $"""
        ---
        id: PB-1
        title: An open backlog item the rule should flag
        type: story
        status: new   # expect: {id}
        ---
        Replace this fixture with a realistic case, and add a clean one beside it.

        """;
}

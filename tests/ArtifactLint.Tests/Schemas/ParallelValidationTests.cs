using ArtifactLint.Schemas;

namespace ArtifactLint.Tests.Schemas;

public sealed class ParallelValidationTests
{
    [Fact]
    public void Validate_SharedSchemaAcrossThreads_GivesTheSameFindingsAsOneThread()
    {
        var registry = new SchemaRegistry(SchemaRegistry.BuiltInSources(SchemaPaths.Directory));
        var schema = registry.Get("backlog-item")!;
        var statuses = new[] { "new", "ready", "activ", "done" };
        var documents = Enumerable.Range(0, 2000).Select(i => JsonFrontMatter.Parse($$"""
            { "id": "PB-{{i}}", "title": "Item {{i}}", "type": "story", "status": "{{statuses[i % 4]}}",
              "estimate": {{(i % 7 == 0 ? "\"five\"" : "3")}}, "goals": ["G-1", "G-{{i % 3}}"], "asignee": ["dana"] }
            """)).ToList();

        string Run((Api.FrontMatter FrontMatter, IReadOnlyList<string> Lines) d) =>
            string.Join("|", FrontMatterValidator.Validate(d.FrontMatter, "backlog-item", schema, isBuiltIn: true, d.Lines).Diagnostics.Select(x => x.Message));

        var sequential = documents.Select(Run).ToList();
        var parallel = documents.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(Run).ToList();

        Assert.Equal(sequential, parallel);
        Assert.Contains("'status' must be one of", sequential[2]);
    }
}

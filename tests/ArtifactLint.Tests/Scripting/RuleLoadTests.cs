using ArtifactLint.Scripting;

namespace ArtifactLint.Tests.Scripting;

public sealed class RuleLoadTests
{
    private static RuleLoadResult Load(params string[] paths) =>
        RuleHost.Load(paths.Select(ScriptFixtures.Source).ToArray(), new RuleHostOptions(NoCache: true));

    [Fact]
    public void Load_CompileError_ReportsRoslynMessageAtExactPosition()
    {
        using var result = Load("load/compile-error.csx");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("AL0002", "load/compile-error.csx", 5, 53), (error.Id, error.Location.Path, error.Location.Line, error.Location.Column));
        Assert.Equal("CS1002: ; expected", error.Message);
        Assert.Empty(result.Rules);
    }

    [Fact]
    public void Load_ReferenceDirective_IsRejectedAtItsLine()
    {
        using var result = Load("load/reference-directive.csx");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("AL0002", 1, 1), (error.Id, error.Location.Line, error.Location.Column));
        Assert.StartsWith("'#r' is not supported in rules", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ScriptReturnsNoRule_ReportsRuleLoadError()
    {
        using var result = Load("load/no-rule.csx");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("AL0012", error.Id);
        Assert.Equal("the script must end with 'return new Rule(descriptor, context => ...)'; it returned a RuleDescriptor", error.Message);
    }

    [Fact]
    public void Load_DescriptorWithoutId_IsRuleLoadError()
    {
        using var result = Load("load/bad-descriptor.csx");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("AL0012", 1, 1), (error.Id, error.Location.Line, error.Location.Column));
        Assert.Equal("the rule's descriptor has no Id: give it one such as ACME001", error.Message);
        Assert.Empty(result.Rules);
    }

    [Fact]
    public void Load_KindsListedByTheRulesOwnCode_AreReadUnderItsGuards()
    {
        using var result = Load("load/kinds-that-throw.csx");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("AL0003", 14), (error.Id, error.Location.Line));
        Assert.Equal("the script's top-level code threw InvalidOperationException: no kinds today", error.Message);
    }

    [Fact]
    public void Load_TopLevelCodeThrows_ReportsRuleFailedAtTheLine()
    {
        using var result = Load("load/top-level-throws.csx");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("AL0003", 3), (error.Id, error.Location.Line));
        Assert.StartsWith("the script's top-level code threw KeyNotFoundException:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TwoRulesWithOneId_ReportsTheSecondFile()
    {
        using var result = Load("cache/ACME030-cached.csx", "load/duplicate-id.csx");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("AL0012", "load/duplicate-id.csx"), (error.Id, error.Location.Path));
        Assert.Equal("rule id 'ACME030' is already used by cache/ACME030-cached.csx; give this rule its own id", error.Message);
        Assert.Equal("ACME030", Assert.Single(result.Rules).Descriptor.Id);
    }
}

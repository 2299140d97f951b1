using System.Xml.Linq;
using ArtifactLint.Api;
using ArtifactLint.Reporting;
using ArtifactLint.Tests.Support;
using static ArtifactLint.Tests.Reporting.ReportSamples;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Tests.Reporting;

public sealed class JUnitReporterTests
{
    [Fact]
    public void Lint_MessyExample_OneSuitePerRuleWithCorrectCounts()
    {
        var run = CliRun.Run(Repo.Root, "lint", Path.Combine(Repo.Examples, "messy-repo"), "--format", "junit");

        var xml = XDocument.Parse(run.Out);
        var root = xml.Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        var failures = root.Descendants("failure").Count();
        Assert.True(failures > 0);
        Assert.Equal(failures.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)root.Attribute("failures"));
        Assert.Equal("0", (string?)root.Attribute("errors"));
        var suites = root.Elements("testsuite").ToList();
        var json = System.Text.Json.JsonDocument.Parse(CliRun.Run(Repo.Root, "lint", Path.Combine(Repo.Examples, "messy-repo"), "--format", "json").Out);
        Assert.Equal(json.RootElement.GetProperty("summary").GetProperty("rules").GetInt32() + EngineRules.All.Count, suites.Count);
        Assert.Equal((string?)root.Attribute("tests"), suites.Sum(s => (int)s.Attribute("tests")!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var schema = suites.Single(s => (string?)s.Attribute("name") == "AL1001 schema-violation");
        Assert.Equal("4", (string?)schema.Attribute("tests"));
        Assert.Equal("4", (string?)schema.Attribute("failures"));
        var passing = suites.Single(s => (string?)s.Attribute("name") == "AL0009 unreadable-file");
        Assert.Equal("no findings", (string?)passing.Element("testcase")!.Attribute("name"));
        Assert.Null(passing.Element("testcase")!.Element("failure"));
    }

    [Fact]
    public void Lint_MessyExample_FailureCarriesMessageSeverityAndText()
    {
        var run = CliRun.Run(Repo.Root, "lint", Path.Combine(Repo.Examples, "messy-repo"), "--format", "junit");

        var testcase = XDocument.Parse(run.Out).Descendants("testcase")
            .Single(t => (string?)t.Attribute("name") == "goals/G-3-win-small-businesses-across-the-eu.md:5:9");
        Assert.Equal("AL1001 schema-violation", (string?)testcase.Attribute("classname"));
        var failure = testcase.Element("failure")!;
        Assert.Equal("error", (string?)failure.Attribute("type"));
        Assert.Equal("'status' must be one of: proposed, active, achieved, dropped; found 'activ'. Did you mean 'active'?", (string?)failure.Attribute("message"));
        Assert.Equal(
            "goals/G-3-win-small-businesses-across-the-eu.md:5:9: error AL1001: 'status' must be one of: proposed, active, achieved, dropped; found 'activ'. Did you mean 'active'? [schema-violation]",
            failure.Value);
    }

    [Fact]
    public void Write_InfoSuppressedAndControlCharacters_PassSkipAndStayValidXml()
    {
        var report = Of(
        [
            Finding(Severity.Warning, "a.md", 1, "bad <value> & \"quote\" \u0001 here"),
            Finding(Severity.Info, "b.md", 2, "just so you know", TeamRule),
            Finding(Severity.Error, "c.md", 3, "hidden") with { Suppression = new Suppression(Location.At("c.md", 2, 1), "migrating in Q3") },
        ]);

        var xml = XDocument.Parse(Write(new JUnitReporter(), report));

        var root = xml.Root!;
        Assert.Equal(("4", "1", "1"), ((string?)root.Attribute("tests"), (string?)root.Attribute("failures"), (string?)root.Attribute("skipped")));
        var warning = xml.Descendants("failure").Single();
        Assert.Equal("warning", (string?)warning.Attribute("type"));
        Assert.Equal("bad <value> & \"quote\" \\u0001 here", (string?)warning.Attribute("message"));
        var info = xml.Descendants("testcase").Single(t => (string?)t.Attribute("classname") == "ACME001 needs-owner");
        Assert.Equal("b.md:2:3: info ACME001: just so you know [needs-owner]", info.Element("system-out")!.Value);
        Assert.Equal("suppressed: migrating in Q3", (string?)xml.Descendants("skipped").Single().Attribute("message"));
        Assert.Equal("no findings", (string?)xml.Descendants("testsuite").Single(s => (string?)s.Attribute("name") == "AL5001 stale-item").Element("testcase")!.Attribute("name"));
    }

    [Fact]
    public void Write_SameReportTwice_SameBytes()
    {
        var report = Of([Finding(Severity.Error, "a.md", 1, "m")]);

        Assert.Equal(Write(new JUnitReporter(), report), Write(new JUnitReporter(), report));
    }
}

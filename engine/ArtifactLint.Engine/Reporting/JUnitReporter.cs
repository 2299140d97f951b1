using System.Globalization;
using System.Text;
using System.Xml;
using ArtifactLint.Api;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Reporting;

/// <summary>
/// JUnit XML for CI test views (GitLab, Jenkins, Azure Pipelines). One testsuite per RULE, every rule of the run
/// included, so a view lists what was checked and a rule that passed shows as one passing "no findings" test.
/// Per finding one testcase named <c>path:line:col</c>: errors and warnings fail it (<c>&lt;failure type="error"&gt;</c>),
/// infos pass with the text in <c>system-out</c>, suppressed findings are skipped with their justification, and a
/// rule that could not run (a tool failure) is a JUnit <c>&lt;error&gt;</c>. Paths are workspace-relative, as in text.
/// Every text is written through <see cref="VisibleText"/>, which leaves nothing that XML 1.0 cannot hold.
/// </summary>
internal sealed class JUnitReporter : IReporter
{
    public void Write(Report report, TextWriter writer)
    {
        var suites = Suites(report);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "ArtifactLint");
            WriteCounts(xml, suites.SelectMany(s => s.Cases).ToList());
            foreach (var (rule, cases) in suites)
            {
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", SuiteName(rule));
                WriteCounts(xml, cases);
                foreach (var d in cases)
                {
                    WriteCase(xml, rule, d);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    /// <summary>Every rule of the run in order, with its findings (none: a passing rule).</summary>
    private static List<(RuleDescriptor Rule, List<Diagnostic?> Cases)> Suites(Report report)
    {
        var suites = new List<(RuleDescriptor, List<Diagnostic?>)>();
        var byId = new Dictionary<string, List<Diagnostic?>>(StringComparer.Ordinal);
        foreach (var rule in report.Result.Rules.Concat(report.Result.Diagnostics.Select(d => d.Descriptor)))
        {
            if (!byId.ContainsKey(rule.Id))
            {
                byId[rule.Id] = [];
                suites.Add((rule, byId[rule.Id]));
            }
        }

        foreach (var d in report.Result.Diagnostics)
        {
            byId[d.Id].Add(d);
        }

        foreach (var (_, cases) in suites.Where(s => s.Item2.Count == 0))
        {
            cases.Add(null);
        }

        return suites;
    }

    private static void WriteCounts(XmlWriter xml, IReadOnlyList<Diagnostic?> cases)
    {
        xml.WriteAttributeString("tests", Number(cases.Count));
        xml.WriteAttributeString("failures", Number(cases.Count(c => Outcome(c) == "failure")));
        xml.WriteAttributeString("errors", Number(cases.Count(c => Outcome(c) == "error")));
        xml.WriteAttributeString("skipped", Number(cases.Count(c => Outcome(c) == "skipped")));
    }

    private static string Outcome(Diagnostic? d) =>
        d is null ? "passed"
        : d.Suppression is not null ? "skipped"
        : EngineRules.IsToolFailure(d.Id) ? "error"
        : d.Severity == Severity.Info ? "passed"
        : "failure";

    private static void WriteCase(XmlWriter xml, RuleDescriptor rule, Diagnostic? d)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("name", d is null ? "no findings" : VisibleText.At(d.Location));
        xml.WriteAttributeString("classname", SuiteName(rule));
        if (d is not null)
        {
            var outcome = Outcome(d);
            if (outcome == "skipped")
            {
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", VisibleText.Of($"suppressed: {d.Suppression!.Justification}"));
                xml.WriteEndElement();
            }
            else if (outcome is "failure" or "error")
            {
                xml.WriteStartElement(outcome);
                xml.WriteAttributeString("message", VisibleText.Of(d.Message));
                xml.WriteAttributeString("type", TextReporter.SeverityName(d.Severity));
                xml.WriteString(Details(d));
                xml.WriteEndElement();
            }
            else
            {
                xml.WriteElementString("system-out", Details(d));
            }
        }

        xml.WriteEndElement();
    }

    private static string SuiteName(RuleDescriptor rule) => VisibleText.Of($"{rule.Id} {rule.Name}");

    /// <summary>The finding as the text format writes it, related locations included.</summary>
    private static string Details(Diagnostic d) =>
        string.Join('\n', d.RelatedLocations.Select(TextReporter.RelatedLine).Prepend(TextReporter.FindingLine(d)));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

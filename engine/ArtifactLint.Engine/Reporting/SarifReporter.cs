using System.Text.Encodings.Web;
using System.Text.Json;
using ArtifactLint.Api;

namespace ArtifactLint.Reporting;

/// <summary>
/// SARIF 2.1.0 (validated against the OASIS schema in the tests). Paths are relative to the git root through
/// <c>uriBaseId</c> <c>SRCROOT</c>; suppressed findings are kept with their justification, as code scanning expects.
/// </summary>
internal sealed class SarifReporter : IReporter
{
    private const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private const string SourceRoot = "SRCROOT";

    // Messages quote values ('G-9'): the default encoder would write \u0027 for every quote. Source generation cannot set an encoder.
    private static readonly SarifJson Json =
        new(new JsonSerializerOptions(SarifJson.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public void Write(Report report, TextWriter writer)
    {
        writer.Write(JsonSerializer.Serialize(Log(report), Json.SarifLog));
        writer.Write('\n');
    }

    /// <summary>A folder's file URI with the trailing slash SARIF requires of a base URI.</summary>
    public static string FolderUri(string folder)
    {
        var uri = new Uri(Path.GetFullPath(folder)).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }

    private static SarifLog Log(Report report)
    {
        var rules = new SarifRules(report);
        var fingerprints = SarifFingerprints.Compute(report);
        var run = new SarifRun(
            Tool: new SarifTool(rules.Driver()),
            Invocations: [new SarifInvocation(!report.Result.ToolFailed && !report.Result.ConfigFailed)],
            OriginalUriBaseIds: new Dictionary<string, SarifArtifactLocation> { [SourceRoot] = new(FolderUri(report.SourceRoot)) },
            ColumnKind: "utf16CodeUnits",
            Results: [.. report.Result.Diagnostics.Select((d, i) => Result(report, rules, d, fingerprints[i]))]);
        return new SarifLog(SchemaUri, "2.1.0", [run]);
    }

    private static SarifResult Result(Report report, SarifRules rules, Diagnostic d, string fingerprint) => new()
    {
        RuleId = d.Id,
        RuleIndex = rules.IndexOf(d.Descriptor),
        Level = SarifRules.Level(d.Severity),

        // Compared with REV's findings, what is reported is what REV did not have.
        BaselineState = report.Result.Known is null ? null : "new",
        Message = Message(d),
        Locations = [At(report, d.Location)],
        RelatedLocations = d.RelatedLocations.Count == 0
            ? null
            : [.. d.RelatedLocations.Select((r, i) => At(report, r.Location) with { Id = i + 1, Message = new(r.Message) })],
        PartialFingerprints = new Dictionary<string, string> { [SarifFingerprints.Key] = fingerprint },
        Suppressions = d.Suppression is { } suppression
            ? [new SarifSuppression("inSource", suppression.Justification, At(report, suppression.Location))]
            : null,
        Fixes = d.Fix is null && d.Suggestions.Count == 0
            ? null
            : [.. (d.Fix is { } fix ? [fix] : Array.Empty<Fix>()).Concat(d.Suggestions).Select(f => FixOf(report, f))],
    };

    // Each file's edits as replacements; SARIF counts an empty deleted region as an insertion point.
    private static SarifFix FixOf(Report report, Fix fix) =>
        new(new SarifMessage(fix.Title), [.. fix.Edits.GroupBy(e => e.Location.Path).Select(file => new SarifArtifactChange(
            new SarifArtifactLocation(RelativeUri(report.RepositoryPath(file.Key)), SourceRoot),
            [.. file.Select(e => new SarifReplacement(
                new SarifRegion(e.Location.Line, e.Location.Column, e.Location.EndLine, e.Location.EndColumn),
                e.NewText.Length == 0 ? null : new SarifArtifactContent(e.NewText)))]))]);

    // The rule's message by id, with its arguments (SARIF §3.11.7), and the text for viewers that do not look it up.
    private static SarifMessage Message(Diagnostic d) =>
        d.MessageId is null || d.Descriptor.Messages.Find(d.MessageId) is null
            ? new(d.Message)
            : new(d.Message, d.MessageId, d.Arguments.Count > 0 ? d.Arguments : null);

    private static SarifLocation At(Report report, Location location)
    {
        // An empty span is an insertion point in SARIF, which viewers (code scanning, VS Code) draw as nothing:
        // mark the one character at the position instead.
        var empty = location.EndLine == location.Line && location.EndColumn <= location.Column;
        var region = new SarifRegion(location.Line, location.Column, location.EndLine, empty ? location.Column + 1 : location.EndColumn);
        var file = new SarifArtifactLocation(RelativeUri(report.RepositoryPath(location.Path)), SourceRoot);
        return new SarifLocation { PhysicalLocation = new(file, region) };
    }

    private static string RelativeUri(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}

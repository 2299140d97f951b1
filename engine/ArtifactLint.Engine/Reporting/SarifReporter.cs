using System.Text;
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

    public void Write(Report report, TextWriter writer)
    {
        var rules = new SarifRules(report);
        var fingerprints = SarifFingerprints.Compute(report);
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            rules.WriteDriver(json);
            json.WriteEndObject();
            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", !report.Result.ToolFailed && !report.Result.ConfigFailed);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", FolderUri(report.SourceRoot));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            for (var i = 0; i < report.Result.Diagnostics.Count; i++)
            {
                WriteResult(json, report, rules, report.Result.Diagnostics[i], fingerprints[i]);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    /// <summary>A folder's file URI with the trailing slash SARIF requires of a base URI.</summary>
    public static string FolderUri(string folder)
    {
        var uri = new Uri(Path.GetFullPath(folder)).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }

    private static void WriteResult(Utf8JsonWriter json, Report report, SarifRules rules, Diagnostic d, string fingerprint)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Id);
        json.WriteNumber("ruleIndex", rules.IndexOf(d.Descriptor));
        json.WriteString("level", SarifRules.Level(d.Severity));
        if (report.Result.Known is not null)
        {
            // Compared with REV's findings, what is reported is what REV did not have.
            json.WriteString("baselineState", "new");
        }

        WriteMessage(json, d);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(json, report, d.Location);
        json.WriteEndObject();
        json.WriteEndArray();
        if (d.RelatedLocations.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            for (var i = 0; i < d.RelatedLocations.Count; i++)
            {
                json.WriteStartObject();
                json.WriteNumber("id", i + 1);
                WritePhysicalLocation(json, report, d.RelatedLocations[i].Location);
                WriteMessage(json, d.RelatedLocations[i].Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString(SarifFingerprints.Key, fingerprint);
        json.WriteEndObject();
        if (d.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            json.WriteString("justification", suppression.Justification);
            json.WriteStartObject("location");
            WritePhysicalLocation(json, report, suppression.Location);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, Report report, Location location)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", RelativeUri(report.RepositoryPath(location.Path)));
        json.WriteString("uriBaseId", SourceRoot);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.Line);
        json.WriteNumber("startColumn", location.Column);
        json.WriteNumber("endLine", location.EndLine);

        // An empty span is an insertion point in SARIF, which viewers (code scanning, VS Code) draw as nothing:
        // mark the one character at the position instead.
        var empty = location.EndLine == location.Line && location.EndColumn <= location.Column;
        json.WriteNumber("endColumn", empty ? location.Column + 1 : location.EndColumn);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    // The rule's message by id, with its arguments (SARIF §3.11.7), and the text for viewers that do not look it up.
    private static void WriteMessage(Utf8JsonWriter json, Diagnostic d)
    {
        if (d.MessageId is null || d.Descriptor.Messages.Find(d.MessageId) is null)
        {
            WriteMessage(json, d.Message);
            return;
        }

        json.WriteStartObject("message");
        json.WriteString("text", d.Message);
        json.WriteString("id", d.MessageId);
        if (d.Arguments.Count > 0)
        {
            json.WriteStartArray("arguments");
            foreach (var argument in d.Arguments)
            {
                json.WriteStringValue(argument);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string text)
    {
        json.WriteStartObject("message");
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string RelativeUri(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}

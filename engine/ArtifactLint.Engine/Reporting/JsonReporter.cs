using System.Text.Json;
using ArtifactLint.Api;

namespace ArtifactLint.Reporting;

/// <summary>The JSON report, shaped as <c>schemas/report.schema.json</c> says; the shape is stable.</summary>
internal sealed class JsonReporter : IReporter
{
    public void Write(Report report, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,

            // Messages quote values ('G-9'); the default encoder would write \u0027 for every quote.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartObject("summary");
            json.WriteNumber("errors", report.Count(Severity.Error));
            json.WriteNumber("warnings", report.Count(Severity.Warning));
            json.WriteNumber("infos", report.Count(Severity.Info));
            json.WriteNumber("documents", report.Result.DocumentCount);
            json.WriteNumber("rules", report.Result.RuleCount);
            if (report.Result.Known is { } known)
            {
                json.WriteStartObject("newSince");
                json.WriteString("revision", known.Revision);
                json.WriteNumber("alreadyThere", known.Hidden);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartArray("findings");
            foreach (var d in report.Findings)
            {
                json.WriteStartObject();
                WriteLocation(json, d.Location);
                json.WriteString("severity", TextReporter.SeverityName(d.Severity));
                json.WriteString("ruleId", d.Id);
                json.WriteString("ruleName", d.Descriptor.Name);
                json.WriteString("message", d.Message);
                if (d.ArtifactId is not null)
                {
                    json.WriteString("artifactId", d.ArtifactId);
                }

                if (d.Property is not null)
                {
                    json.WriteString("property", d.Property);
                }

                if (d.Fix is { } fix)
                {
                    json.WritePropertyName("fix");
                    WriteFix(json, fix);
                }

                if (d.Suggestions.Count > 0)
                {
                    json.WriteStartArray("suggestions");
                    foreach (var suggestion in d.Suggestions)
                    {
                        WriteFix(json, suggestion);
                    }

                    json.WriteEndArray();
                }

                json.WriteStartArray("related");
                foreach (var related in d.RelatedLocations)
                {
                    json.WriteStartObject();
                    WriteLocation(json, related.Location);
                    json.WriteString("message", related.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    private static void WriteFix(Utf8JsonWriter json, Fix fix)
    {
        json.WriteStartObject();
        json.WriteString("title", fix.Title);
        json.WriteStartArray("edits");
        foreach (var edit in fix.Edits)
        {
            json.WriteStartObject();
            WriteLocation(json, edit.Location);
            json.WriteString("text", edit.NewText);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, Location location)
    {
        json.WriteString("path", location.Path);
        json.WriteNumber("line", location.Line);
        json.WriteNumber("column", location.Column);
        json.WriteNumber("endLine", location.EndLine);
        json.WriteNumber("endColumn", location.EndColumn);
    }
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArtifactLint.Files;

namespace ArtifactLint.Baselines;

/// <summary>Writes a baseline as sorted, stable, indented JSON (LF line ends, every field present) so it diffs well.</summary>
internal static class BaselineWriter
{
    public const int Version = 1;

    /// <summary>Writes the baseline; one that cannot be written is a usage error naming <paramref name="shown"/>.</summary>
    public static void Write(string shown, string fullPath, IReadOnlyList<BaselineEntry> entries)
    {
        var json = ToJson(entries);
        AtomicFile.WriteRequested("baseline", shown, fullPath, w => w.Write(json));
    }

    public static string ToJson(IReadOnlyList<BaselineEntry> entries)
    {
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteStartArray("entries");
            foreach (var (key, count) in entries.OrderBy(e => e.Key))
            {
                json.WriteStartObject();
                json.WriteString("path", key.Path);
                json.WriteString("ruleId", key.RuleId);
                json.WriteString("artifactId", key.ArtifactId);
                json.WriteString("property", key.Property);
                json.WriteString("value", key.Value);
                json.WriteNumber("count", count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}

using System.Text.Json;

namespace ArtifactLint.Running;

/// <summary>
/// The files a team's schemas refer to (<c>$ref</c> to another file, relative to the referring file, as NJsonSchema
/// resolves them), and the files those refer to, for the run cache's digest: a shared definitions file edited changes
/// what a lint finds as much as the schema itself.
/// </summary>
internal static class SchemaReferences
{
    // Far more than any schema set has; a reference loop stops at the files already seen anyway.
    private const int MostFiles = 1000;

    /// <summary><paramref name="schemas"/> and every file they refer to, directly or not, each once, in the order found.</summary>
    public static IReadOnlyList<string> Closure(IEnumerable<string> schemas)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(schemas);
        var files = new List<string>();
        while (queue.TryDequeue(out var file) && files.Count < MostFiles)
        {
            if (!seen.Add(file))
            {
                continue;
            }

            files.Add(file);
            foreach (var referenced in ReferencesOf(file))
            {
                queue.Enqueue(referenced);
            }
        }

        return files;
    }

    // A file that cannot be read or parsed refers to nothing here: the run says what is wrong with it.
    private static IEnumerable<string> ReferencesOf(string file)
    {
        var info = new FileInfo(file);
        if (!info.Exists || info.Length > Files.FileSizeLimit.Default.Bytes || Loading.FileProbe.Status(file, followLinks: true) is not { Type: Loading.FileType.Regular })
        {
            return [];
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(file), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var found = new List<string>();
            Collect(json.RootElement, Path.GetDirectoryName(file)!, found);
            return found;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            return [];
        }
    }

    private static void Collect(JsonElement element, string folder, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "$ref" && property.Value.ValueKind == JsonValueKind.String
                        && property.Value.GetString() is { Length: > 0 } reference && reference[0] != '#' && !reference.Contains("://", StringComparison.Ordinal))
                    {
                        var path = reference.Split('#')[0];
                        found.Add(Path.GetFullPath(Uri.UnescapeDataString(path), folder));
                    }
                    else
                    {
                        Collect(property.Value, folder, found);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, folder, found);
                }

                break;
        }
    }
}

using ArtifactLint.Files;
using ArtifactLint.Loading;
using ArtifactLint.Schemas;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

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

    /// <summary>
    /// <paramref name="schemas"/> and every file they refer to, directly or not, each once, in the order found;
    /// <paramref name="complete"/> is false when there were more than this looks at.
    /// </summary>
    public static IReadOnlyList<string> Closure(IEnumerable<string> schemas, out bool complete)
    {
        var seen = new HashSet<string>(FileNames.Comparer);
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

        complete = queue.Count == 0;
        return files;
    }

    // Read and parsed as the schema loader does (a byte order mark, single quotes and comments read alike). A file that
    // cannot be read or parsed refers to nothing here: the run says what is wrong with it.
    private static IEnumerable<string> ReferencesOf(string file)
    {
        if (TextFileReader.Read(file, file, FileSizeLimit.Default).Text is not { } text)
        {
            return [];
        }

        try
        {
            var found = new List<string>();
            Collect(JToken.Parse(text, JsonLineInfo.LoadSettings), Path.GetDirectoryName(file)!, found);
            return found;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or UriFormatException)
        {
            return [];
        }
    }

    private static void Collect(JToken token, string folder, List<string> found)
    {
        switch (token)
        {
            case JObject map:
                foreach (var property in map.Properties())
                {
                    if (property.Name == "$ref" && property.Value is JValue { Type: JTokenType.String, Value: string { Length: > 0 } reference }
                        && reference[0] != '#' && !reference.Contains("://", StringComparison.Ordinal))
                    {
                        found.Add(Path.GetFullPath(Uri.UnescapeDataString(reference.Split('#')[0]), folder));
                    }
                    else
                    {
                        Collect(property.Value, folder, found);
                    }
                }

                break;
            case JArray list:
                foreach (var item in list)
                {
                    Collect(item, folder, found);
                }

                break;
        }
    }
}

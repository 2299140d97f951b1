using System.Text.RegularExpressions;
using ArtifactLint.Api;
using ArtifactLint.Loading;
using ArtifactLint.Schemas;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ArtifactLint.Diagnostics;
using ArtifactLint.Files;

namespace ArtifactLint.Baselines;

/// <summary>Reads a baseline file; anything wrong with it is one AL0013 at its place in the file.</summary>
internal static partial class BaselineReader
{
    // A baseline holds about 150 bytes a finding: this is room for a million findings.
    private static readonly FileSizeLimit Limit = new(256L * 1024 * 1024, "256MB");

    private static readonly string[] TextFields = ["path", "ruleId"];
    private static readonly string[] OptionalFields = ["artifactId", "property", "value"];

    /// <param name="fullPath">The file.</param>
    /// <param name="displayPath">The file as diagnostics show it (relative to the workspace root).</param>
    /// <param name="state">The repository state it is read from (<c>--staged</c>, a commit), or null for the disk.</param>
    public static (IReadOnlyList<BaselineEntry>? Entries, Diagnostic? Error) Read(string fullPath, string displayPath, RepositoryState? state = null)
    {
        if (!(state?.FileExists(fullPath) ?? File.Exists(fullPath)) && !(state?.FolderExists(fullPath) ?? Directory.Exists(fullPath)))
        {
            return Error(Location.StartOf(displayPath), "the file does not exist; create it with --update-baseline");
        }

        // Read as a document is: a pipe or a link to a device in the repository is refused, not read forever.
        var read = TextFileReader.Read(fullPath, displayPath, Limit, state: state);
        if (read.Text is not { } text)
        {
            return Error(Location.StartOf(displayPath), read.Diagnostic!.Message);
        }

        JToken json;
        try
        {
            json = JToken.Parse(text, JsonLineInfo.LoadSettings);
        }
        catch (JsonReaderException e)
        {
            // Newtonsoft's position counts the characters read before the offending one.
            var location = Location.At(displayPath, Math.Max(1, e.LineNumber), e.LinePosition + 1);
            // The parser names the character it met, which may be a NUL or another control character.
            var reason = new string(NewtonsoftPosition().Replace(e.Message, string.Empty).TrimEnd('.', ' ').Select(c => char.IsControl(c) ? '?' : c).ToArray());
            return Error(location, $"it is not valid JSON ({reason})");
        }

        var entries = new Dictionary<BaselineKey, int>();
        if (Check(json, entries) is var (token, problem))
        {
            var (line, column, length) = JsonLineInfo.ValueOf(token);
            return Error(new Location(displayPath, line, column, line, column + length), problem);
        }

        return (entries.Select(e => new BaselineEntry(e.Key, e.Value)).OrderBy(e => e.Key).ToArray(), null);
    }

    private static (JToken Token, string Problem)? Check(JToken json, Dictionary<BaselineKey, int> entries)
    {
        if (json is not JObject root)
        {
            return (json, "it must be a JSON object with 'version' and 'entries'");
        }

        if (root["version"] is not JValue { Value: (long)BaselineWriter.Version })
        {
            return (root["version"] ?? root, $"'version' must be {BaselineWriter.Version}");
        }

        if (root["entries"] is not JArray list)
        {
            return (root["entries"] ?? root, "'entries' must be a list");
        }

        foreach (var item in list)
        {
            if (CheckEntry(item, entries) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static (JToken Token, string Problem)? CheckEntry(JToken item, Dictionary<BaselineKey, int> entries)
    {
        if (item is not JObject entry)
        {
            return (item, "each entry must be an object with path, ruleId, artifactId, property, value and count");
        }

        foreach (var field in TextFields)
        {
            if (entry[field] is not JValue { Type: JTokenType.String })
            {
                return (entry[field] ?? entry, entry[field] is null ? $"the entry has no '{field}'" : $"'{field}' must be text");
            }
        }

        foreach (var field in OptionalFields)
        {
            if (entry[field] is { Type: not (JTokenType.String or JTokenType.Null) } wrong)
            {
                return (wrong, $"'{field}' must be text or null");
            }
        }

        if (entry["count"] is not JValue { Value: long count } || count < 1)
        {
            return (entry["count"] ?? entry, "'count' must be a whole number of at least 1");
        }

        var key = new BaselineKey((string)entry["path"]!, (string)entry["ruleId"]!, (string?)entry["artifactId"], (string?)entry["property"], (string?)entry["value"]);
        entries[key] = (int)Math.Min(int.MaxValue, entries.GetValueOrDefault(key) + count);
        return null;
    }

    private static (IReadOnlyList<BaselineEntry>?, Diagnostic?) Error(Location location, string problem) =>
        (null, new Diagnostic(
            EngineRules.BaselineError,
            EngineRules.BaselineError.DefaultSeverity,
            location,
            $"the baseline cannot be used: {problem}. This run reports every finding; fix the file or rewrite it with --update-baseline"));

    // The location is already in the diagnostic; Newtonsoft's " Path 'x', line 3, position 5." would repeat it.
    [GeneratedRegex(@"\s*Path '[^']*'(, line \d+, position \d+)?\.?\s*$")]
    private static partial Regex NewtonsoftPosition();
}

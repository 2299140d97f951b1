using System.Globalization;
using System.Text.RegularExpressions;
using ArtifactLint.Loading;
using ArtifactLint.Files;

namespace ArtifactLint.Testing;

/// <summary>
/// Reads the expected findings written into a fixture (PRODUCT.md §7): <c># expect: ID</c> in YAML and
/// <c>// expect: ID</c> in .csx apply to their own line; <c>&lt;!-- expect: ID --&gt;</c> alone on a line applies
/// to the next non-blank line, trailing a line to that line; <c>expected.txt</c> holds <c>path:line: ID</c>.
/// Each marker lists findings separated by commas, each <c>ID[:column][@message-id]</c> (<c>AL4001:11@over-capacity</c>).
/// </summary>
internal static partial class ExpectationReader
{
    public const string ExpectedFile = "expected.txt";

    public static IReadOnlyList<Expectation> Read(string fixtureRoot, IEnumerable<string> relativeFiles)
    {
        var expectations = new List<Expectation>();
        foreach (var file in relativeFiles)
        {
            var full = Path.Combine(fixtureRoot, file);
            if (Path.GetFileName(file) == ExpectedFile)
            {
                expectations.AddRange(ReadExpectedFile(Path.GetDirectoryName(file)!.Replace('\\', '/'), full));
            }
            else if (file.EndsWith(".md", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal)
                || file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".csx", StringComparison.Ordinal))
            {
                // A file that cannot be read as text (a link to a device, a binary) has no markers; the fixture's lint reports it.
                var text = TextFileReader.Read(full, file, FileSizeLimit.Default).Text;
                expectations.AddRange(ReadMarkers(file, text is null ? [] : text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray()));
            }
        }

        return expectations;
    }

    public static IEnumerable<Expectation> ReadMarkers(string path, IReadOnlyList<string> lines)
    {
        var pendingHtml = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var html = HtmlMarker().Match(line);
            if (html.Success && line.Trim() == html.Value.Trim())
            {
                pendingHtml.Add(html.Groups[1].Value);
                continue;
            }

            if (pendingHtml.Count > 0 && line.Trim().Length > 0)
            {
                foreach (var ids in pendingHtml)
                {
                    foreach (var e in Parse(path, i + 1, ids))
                    {
                        yield return e;
                    }
                }

                pendingHtml.Clear();
            }

            var trailing = html.Success ? html : LineMarker().Match(line);
            if (trailing.Success)
            {
                foreach (var e in Parse(path, i + 1, trailing.Groups[1].Value))
                {
                    yield return e;
                }
            }
        }
    }

    private static IEnumerable<Expectation> ReadExpectedFile(string folder, string file)
    {
        var text = TextFileReader.Read(file, ExpectedFile, FileSizeLimit.Default);
        foreach (var raw in (text.Text ?? throw new FormatException($"{file}: {text.Diagnostic!.Message}")).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var match = ExpectedLine().Match(line);
            if (!match.Success)
            {
                throw new FormatException($"{file}: '{line}' is not of the form 'path:line: ID', 'path:line:col: ID' or either with '@message-id' after the ID");
            }

            var path = folder.Length == 0 ? match.Groups[1].Value : $"{folder}/{match.Groups[1].Value}";
            int? column = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : null;
            var messageId = match.Groups[5].Success ? match.Groups[5].Value : null;
            yield return new Expectation(path, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), match.Groups[4].Value, column, messageId);
        }
    }

    private static IEnumerable<Expectation> Parse(string path, int line, string ids) =>
        ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(entry =>
        {
            var match = Marker().Match(entry);
            if (!match.Success)
            {
                throw new FormatException($"{path}:{line}: '{entry}' is not an expected finding: write ID, ID:column, ID@message-id or ID:column@message-id");
            }

            int? column = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : null;
            return new Expectation(path, line, match.Groups[1].Value, column, match.Groups[3].Success ? match.Groups[3].Value : null);
        });

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9_.-]*)(?::(\d+))?(?:@([a-z0-9][a-z0-9-]*))?$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"<!--\s*expect:\s*([^>]*?)\s*-->")]
    private static partial Regex HtmlMarker();

    [GeneratedRegex(@"(?:#|//)\s*expect:\s*([A-Za-z0-9_:@., -]+?)\s*$")]
    private static partial Regex LineMarker();

    [GeneratedRegex(@"^(.+?):(\d+):(?:(\d+):)?\s*([A-Za-z][A-Za-z0-9_-]*)(?:@([a-z0-9][a-z0-9-]*))?$")]
    private static partial Regex ExpectedLine();
}

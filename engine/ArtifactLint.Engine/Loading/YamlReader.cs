using ArtifactLint.Api;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;

namespace ArtifactLint.Loading;

/// <summary>
/// Reads a YAML text (a front matter, or <c>.artifactlint.yml</c>) into JSON values under the YAML 1.2
/// core schema, with the file position of every key and value. Bad YAML becomes AL0001 diagnostics at
/// the exact position; this never throws for a user's text.
/// </summary>
internal static class YamlReader
{
    /// <param name="path">The file's workspace-relative path, for diagnostics and comment locations.</param>
    /// <param name="yaml">The YAML text (for a front matter: the lines between the <c>---</c> markers).</param>
    /// <param name="firstLine">The 1-based file line of the text's first line, so every span is a file position.</param>
    public static YamlReadResult Read(string path, string yaml, int firstLine)
    {
        var quoted = new List<(long Start, long End)>();
        if (FastYamlReader.TryRead(yaml, firstLine, quoted) is { } simple)
        {
            return new YamlReadResult(simple, YamlSourceScanner.Comments(path, yaml, firstLine, quoted), []);
        }

        return ReadAnyYaml(path, yaml, firstLine);
    }

    /// <summary>Reads the text with YamlDotNet, whatever YAML it is (<see cref="Read"/> first tries <see cref="FastYamlReader"/>).</summary>
    internal static YamlReadResult ReadAnyYaml(string path, string yaml, int firstLine)
    {
        var diagnostics = new List<Diagnostic>();
        var builder = new YamlTreeBuilder(new Parser(new StringReader(yaml)), path, firstLine, diagnostics);
        JToken? root = null;
        try
        {
            root = builder.Build();
        }
        catch (YamlStop)
        {
            // The builder has reported why it stopped.
        }
        catch (Exception exception)
        {
            diagnostics.Add(Describe(exception, path, yaml, firstLine, builder));
        }

        var comments = YamlSourceScanner.Comments(path, yaml, firstLine, builder.TextRanges);
        return diagnostics.Count == 0
            ? new YamlReadResult(root, comments, [])
            : new YamlReadResult(null, comments, diagnostics);
    }

    private static Diagnostic Describe(Exception exception, string path, string yaml, int firstLine, YamlTreeBuilder builder)
    {
        var (line, column, message) = YamlErrors.Describe(exception, yaml, builder.TextRanges, builder.OpenFlow, builder.LastMark);
        var lines = yaml.Split('\n');
        var fix = line >= 1 && line <= lines.Length ? PlainScalarQuoting.For(path, firstLine + (int)line - 1, lines[line - 1].TrimEnd('\r')) : null;
        return LoadingDiagnostics.Yaml(path, firstLine + (int)line - 1, (int)column, message) with { Fix = fix };
    }
}

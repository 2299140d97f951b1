using ArtifactLint.Api;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Loading;

/// <summary>
/// Turns a document's text into a <see cref="Document"/>: front matter (found before Markdig, read with
/// positions) and body outline (one Markdig parse, when first asked for). Thread-safe; never throws for a user's text.
/// </summary>
internal static class DocumentParser
{
    private const int FrontMatterLine = 1;

    /// <param name="path">The workspace-relative path, with <c>/</c>.</param>
    /// <param name="text">The file's text; a leading byte order mark is dropped.</param>
    public static ParseResult Parse(string path, string text)
    {
        text = Normalized(text);
        var diagnostics = new List<Diagnostic>();
        var bounds = FrontMatterLocator.Find(text);
        var frontMatter = bounds is { } found ? ReadFrontMatter(path, text, found, diagnostics) : null;
        if (bounds is null && FrontMatterMistakes.MisspeltOpening(text) is { } misspelt)
        {
            diagnostics.Add(LoadingDiagnostics.Yaml(path, FrontMatterLine, 1, misspelt));
        }

        var bodyLine = bounds is { IsClosed: true } closed ? BodyLine(text, closed) : 0;
        var document = new Document(path, text, frontMatter, bodyLine, MarkdigOutlines.Instance)
        {
            HasUnreadFrontMatter = frontMatter is null && diagnostics.Count > 0,
            HasOpenFrontMatter = bounds is { IsClosed: false },
        };
        return new ParseResult(document, diagnostics);
    }

    /// <summary>The text a document holds of a file's text: without a byte order mark, and a lone <c>\r</c> as <c>\n</c>.</summary>
    public static string Normalized(string text) =>
        LineBreaks.WithoutLoneCarriageReturns(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text);

    // The 0-based line after the closing marker: the closing marker's line is the number of '\n' before it.
    private static int BodyLine(string text, FrontMatterBounds bounds) =>
        text.AsSpan(0, bounds.YamlEnd).Count('\n') + 1;

    private static FrontMatter? ReadFrontMatter(string path, string text, FrontMatterBounds bounds, List<Diagnostic> diagnostics)
    {
        if (!bounds.IsClosed)
        {
            diagnostics.Add(LoadingDiagnostics.Yaml(
                path,
                FrontMatterLine,
                1,
                $"the front matter opened at line {FrontMatterLine} is never closed: add a line with --- after its last property"));
            return null;
        }

        if (FrontMatterMistakes.SwallowedBody(text, bounds) is { } swallowed)
        {
            diagnostics.Add(LoadingDiagnostics.Yaml(path, FrontMatterLine, 1, swallowed));
            return null;
        }

        var yaml = text[bounds.YamlStart..bounds.YamlEnd];
        var result = YamlReader.Read(path, yaml, FrontMatterLine + 1);
        diagnostics.AddRange(result.Diagnostics);
        switch (result.Root)
        {
            case JObject root when result.Diagnostics.Count == 0:
                return new FrontMatter(path, FrontMatterLine, root, result.Comments);
            case null when result.Diagnostics.Count == 0:
                return new FrontMatter(path, FrontMatterLine, new JObject(), result.Comments);
            case { } other:
                ISpannedToken.TryGet(other, out var span);
                var found = other is JArray ? "it is a list" : "it is a single value";
                diagnostics.Add(LoadingDiagnostics.Yaml(
                    path,
                    span.Line,
                    span.Column,
                    $"front matter must be a mapping of properties (one 'name: value' per line), but {found}"));
                return null;
            default:
                return null;
        }
    }
}

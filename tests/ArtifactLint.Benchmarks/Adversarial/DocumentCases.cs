namespace ArtifactLint.Benchmarks.Adversarial;

/// <summary>
/// One document of <c>size</c> bytes (just under the default max_file_size when 9.9 MB) in every shape that
/// a linter may handle in more than linear time: a long value, key, line, or very many short lines or items.
/// </summary>
internal static class DocumentCases
{
    // What the front matter around the attacked part takes, so that each document is close to its size.
    private const int Margin = 200;

    private const int ListItems = 9_900;

    public static IEnumerable<AdversarialCase> All(int size)
    {
        var length = Math.Max(1, size - Margin);
        yield return One("status-value", "an invalid status as long as the document (did-you-mean, quoting)",
            r => Front.Item("PB-1").Body().Replace("status: new", "status: " + Filler.Letters(r, length), StringComparison.Ordinal));
        yield return One("title-value", "a valid title as long as the document",
            r => Front.Item("PB-1").Body().Replace("title: Item PB-1", "title: " + Filler.Letters(r, length), StringComparison.Ordinal));
        yield return One("quoted-value", "an invalid status in double quotes, full of escapes",
            r => Front.Item("PB-1").Body().Replace("status: new", "status: \"" + Filler.Repeat("a\\tb\\u00e9 ", length) + "\"", StringComparison.Ordinal));
        yield return One("long-key", "an unknown property whose explicit key is as long as the document",
            r => Front.Item("PB-1").Body().Replace("---\nid:", "---\n? " + Filler.Letters(r, length) + "\n: x\nid:", StringComparison.Ordinal));
        yield return One("key-1000", "an unknown property with the longest plain key YAML allows (did-you-mean on keys)",
            r => Front.Item("PB-1").Field(Filler.Letters(r, 1000), "x").Body());
        yield return One("body-prose", "a body of ordinary 80-character lines",
            r => BodyReader().Body(Filler.Prose(r, length, 80)));
        yield return One("tiny-lines", "a body of one-character lines",
            _ => BodyReader().Body(Filler.Repeat("x\n", length)));
        yield return One("single-line", "a body that is one line of words and links",
            r => BodyReader().Body(Filler.Repeat("see [the export](https://example.com/export) *now* and ", length) + "\n"));
        yield return One("criteria", "a done item with one unchecked acceptance criterion per line",
            _ => Front.Item("PB-1", "done", "story").Field("estimate", "3").Field("goals", "[G-1]")
                .Body("## Acceptance criteria\n" + Filler.Repeat("- [ ] x\n", length)));
        yield return One("headings", "a body of headings",
            _ => BodyReader().Body(Filler.Repeat("## Acceptance criteria\n", length)));
        yield return One("suppression-comments", "a body that is one line of suppression comments",
            _ => BodyReader().Body(Filler.Repeat("<!-- artifactlint-disable-line AL2001 -- x --> ", length) + "\n"));
        yield return One("comment-lines", "a front matter of comment lines",
            _ => Front.Item("PB-1").Body().Replace("---\nid:", "---\n" + Filler.Repeat("# c\n", length) + "id:", StringComparison.Ordinal));
        // 9,900 items: just under the 10,000 values a front matter may hold.
        yield return One("flow-list", "labels as one flow list of 9,900 long items on one line",
            r => Front.Item("PB-1").Field("labels", "[" + string.Join(", ", Enumerable.Range(0, ListItems).Select(_ => Filler.Letters(r, length / ListItems - 2))) + "]").Body());
        yield return One("block-list", "labels as a block list of 9,900 long items",
            r => Front.Item("PB-1").List("labels", Enumerable.Range(0, ListItems).Select(_ => Filler.Letters(r, length / ListItems - 5))).Body());
        yield return One("nested", "a mapping nested as deep as it can go in flow style",
            _ => Front.Item("PB-1").Field("extra", new string('[', length / 2) + new string(']', length / 2)).Body());
    }

    /// <summary>The size limit's own cases: refused before they are read.</summary>
    public static IEnumerable<AdversarialCase> TooLarge(int size)
    {
        yield return One("status-value-over-limit", "an invalid status in a document over max_file_size",
            r => Front.Item("PB-1").Body().Replace("status: new", "status: " + Filler.Letters(r, size), StringComparison.Ordinal));
    }

    // A ready story: AL2001 looks for its acceptance criteria, so its body is parsed.
    private static Front BodyReader() => Front.Item("PB-1", "ready", "story").Field("estimate", "3").Field("goals", "[G-1]");

    private static AdversarialCase One(string name, string attack, Func<Random, string> document) =>
        new(name, attack, r => [("goals/G-1.md", Front.Goal("G-1")), ("backlog/PB-1.md", document(r))]);
}

using System.Numerics;
using ArtifactLint.Api;
using ArtifactLint.Diagnostics;
using ArtifactLint.Loading;

namespace ArtifactLint.Running;

/// <summary>
/// One document's steps (read, parse, kind, schema) in the binary form <see cref="DocumentCache"/> keeps: what a
/// released document holds (<see cref="Document.Released"/>), its front matter's values with their spans, its comments,
/// kind, invalid fields and engine findings (with their fixes), and last its outline once a rule had it built (<see cref="WithOutline"/>).
/// Reading throws <see cref="InvalidDataException"/> on anything it did not write.
/// </summary>
internal static class DocumentRecord
{
    // How deep values nest: the YAML reader's own limit, so a damaged record cannot recurse without end.
    private const int MostDepth = 64;

    private static readonly Dictionary<string, RuleDescriptor> s_engineRules = EngineRules.All.ToDictionary(r => r.Id, StringComparer.Ordinal);

    private enum Tag : byte
    {
        Null,
        Text,
        Integer,
        Real,
        Decimal,
        False,
        True,
        BigInteger,
        Map,
        List,
    }

    /// <summary>Whether <paramref name="document"/> can be kept: a document released with its diagnostics all the engine's own.</summary>
    public static bool CanKeep(SessionDocument document) =>
        document.Document?.Kept is not null && document.Diagnostics.All(d => s_engineRules.ContainsKey(d.Id) && d.Suppression is null);

    public static void Write(BinaryWriter writer, SessionDocument entry, IReadOnlySet<string> invalidFields)
    {
        var document = entry.Document!;
        var kept = document.Kept!;
        writer.Write(kept.Head.Length);
        writer.Write(kept.Head);
        writer.Write(kept.Length);
        writer.Write(kept.Hash);
        writer.Write(kept.BodyLine);
        writer.Write((byte)((kept.HasUncheckedBox ? 1 : 0) | (kept.MentionsSuppression ? 2 : 0) | (kept.HasUnreadFrontMatter ? 4 : 0) | (kept.HasOpenFrontMatter ? 8 : 0)));
        WriteText(writer, document.Kind);
        writer.Write(document.FrontMatter is not null);
        if (document.FrontMatter is { } frontMatter)
        {
            writer.Write(frontMatter.StartLine);
            WriteMap(writer, frontMatter.Values);
            writer.Write(frontMatter.Comments.Count);
            foreach (var comment in frontMatter.Comments)
            {
                writer.Write(comment.Text);
                WriteLocation(writer, comment.Location);
                writer.Write(comment.IsTrailing);
            }
        }

        writer.Write(invalidFields.Count);
        foreach (var field in invalidFields)
        {
            writer.Write(field);
        }

        writer.Write(entry.Diagnostics.Count);
        foreach (var diagnostic in entry.Diagnostics)
        {
            writer.Write(diagnostic.Id);
            writer.Write((int)diagnostic.Severity);
            WriteLocation(writer, diagnostic.Location);
            writer.Write(diagnostic.Message);
            writer.Write(diagnostic.RelatedLocations.Count);
            foreach (var related in diagnostic.RelatedLocations)
            {
                WriteLocation(writer, related.Location);
                writer.Write(related.Message);
            }

            WriteText(writer, diagnostic.MessageId);
            writer.Write(diagnostic.Arguments.Count);
            foreach (var argument in diagnostic.Arguments)
            {
                writer.Write(argument);
            }

            WriteText(writer, diagnostic.ArtifactId);
            WriteText(writer, diagnostic.Property);
            WriteText(writer, diagnostic.Value);
            writer.Write(diagnostic.Fix is not null);
            if (diagnostic.Fix is { } fix)
            {
                WriteFix(writer, fix);
            }

            writer.Write(diagnostic.Suggestions.Count);
            foreach (var suggestion in diagnostic.Suggestions)
            {
                WriteFix(writer, suggestion);
            }
        }

        // No outline yet: rules build it after the document is kept (WithOutline adds it).
        writer.Write(false);
    }

    /// <summary>
    /// <paramref name="record"/> (as <see cref="Write"/> wrote it, outline-less) with <paramref name="outline"/> of the
    /// document at <paramref name="path"/> in place of its last byte; null when the outline has a place in another file.
    /// </summary>
    public static byte[]? WithOutline(ReadOnlySpan<byte> record, string path, DocumentOutline outline)
    {
        var locations = outline.Headings.Select(h => h.Location).Concat(outline.Tasks.Select(t => t.Location))
            .Concat(outline.Links.Select(l => l.Location)).Concat(outline.Tables.Select(t => t.Location));
        if (record.IsEmpty || record[^1] != 0 || locations.Any(l => l.Path != path))
        {
            return null;
        }

        var stream = new MemoryStream();
        stream.Write(record[..^1]);
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(true);
            WriteOutline(writer, outline);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The document of <paramref name="path"/> as written, its body to be read from <paramref name="files"/>, with its
    /// invalid fields and whether its outline was kept too.
    /// </summary>
    public static (SessionDocument Entry, IReadOnlySet<string> InvalidFields, bool HasOutline) Read(BinaryReader reader, string path, IDocumentFiles files)
    {
        var head = reader.ReadBytes(Count(reader));
        var length = reader.ReadInt32();
        var hash = reader.ReadUInt64();
        var bodyLine = reader.ReadInt32();
        var flags = reader.ReadByte();
        var kind = ReadText(reader);
        FrontMatter? frontMatter = null;
        if (reader.ReadBoolean())
        {
            var startLine = reader.ReadInt32();
            var values = ReadMap(reader, path, 0);
            var comments = new YamlComment[Count(reader)];
            for (var i = 0; i < comments.Length; i++)
            {
                comments[i] = new YamlComment(reader.ReadString(), ReadLocation(reader), reader.ReadBoolean());
            }

            frontMatter = new FrontMatter(path, startLine, values, comments);
        }

        var invalid = new HashSet<string>(StringComparer.Ordinal);
        for (var i = Count(reader); i > 0; i--)
        {
            invalid.Add(reader.ReadString());
        }

        var diagnostics = new Diagnostic[Count(reader)];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var descriptor = s_engineRules.GetValueOrDefault(reader.ReadString()) ?? throw new InvalidDataException("not a finding of the engine");
            var severity = (Severity)reader.ReadInt32();
            if (!Enum.IsDefined(severity))
            {
                throw new InvalidDataException("an unknown severity");
            }

            var location = ReadLocation(reader);
            var message = reader.ReadString();
            var related = new RelatedLocation[Count(reader)];
            for (var j = 0; j < related.Length; j++)
            {
                related[j] = new RelatedLocation(ReadLocation(reader), reader.ReadString());
            }

            var messageId = ReadText(reader);
            var arguments = new string[Count(reader)];
            for (var j = 0; j < arguments.Length; j++)
            {
                arguments[j] = reader.ReadString();
            }

            diagnostics[i] = new Diagnostic(descriptor, severity, location, message)
            {
                RelatedLocations = related,
                MessageId = messageId,
                Arguments = arguments,
                ArtifactId = ReadText(reader),
                Property = ReadText(reader),
                Value = ReadText(reader),
            };
            var fix = reader.ReadBoolean() ? ReadFix(reader) : null;
            var suggestions = new Fix[Count(reader)];
            for (var j = 0; j < suggestions.Length; j++)
            {
                suggestions[j] = ReadFix(reader);
            }

            diagnostics[i] = diagnostics[i] with { Fix = fix, Suggestions = suggestions.Length == 0 ? [] : suggestions };
        }

        var outline = reader.ReadBoolean() ? ReadOutline(reader, path) : null;
        if (reader.BaseStream.Position != reader.BaseStream.Length)
        {
            throw new InvalidDataException("more than a record");
        }

        var kept = new Document.Released(head, length, hash, bodyLine, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0);
        var document = Document.FromKept(path, kept, frontMatter, outline, MarkdigOutlines.Instance, files);
        document.Kind = kind;
        return (new SessionDocument(path, document, diagnostics.Length == 0 ? [] : diagnostics, null), invalid, outline is not null);
    }

    private static void WriteFix(BinaryWriter writer, Fix fix)
    {
        writer.Write(fix.Title);
        writer.Write(fix.Edits.Count);
        foreach (var edit in fix.Edits)
        {
            WriteLocation(writer, edit.Location);
            writer.Write(edit.NewText);
        }
    }

    private static Fix ReadFix(BinaryReader reader)
    {
        var title = reader.ReadString();
        var edits = new TextEdit[Count(reader)];
        for (var i = 0; i < edits.Length; i++)
        {
            edits[i] = new TextEdit(ReadLocation(reader), reader.ReadString());
        }

        return new Fix(title, edits);
    }

    // Locations without the path: every one is in the document's own file (WithOutline keeps no other).
    private static void WriteOutline(BinaryWriter writer, DocumentOutline outline)
    {
        var sections = new Dictionary<Heading, int>(ReferenceEqualityComparer.Instance);
        writer.Write(outline.Headings.Count);
        foreach (var heading in outline.Headings)
        {
            sections.TryAdd(heading, sections.Count);
            writer.Write(heading.Level);
            writer.Write(heading.Text);
            WriteSpan(writer, heading.Location);
        }

        writer.Write(outline.Tasks.Count);
        foreach (var task in outline.Tasks)
        {
            writer.Write(task.Text);
            writer.Write(task.IsChecked);
            WriteSpan(writer, task.Location);
            // A task under a heading of another outline (none is) would lose its section: it is kept as under none.
            writer.Write(task.Section is { } section && sections.TryGetValue(section, out var index) ? index : -1);
        }

        writer.Write(outline.Links.Count);
        foreach (var link in outline.Links)
        {
            writer.Write(link.Text);
            writer.Write(link.Url);
            WriteSpan(writer, link.Location);
        }

        writer.Write(outline.Tables.Count);
        foreach (var table in outline.Tables)
        {
            WriteTexts(writer, table.Headers);
            writer.Write(table.Rows.Count);
            foreach (var row in table.Rows)
            {
                WriteTexts(writer, row);
            }

            WriteSpan(writer, table.Location);
        }
    }

    private static DocumentOutline ReadOutline(BinaryReader reader, string path)
    {
        var headings = new Heading[Count(reader)];
        for (var i = 0; i < headings.Length; i++)
        {
            headings[i] = new Heading(reader.ReadInt32(), reader.ReadString(), ReadSpanAt(reader, path));
        }

        var tasks = new TaskItem[Count(reader)];
        for (var i = 0; i < tasks.Length; i++)
        {
            var (text, isChecked, location) = (reader.ReadString(), reader.ReadBoolean(), ReadSpanAt(reader, path));
            var section = reader.ReadInt32();
            tasks[i] = new TaskItem(text, isChecked, location, section == -1 ? null
                : section >= 0 && section < headings.Length ? headings[section] : throw new InvalidDataException("a task under no heading of its outline"));
        }

        var links = new Link[Count(reader)];
        for (var i = 0; i < links.Length; i++)
        {
            links[i] = new Link(reader.ReadString(), reader.ReadString(), ReadSpanAt(reader, path));
        }

        var tables = new Table[Count(reader)];
        for (var i = 0; i < tables.Length; i++)
        {
            var headers = ReadTexts(reader);
            var rows = new IReadOnlyList<string>[Count(reader)];
            for (var j = 0; j < rows.Length; j++)
            {
                rows[j] = ReadTexts(reader);
            }

            tables[i] = new Table(headers, rows, ReadSpanAt(reader, path));
        }

        return new DocumentOutline(headings, tasks, links, tables);
    }

    private static void WriteTexts(BinaryWriter writer, IReadOnlyList<string> texts)
    {
        writer.Write(texts.Count);
        foreach (var text in texts)
        {
            writer.Write(text);
        }
    }

    private static string[] ReadTexts(BinaryReader reader)
    {
        var texts = new string[Count(reader)];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = reader.ReadString();
        }

        return texts;
    }

    private static void WriteSpan(BinaryWriter writer, Location location)
    {
        writer.Write(location.Line);
        writer.Write(location.Column);
        writer.Write(location.EndLine);
        writer.Write(location.EndColumn);
    }

    private static void WriteMap(BinaryWriter writer, FrontMatterMap map)
    {
        writer.Write(map.Entries.Length);
        foreach (var entry in map.Entries)
        {
            writer.Write(entry.Key);
            WriteSpan(writer, entry.KeySpan);
            WriteValue(writer, entry.Value);
        }
    }

    private static void WriteValue(BinaryWriter writer, FrontMatterValue value)
    {
        WriteSpan(writer, value.Span);
        switch (value.Value)
        {
            case null:
                writer.Write((byte)Tag.Null);
                break;
            case string text:
                writer.Write((byte)Tag.Text);
                writer.Write(text);
                break;
            case long integer:
                writer.Write((byte)Tag.Integer);
                writer.Write(integer);
                break;
            case double real:
                writer.Write((byte)Tag.Real);
                writer.Write(real);
                break;
            case decimal number:
                writer.Write((byte)Tag.Decimal);
                writer.Write(number);
                break;
            case bool truth:
                writer.Write((byte)(truth ? Tag.True : Tag.False));
                break;
            case BigInteger big:
                writer.Write((byte)Tag.BigInteger);
                var bytes = big.ToByteArray();
                writer.Write(bytes.Length);
                writer.Write(bytes);
                break;
            case FrontMatterMap map:
                writer.Write((byte)Tag.Map);
                WriteMap(writer, map);
                break;
            case FrontMatterList list:
                writer.Write((byte)Tag.List);
                writer.Write(list.Items.Length);
                foreach (var item in list.Items)
                {
                    WriteValue(writer, item);
                }

                break;
            default:
                throw new InvalidDataException($"a front matter holds no {value.Value.GetType().Name}");
        }
    }

    private static FrontMatterMap ReadMap(BinaryReader reader, string path, int depth)
    {
        var entries = new FrontMatterEntry[Count(reader)];
        if (entries.Length == 0)
        {
            return FrontMatterMap.Empty;
        }

        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new FrontMatterEntry(SharedStrings.Share(reader.ReadString()), ReadSpan(reader), ReadValue(reader, path, depth + 1));
        }

        return new FrontMatterMap(entries);
    }

    private static FrontMatterValue ReadValue(BinaryReader reader, string path, int depth)
    {
        if (depth > MostDepth)
        {
            throw new InvalidDataException("values nested deeper than a front matter can be");
        }

        var span = ReadSpan(reader);
        object? value = (Tag)reader.ReadByte() switch
        {
            Tag.Null => null,
            Tag.Text => SharedStrings.Share(reader.ReadString()),
            Tag.Integer => reader.ReadInt64(),
            Tag.Real => reader.ReadDouble(),
            Tag.Decimal => reader.ReadDecimal(),
            Tag.False => false,
            Tag.True => true,
            Tag.BigInteger => new BigInteger(reader.ReadBytes(Count(reader))),
            Tag.Map => ReadMap(reader, path, depth),
            Tag.List => ReadList(reader, path, depth),
            _ => throw new InvalidDataException("an unknown value tag"),
        };
        return new FrontMatterValue(value, span);
    }

    private static FrontMatterList ReadList(BinaryReader reader, string path, int depth)
    {
        var items = new FrontMatterValue[Count(reader)];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = ReadValue(reader, path, depth + 1);
        }

        return new FrontMatterList(items);
    }

    private static void WriteSpan(BinaryWriter writer, SourceSpan span)
    {
        writer.Write(span.Line);
        writer.Write(span.Column);
        writer.Write(span.EndLine);
        writer.Write(span.EndColumn);
    }

    private static SourceSpan ReadSpan(BinaryReader reader) => new(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());

    private static Location ReadSpanAt(BinaryReader reader, string path) =>
        new(path, reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());

    private static void WriteLocation(BinaryWriter writer, Location location)
    {
        writer.Write(location.Path);
        writer.Write(location.Line);
        writer.Write(location.Column);
        writer.Write(location.EndLine);
        writer.Write(location.EndColumn);
    }

    private static Location ReadLocation(BinaryReader reader) =>
        new(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());

    private static void WriteText(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private static string? ReadText(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    // A count no record of ours holds: every element takes at least a byte, so there are never more than the bytes left.
    private static int Count(BinaryReader reader) =>
        reader.ReadInt32() is var count and >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position
            ? count
            : throw new InvalidDataException("a count out of range");
}

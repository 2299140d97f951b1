using System.Text.RegularExpressions;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Cli;

/// <summary>
/// The run cache: a lint whose inputs are all unchanged gives the kept output, byte for byte; any change to what a
/// lint reads — a document edited, renamed, deleted or added, a rule, a schema, the baseline, an option — lints
/// again, and what it gives is always what <c>--no-cache</c> gives.
/// </summary>
public sealed partial class RunCacheTests
{
    private const int Copies = 14;

    [Fact]
    public void Lint_NothingChanged_GivesTheKeptOutputAndReportFiles()
    {
        using var ws = new TempFolder();
        using var cache = new TempFolder();
        ws.CopyFrom(Path.Combine(Repo.Examples, "messy-repo"));
        var args = new[] { "lint", "-f", "text", "-f", "sarif:out/results.sarif" };

        var first = Lint(ws.Path, cache.Path, args);
        var kept = Assert.Single(Directory.GetFiles(Path.Combine(cache.Path, "runs"), "*.run"));
        var report = File.ReadAllText(Path.Combine(ws.Path, "out/results.sarif"));
        File.Delete(Path.Combine(ws.Path, "out/results.sarif"));
        File.SetLastWriteTimeUtc(kept, new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var second = Lint(ws.Path, cache.Path, args);
        Assert.Equal(first, second);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("error AL3002", second.Out, StringComparison.Ordinal);
        Assert.Equal(report, File.ReadAllText(Path.Combine(ws.Path, "out/results.sarif")));
        Assert.True(File.GetLastWriteTimeUtc(kept).Year > 2000, "the second run did not use the kept output");
    }

    [Theory]
    [InlineData("")]
    [InlineData("artifactlint-run 1")]
    [InlineData("not a kept run at all, but long enough to be read as one")]
    public void Lint_KeptRunOrHashesDamaged_LintsAgain(string damage)
    {
        using var ws = new TempFolder();
        using var cache = new TempFolder();
        ws.CopyFrom(Path.Combine(Repo.Examples, "messy-repo"));
        var first = Lint(ws.Path, cache.Path, "lint", "-f", "json");
        foreach (var kept in Directory.GetFiles(Path.Combine(cache.Path, "runs")))
        {
            File.WriteAllText(kept, damage);
        }

        Assert.Equal(first, Lint(ws.Path, cache.Path, "lint", "-f", "json"));
        Assert.Equal(first, Lint(ws.Path, cache.Path, "lint", "-f", "json"));
    }

    [Fact]
    public void Lint_OneDocumentChanged_TakesTheOthersFromTheDocumentCache()
    {
        using var ws = new TempFolder();
        using var cache = new TempFolder();
        ws.CopyFrom(Path.Combine(Repo.Examples, "messy-repo"));
        var first = Lint(ws.Path, cache.Path, "lint");
        Assert.Contains("Did you mean 'assignee'?", first.Out, StringComparison.Ordinal);

        // What a document's own steps found is taken from the cache, not found again: a record changed (checksum and all) says so.
        var documents = Assert.Single(Directory.GetFiles(Path.Combine(cache.Path, "documents"), "*.docs"));
        Rewrite(documents, "Did you mean 'assignee'?", "DID YOU MEAN 'assignee'?");
        Edit(ws, "backlog/PB-137-leitweg-id-on-customers.md");
        var second = Lint(ws.Path, cache.Path, "lint");
        Assert.Contains("DID YOU MEAN 'assignee'?", second.Out, StringComparison.Ordinal);
        Assert.Equal(first.Out.Split('\n').Length, second.Out.Split('\n').Length);

        // Edited, the document is read again; with its config changed, every document.
        Edit(ws, "backlog/PB-119-overdue-badge-after-payment.md");
        Assert.Contains("Did you mean 'assignee'?", Lint(ws.Path, cache.Path, "lint").Out, StringComparison.Ordinal);
        Rewrite(documents, "Did you mean 'assignee'?", "DID YOU MEAN 'assignee'?");
        File.AppendAllText(Path.Combine(ws.Path, ".artifactlint.yml"), "\n# edited\n");
        var third = Lint(ws.Path, cache.Path, "lint");
        Assert.Contains("Did you mean 'assignee'?", third.Out, StringComparison.Ordinal);
        Assert.Equal(Lint(ws.Path, cache.Path, "lint", "--no-cache"), third);
    }

    [Fact]
    public void Lint_OutlineBuiltByARule_IsKeptWithItsDocument()
    {
        using var ws = new TempFolder();
        using var cache = new TempFolder();
        ws.CopyFrom(Path.Combine(Repo.Examples, "messy-repo"));
        const string criterion = "Status updates when a payment is recorded";
        var first = Lint(ws.Path, cache.Path, "lint");
        Assert.Contains($"criterion '{criterion}, without a page reload' is not checked", first.Out, StringComparison.Ordinal);

        // The run that built the outline for AL2003 kept it: the next run reads it from the record, not from the body.
        var documents = Assert.Single(Directory.GetFiles(Path.Combine(cache.Path, "documents"), "*.docs"));
        Rewrite(documents, criterion, criterion.ToUpperInvariant());
        Edit(ws, "backlog/PB-137-leitweg-id-on-customers.md");
        var second = Lint(ws.Path, cache.Path, "lint");
        Assert.Contains($"criterion '{criterion.ToUpperInvariant()}, without a page reload' is not checked", second.Out, StringComparison.Ordinal);

        // The document itself edited, its outline is built from its body again.
        Edit(ws, "backlog/PB-113-payment-status-on-invoice-list.md");
        var third = Lint(ws.Path, cache.Path, "lint");
        Assert.Contains($"criterion '{criterion}, without a page reload' is not checked", third.Out, StringComparison.Ordinal);
        Assert.Equal(Lint(ws.Path, cache.Path, "lint", "--no-cache"), third);
    }

    [Theory]
    [InlineData("")]
    [InlineData("artifactlint-documents 3")]
    [InlineData("not a kept document at all, but long enough to be read as one")]
    public void Lint_DocumentCacheDamaged_ReadsTheDocumentsAgain(string damage)
    {
        using var ws = new TempFolder();
        using var cache = new TempFolder();
        ws.CopyFrom(Path.Combine(Repo.Examples, "messy-repo"));
        var first = Lint(ws.Path, cache.Path, "lint", "-f", "json");
        var documents = Assert.Single(Directory.GetFiles(Path.Combine(cache.Path, "documents"), "*.docs"));
        var kept = File.ReadAllBytes(documents);
        foreach (var cut in new[] { kept.Length / 2, kept.Length - 1 })
        {
            File.WriteAllBytes(documents, kept[..cut]);
            Edit(ws, "backlog/PB-137-leitweg-id-on-customers.md");
            Assert.Equal(Lint(ws.Path, cache.Path, "lint", "-f", "json", "--no-cache"), Lint(ws.Path, cache.Path, "lint", "-f", "json"));
        }

        // A record changed in place fails its checksum; a length past the end of the file is not allocated.
        var flipped = (byte[])kept.Clone();
        var at = flipped.AsSpan().IndexOf("Did you mean"u8);
        flipped[at] = (byte)'d';
        File.WriteAllBytes(documents, flipped);
        Edit(ws, "backlog/PB-137-leitweg-id-on-customers.md");
        Assert.Equal(Lint(ws.Path, cache.Path, "lint", "-f", "json", "--no-cache"), Lint(ws.Path, cache.Path, "lint", "-f", "json"));
        var huge = (byte[])kept.Clone();
        var firstLength = FirstRecordLength(huge);
        BitConverter.GetBytes(0x7ffffff0).CopyTo(huge, firstLength);
        File.WriteAllBytes(documents, huge);
        Edit(ws, "backlog/PB-137-leitweg-id-on-customers.md");
        var afterHuge = Lint(ws.Path, cache.Path, "lint", "-f", "json");
        Assert.Equal(Lint(ws.Path, cache.Path, "lint", "-f", "json", "--no-cache"), afterHuge);

        File.WriteAllText(documents, damage);
        Edit(ws, "backlog/PB-137-leitweg-id-on-customers.md");
        Assert.Equal(Lint(ws.Path, cache.Path, "lint", "-f", "json", "--no-cache"), Lint(ws.Path, cache.Path, "lint", "-f", "json"));
        Assert.NotEqual(first.Out, string.Empty);
    }

    [Theory]
    [InlineData(5)]
    public void Lint_AfterRandomChanges_GivesWhatANoCacheRunGives(int seed)
    {
        using var ws = new TempFolder();
        using var cache = new TempFolder();
        WriteCorpus(ws);
        Assert.InRange(Directory.GetFiles(ws.Path, "*.md", SearchOption.AllDirectories).Length, 900, 1100);
        var random = new Random(seed);
        for (var step = 0; step < 6; step++)
        {
            var documents = Directory.GetFiles(ws.Path, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
            var path = documents[random.Next(documents.Length)];
            switch (step % 4)
            {
                case 0:
                    var text = File.ReadAllText(path);
                    File.WriteAllText(path, Regex.Replace(text, "status: [a-z-]+", step % 3 == 0 ? "status: activ" : "status: done", RegexOptions.None, TimeSpan.FromSeconds(1)));
                    break;
                case 1:
                    File.Move(path, Path.ChangeExtension(path, null) + "-moved.md");
                    break;
                case 2:
                    File.Delete(path);
                    break;
                default:
                    File.Copy(path, Path.ChangeExtension(path, null) + $"-copy{step}.md");
                    break;
            }

            var cached = Lint(ws.Path, cache.Path, "lint", "-f", "json");
            Assert.Equal(cached, Lint(ws.Path, cache.Path, "lint", "-f", "json"));
            Assert.Equal(Lint(ws.Path, cache.Path, "lint", "-f", "json", "--no-cache"), cached);
        }
    }

    [Fact]
    public void Lint_RuleSchemaBaselineOrOptionChanged_LintsAgain()
    {
        using var ws = new TempFolder();
        using var cache = new TempFolder();
        ws.CopyFrom(Path.Combine(Repo.Examples, "messy-repo"));
        var before = Lint(ws.Path, cache.Path, "lint");

        // A team rule says something else.
        var rule = Path.Combine(ws.Path, "policy/rules/ACME001-item-has-owner.csx");
        File.WriteAllText(rule, File.ReadAllText(rule).Replace("has no owner", "has nobody", StringComparison.Ordinal));
        var edited = Lint(ws.Path, cache.Path, "lint");
        Assert.NotEqual(before, edited);
        Assert.Contains("has nobody", edited.Out, StringComparison.Ordinal);
        Assert.Equal(Lint(ws.Path, cache.Path, "lint", "--no-cache"), edited);

        // A baseline appears: what it records is hidden.
        Assert.Equal(0, Lint(ws.Path, cache.Path, "lint", "--update-baseline").ExitCode);
        var baselined = Lint(ws.Path, cache.Path, "lint");
        Assert.Equal(0, baselined.ExitCode);
        Assert.Equal(Lint(ws.Path, cache.Path, "lint", "--no-cache"), baselined);

        // Another date, another format: each its own run.
        var later = Lint(ws.Path, cache.Path, "lint", "--as-of", "2027-06-01", "--baseline", "none.json");
        Assert.Equal(Lint(ws.Path, cache.Path, "lint", "--as-of", "2027-06-01", "--baseline", "none.json", "--no-cache"), later);
        Assert.NotEqual(edited.Error, later.Error);
        Assert.StartsWith("{", Lint(ws.Path, cache.Path, "lint", "-f", "json").Out, StringComparison.Ordinal);
    }

    // The second schema is read as the loader reads it, not as strict JSON: a byte order mark, single quotes, a comment.
    [Theory]
    [InlineData("""{ "type": "object", "properties": { "name": { "$ref": "../common/name.json#/definitions/name" } } }""")]
    [InlineData("\uFEFF{ 'type': 'object', /* names */ 'properties': { 'name': { '$ref': '../common/name.json#/definitions/name' } } }")]
    public void Lint_FileATeamSchemaRefersToChanged_LintsAgain(string schema)
    {
        using var ws = new TempFolder();
        using var cache = new TempFolder();
        ws.Write(".artifactlint.yml", "as_of: 2026-11-27\nkinds:\n  persona: { paths: [\"personas/*.md\"], schema: schemas/persona.schema.json }\n");
        ws.Write("schemas/persona.schema.json", schema);
        ws.Write("common/name.json", """{ "definitions": { "name": { "type": "string" } } }""");
        ws.Write("personas/P-1.md", "---\nid: P-1\ntitle: Pat\nname: 12\n---\n");
        var before = Lint(ws.Path, cache.Path, "lint");
        Assert.Contains("'name' must be text", before.Out, StringComparison.Ordinal);

        ws.Write("common/name.json", """{ "definitions": { "name": { "type": ["string", "integer"] } } }""");
        var after = Lint(ws.Path, cache.Path, "lint");
        Assert.Equal(Lint(ws.Path, cache.Path, "lint", "--no-cache"), after);
        Assert.DoesNotContain("'name'", after.Out, StringComparison.Ordinal);
    }

    // A change to a document that changes no finding: a comment line at the end of its front matter.
    private static void Edit(TempFolder ws, string document)
    {
        var path = Path.Combine(ws.Path, document);
        var text = File.ReadAllText(path);
        var close = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        File.WriteAllText(path, text.Insert(close + 1, "# edited\n"));
    }

    // Where the first record's length is: after the magic, the count, and the first entry's path and hash (length-prefixed strings under 128 bytes).
    private static int FirstRecordLength(byte[] file)
    {
        var at = 1 + file[0] + 4;
        at += 1 + file[at];
        at += 1 + file[at];
        return at;
    }

    // Changes the text of the record that holds it, as the cache would have written it (its checksum too).
    private static void Rewrite(string file, string from, string to)
    {
        var (find, with) = (System.Text.Encoding.UTF8.GetBytes(from), System.Text.Encoding.UTF8.GetBytes(to));
        var found = false;
        var entries = new List<(string Path, string Hash, byte[] Record)>();
        using (var reader = new BinaryReader(File.OpenRead(file)))
        {
            var magic = reader.ReadString();
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                entries.Add((reader.ReadString(), reader.ReadString(), reader.ReadBytes(reader.ReadInt32())));
            }

            entries.Insert(0, (magic, string.Empty, []));
        }

        foreach (var (_, _, record) in entries.Skip(1))
        {
            var at = record.AsSpan().IndexOf(find);
            if (at >= 16)
            {
                with.CopyTo(record.AsSpan(at));
                System.IO.Hashing.XxHash3.HashToUInt64(record.AsSpan(16)).TryFormat(record.AsSpan(0, 16), out _, "x16");
                found = true;
            }
        }

        Assert.True(found, $"the cache holds no '{from}'");
        using var writer = new BinaryWriter(File.Create(file));
        writer.Write(entries[0].Path);
        writer.Write(entries.Count - 1);
        foreach (var (path, hash, record) in entries.Skip(1))
        {
            writer.Write(path);
            writer.Write(hash);
            writer.Write(record.Length);
            writer.Write(record);
        }
    }

    private static CliRun Lint(string folder, string cache, params string[] args) =>
        CliRun.Run(folder, new Dictionary<string, string?> { ["ARTIFACTLINT_CACHE_DIR"] = cache }, args);

    // About 1,000 documents: the messy example repository, then copies of its documents in sub-folders with their ids
    // renamed (G-1 becomes G-1x3 in the third copy), so each copy references its own artifacts.
    private static void WriteCorpus(TempFolder ws)
    {
        var example = Path.Combine(Repo.Examples, "messy-repo");
        ws.CopyFrom(example);
        var folder = ws.Path;
        var documents = Directory.GetFiles(example, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(example, f))
            .Where(f => f.Contains(Path.DirectorySeparatorChar) && !f.StartsWith("policy", StringComparison.Ordinal))
            .ToArray();
        var ids = documents.Select(f => IdLine().Match(File.ReadAllText(Path.Combine(example, f))))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .OrderByDescending(id => id.Length)
            .ToArray();
        var pattern = new Regex(@"(?<![\w.-])(" + string.Join('|', ids.Select(Regex.Escape)) + @")(?![\w.-]*[\w])", RegexOptions.None, TimeSpan.FromSeconds(5));
        for (var copy = 1; copy < Copies; copy++)
        {
            foreach (var document in documents)
            {
                var top = document.Split(Path.DirectorySeparatorChar)[0];
                var target = Path.Combine(folder, top, $"copy{copy}", Path.GetRelativePath(top, document));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, pattern.Replace(File.ReadAllText(Path.Combine(example, document)), m => $"{m.Value}x{copy}"));
            }
        }
    }

    [GeneratedRegex(@"^id: ""?([^""\n]+)""?$", RegexOptions.Multiline)]
    private static partial Regex IdLine();
}

namespace ArtifactLint.Tests.Hostile;

/// <summary>
/// Writes the hostile workspace: a copy of the example product repository with hundreds of malformed
/// documents, odd names, special files and links among its own, and a team rule that reports every
/// document it sees validated, so that a test can tell "checked" from "skipped in silence".
/// </summary>
internal static class HostileCorpus
{
    public const string Config = """
        as_of: 2026-11-27
        exclude: ["README.md"]
        rule_paths: [policy/rules, checks]
        rule_prefix: ACME

        """;

    public const string CheckedRule = """
        // HOST001 document-checked: every document that has a kind, so the corpus test can see what was validated.
        var descriptor = new RuleDescriptor(
            Id: "HOST001",
            Name: "document-checked",
            Title: "A document with a kind was validated",
            MessageFormat: "validated as {0}",
            Category: "Corpus",
            DefaultSeverity: Severity.Info)
        {
            Kinds = ["backlog-item"],
        };

        return new Rule(descriptor, context =>
        {
            foreach (var document in context.Workspace.Documents.Where(d => d.Kind is not null))
            {
                context.Report(document.Start, document.Kind);
            }
        });

        """;

    /// <param name="folder">An empty folder: the workspace and the outside folder are made in it.</param>
    /// <param name="examples">The example product repository to start from.</param>
    /// <param name="seed">The seed of the random truncations and byte flips.</param>
    /// <param name="hugeLength">The length of the huge values and bodies (characters).</param>
    public static HostileManifest Write(string folder, string examples, int seed, int hugeLength)
    {
        var workspace = Path.Combine(folder, "workspace");
        var outside = Path.Combine(folder, "outside");
        var secret = $"TOPSECRET-{seed}-{Guid.NewGuid():N}";
        var manifest = new HostileManifest(workspace, outside, secret, seed);
        var w = new HostileWriter(manifest);

        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.md"), $"---\nid: {secret}\ntitle: {secret}\ntype: story\nstatus: {secret}\ngoals: [{secret}]\n---\n{secret}\n");
        File.WriteAllText(Path.Combine(outside, "PB-9999.md"), $"---\nid: {secret}-2\nstatus: {secret}\n---\n");

        var valid = CopyExamples(examples, w);
        File.WriteAllText(w.Full(".artifactlint.yml"), Config);
        Directory.CreateDirectory(w.Full("checks"));
        File.WriteAllText(w.Full("checks/HOST001-document-checked.csx"), CheckedRule);

        HostileValues.Write(w);
        HostileStructures.Write(w, hugeLength);
        HostileBytes.Write(w);
        HostileNames.Write(w);
        HostileMutations.Write(w, valid, seed, count: 30);
        if (!OperatingSystem.IsWindows())
        {
            HostileSpecialFiles.Write(w, valid.First(p => p.StartsWith("goals/", StringComparison.Ordinal)));
        }

        return manifest;
    }

    /// <summary>Undoes what would stop the corpus from being deleted, or make deleting it follow a link.</summary>
    public static void Release(string folder)
    {
        if (!OperatingSystem.IsWindows())
        {
            HostileSpecialFiles.Release(Path.Combine(folder, "workspace"));
        }
    }

    // The example's documents, each to be named in the report (its rules find nothing, the corpus rule validates them).
    private static List<string> CopyExamples(string examples, HostileWriter w)
    {
        var documents = new List<string>();
        foreach (var file in Directory.EnumerateFiles(examples, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(examples, file).Replace('\\', '/');
            if (relative is ".artifactlint.yml" or "README.md" || relative.StartsWith("policy/", StringComparison.Ordinal))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(w.Full(relative))!);
                File.Copy(file, w.Full(relative));
                continue;
            }

            w.Bytes(relative, File.ReadAllBytes(file));
            if (relative.Contains('/', StringComparison.Ordinal))
            {
                documents.Add(relative);
            }
        }

        return documents;
    }
}

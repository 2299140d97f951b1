using ArtifactLint.Benchmarks.Corpus.Planning;
using ArtifactLint.Benchmarks.Corpus.Text;

namespace ArtifactLint.Benchmarks.Corpus.Documents;

/// <summary>Plants one mistake in a written document, the way people actually make it.</summary>
internal static class BreakageApplier
{
    // Typos people make: a dropped letter, a space for a hyphen, a capital, a US spelling.
    private static readonly Dictionary<string, string[]> _typos = new(StringComparer.Ordinal)
    {
        ["active"] = ["activ", "Active"], ["proposed"] = ["propsed"], ["achieved"] = ["achived"], ["dropped"] = ["droped"],
        ["planned"] = ["planed", "Planned"], ["in-progress"] = ["in progress", "in_progress", "inprogress"],
        ["done"] = ["Done", "don", "completed", "finished"], ["new"] = ["New", "open"], ["refined"] = ["refind", "groomed"],
        ["ready"] = ["redy", "Ready"], ["review"] = ["in-review", "reveiw"], ["closed"] = ["closd", "finished"],
        ["released"] = ["relased", "shipped"], ["cancelled"] = ["canceled"], ["under-review"] = ["under review", "in-review"],
        ["accepted"] = ["acepted"], ["rejected"] = ["rejectd", "declined"], ["parked"] = ["parkd", "on-hold"],
    };

    private static readonly string[] _referenceKeys = ["goals", "sprint", "parent", "roadmap_item", "release", "dependencies"];

    public static AppliedBreakage Apply(CorpusPlan plan, GeneratedDocument document, Random random)
    {
        var planned = document.Planned;
        var (key, detail) = planned.Breakage switch
        {
            Breakage.UnclosedQuote => Edit(document, "title", v => "\"" + v.Trim('"')),
            Breakage.TabIndentation => IndentWithTab(document),
            Breakage.DuplicateKey => DuplicateStatus(document),
            Breakage.StatusTypo => Edit(document, "status", v => _typos.TryGetValue(v, out var typos) ? random.Pick(typos) : v[..^1]),
            Breakage.MissingTitle => Remove(document, "title"),
            Breakage.EstimateAsText => Edit(document, "estimate", v => random.Pick(new[] { v + " points", v + "pts", "about " + v })),
            Breakage.UnquotedVersion => Edit(document, "version", v => v.Trim('"')),
            Breakage.BrokenReference => BreakReference(plan, document, random),
            Breakage.DuplicateId => Edit(document, "id", _ => EarlierCleanId(plan, planned, random)),
            Breakage.UnclosedFrontMatter => Unclose(document),
            _ => throw new InvalidOperationException("the document is not planned to be broken"),
        };
        int line = planned.Breakage switch
        {
            // an absent title and an unclosed front matter are reported at the opening ---
            Breakage.MissingTitle or Breakage.UnclosedFrontMatter => 1,
            // the tab is on the first line under the key
            Breakage.TabIndentation => document.LineOf(key) + 1,
            _ => document.LineOf(key),
        };
        return new AppliedBreakage(planned.Path, line, planned.Breakage, detail);
    }

    // The linter reports the later of two documents in path order, so the copy is taken from
    // one that sorts first: then the finding lands on the broken document, as the manifest says.
    private static string EarlierCleanId(CorpusPlan plan, PlannedDocument planned, Random random)
    {
        var earlier = Enumerable.Range(0, planned.Index).Where(i => plan.Targets.IsClean(planned.Kind, i)).ToList();
        var sortedBefore = earlier.Where(i => string.CompareOrdinal(plan.Get(planned.Kind, i).Path, planned.Path) < 0).ToList();
        return DocumentKinds.Id(planned.Kind, random.Pick(sortedBefore.Count > 0 ? sortedBefore : earlier));
    }

    private static (string Key, string Detail) Edit(GeneratedDocument document, string key, Func<string, string> change)
    {
        int index = document.IndexOf(key);
        var entry = document.Entries[index];
        document.Entries[index] = entry with { Value = change(entry.Value) };
        return (key, $"{key}: {document.Entries[index].Value}");
    }

    private static (string Key, string Detail) IndentWithTab(GeneratedDocument document)
    {
        int list = document.Entries.FindIndex(e => e.Value.StartsWith('[') && e.Value.Length > 2);
        if (list >= 0)
        {
            var entry = document.Entries[list];
            string[] items = entry.Value[1..^1].Split(", ");
            document.Entries[list] = new FrontMatterEntry(entry.Key, "", items.Select(i => "\t- " + i).ToArray());
            return (entry.Key, $"{entry.Key}: list items indented with a tab");
        }

        int block = document.Entries.FindIndex(e => e.Block.Count > 0);
        var blockEntry = document.Entries[block];
        var lines = blockEntry.Block.ToArray();
        lines[0] = "\t" + lines[0].TrimStart(' ');
        document.Entries[block] = blockEntry with { Block = lines };
        return (blockEntry.Key, $"{blockEntry.Key}: first item indented with a tab");
    }

    // As after a careless merge: the old status stays, the new one is added further down.
    private static (string Key, string Detail) DuplicateStatus(GeneratedDocument document)
    {
        var status = document.Entries[document.IndexOf("status")];
        string other = status.Value == "planned" ? "active" : "planned";
        string value = document.Planned.Kind == DocumentKind.BacklogItem ? (status.Value == "done" ? "review" : "done") : other;
        document.Entries.Insert(document.Entries.Count - 1, new FrontMatterEntry("status", value));
        return ("status", $"status: {status.Value}, and again further down: status: {value}");
    }

    private static (string Key, string Detail) Remove(GeneratedDocument document, string key)
    {
        document.Entries.RemoveAt(document.IndexOf(key));
        return (key, $"no '{key}'");
    }

    private static (string Key, string Detail) Unclose(GeneratedDocument document)
    {
        document.Closed = false;
        return ("", "no closing ---");
    }

    // A reference to an id that was never created, in whichever reference field the document has.
    private static (string Key, string Detail) BreakReference(CorpusPlan plan, GeneratedDocument document, Random random)
    {
        var present = _referenceKeys.Where(k => document.IndexOf(k) >= 0 && document.Entries[document.IndexOf(k)].Value != "[]").ToList();
        if (present.Count == 0)
        {
            document.AddList("goals", [Missing(plan, DocumentKind.Goal)]);
            return ("goals", "goals: [" + Missing(plan, DocumentKind.Goal) + "]");
        }

        string key = random.Pick(present);
        var kind = key switch
        {
            "goals" => DocumentKind.Goal,
            "sprint" => DocumentKind.Sprint,
            "roadmap_item" => DocumentKind.RoadmapItem,
            "release" => DocumentKind.Release,
            _ => document.Planned.Kind,
        };
        string missing = Missing(plan, kind);
        return Edit(document, key, v => v.StartsWith('[') ? Yaml.List(v[1..^1].Split(", ")[..^1].Append(missing)) : missing);
    }

    // Past the corpus size, so they can never exist.
    private static string Missing(CorpusPlan plan, DocumentKind kind) =>
        DocumentKinds.IdPrefix(kind) + "-" + Yaml.Number(plan.Counts[kind] + 1) + "999";
}

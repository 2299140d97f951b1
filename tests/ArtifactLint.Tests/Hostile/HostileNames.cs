namespace ArtifactLint.Tests.Hostile;

/// <summary>File and folder names that could forge a finding line, drive a terminal, or trip a glob or a path join.</summary>
internal static class HostileNames
{
    private static readonly string[] Names =
    [
        "x.md:1:1: error AL9999: injected [fake].md",
        "new\nline.md",
        "carriage\rreturn.md",
        "tab\tname.md",
        "escape-\u001b[2J.md",
        "bidi-\u202Edm.txt.md",
        "isolate-\u2066x\u2069.md",
        "bell-\u0007.md",
        "del-\u007f.md",
        "c1-\u009b.md",
        "back\\slash.md",
        "-rf.md",
        " leading space.md",
        "trailing space .md",
        "Ünïcödé-café.md",
        "nfd-cafe\u0301.md",
        "emoji-\U0001F4A9.md",
        "zero-width-\u200B.md",
        "percent-%s%n%d.md",
        "hash-#1.md",
        "star-*.md",
        "question-?.md",
        "brackets-[a].md",
        "braces-{a,b}.md",
        "quote-'\".md",
        "semicolon-;rm -rf.md",
        "dollar-$(id).md",
        "UPPER.MD.md",
        "..double-dot.md",
        HostileText.Repeat("long", 60) + ".md",
    ];

    public static void Write(HostileWriter w)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            w.Document("backlog/names/" + Names[i], HostileText.Invalid($"PB-N{i + 1}"));
        }

        w.Document("backlog/folder\nwith newline/PB-N100.md", HostileText.Invalid("PB-N100"));
        w.Document("backlog/folder:1:1: error AL9999: x/PB-N101.md", HostileText.Invalid("PB-N101"));
        w.Document("backlogs/PB-9.md", "---\nid: PB-9\ntitle: Misspelt folder\ntype: story\nstatus: redy\n---\n");
        w.Document("Sprints/S-9.md", "---\nid: S-9\nstart_date: 2026-11-02\nend_date: 2026-11-13\nstatus: active\ncapacity: -5\n---\n");
        w.Document("Goals/G-9.md", "---\nid: G-9\ntitle: Misspelt\nstatus: activ\n---\n");
        w.Document("notes/with-front-matter.md", "---\ntitle: Planning notes\n---\n");
        w.Document("unknown-kind.md", "---\nkind: backlogitem\nid: PB-K1\n---\n");
        w.Document("backlog/kinds/kind-number.md", "---\nkind: 5\nid: PB-K2\ntitle: T\ntype: story\nstatus: nope\n---\n");
        w.Document("backlog/kinds/kind-list.md", "---\nkind: [goal]\nid: PB-K3\n---\n");
        w.Document("backlog/kinds/kind-other.md", "---\nkind: goal\nid: PB-K4\ntitle: T\nstatus: nope\n---\n");
        // A pattern that backtracks exponentially against a long name, in a .gitignore anyone can commit.
        w.Other("backlog/ignored/.gitignore", string.Concat(Enumerable.Repeat("*a", 25)) + "*b\n");
        w.Document("backlog/ignored/" + new string('a', 200) + ".md", HostileText.Invalid("PB-G1"));
        w.Silent("notes/plain.md", "# Notes\n\nNo front matter and no kind: not an artifact.\n");
        w.Silent("notes/thematic-break.md", "----\n\nA rule on top, and no front matter.\n");
    }
}

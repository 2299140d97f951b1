using System.Globalization;

namespace ArtifactLint.Benchmarks.Adversarial;

/// <summary>
/// Workspaces whose shape makes a cross-document rule quadratic when it is written naively: long chains
/// and cycles, one artifact that everything references, many unknown references, very long ids.
/// <c>n</c> is the number of artifacts a case is built around (10,000 by default).
/// </summary>
internal static class WorkspaceCases
{
    public static IEnumerable<AdversarialCase> All(int n)
    {
        yield return new("dependency-chain", $"{n} backlog items, each depending on the one before", _ =>
            Items(n, i => Front.Item(Id(i), "ready", "task").Field("estimate", "1").Field("sprint", "S-1")
                .List("dependencies", i > 1 ? [Id(i - 1)] : []).Body()).Append(Sprint("S-1", "active")));
        yield return new("dependency-cycle", $"{n / 2} backlog items depending on each other in one cycle, and {n / 2} in a parent cycle", _ =>
            Items(n / 2, i => Front.Item(Id(i)).List("dependencies", [Id(i % (n / 2) + 1)]).Body())
                .Concat(Items(n / 2, i => Front.Item("E-" + Number(i), type: "epic").Field("parent", "E-" + Number(i % (n / 2) + 1)).Body(), "backlog/epics")));
        yield return new("parent-chain", $"{n} epics, each the parent of the next, and {n} goals in one parent chain", _ =>
            Items(n, i => (i == 1 ? Front.Item(Id(i), type: "epic").Field("goals", "[G-1]") : Front.Item(Id(i), type: "epic").Field("parent", Id(i - 1))).Body())
                .Concat(Enumerable.Range(1, n).Select(i => ($"goals/G-{Number(i)}.md", Front.Goal("G-" + Number(i), parent: i > 1 ? "G-" + Number(i - 1) : null)))));
        yield return new("dropped-chain", $"{n} epics, each the parent of the next, whose chain ends at a dropped goal", _ =>
            Items(n, i => (i == 1 ? Front.Item(Id(i), type: "epic").Field("goals", "[G-1]") : Front.Item(Id(i), type: "epic").Field("parent", Id(i - 1))).Body())
                .Append(("goals/G-1.md", Front.Goal("G-1", "dropped"))));
        yield return new("one-sprint", $"{n} open items in one sprint that is active, over capacity and past its end", _ =>
            Items(n, i => Front.Item(Id(i), "new", "story").Field("estimate", "3").Field("goals", "[G-1]").Field("sprint", "S-1").Body())
                .Append(Sprint("S-1", "active", end: "2026-11-20")).Append(("goals/G-1.md", Front.Goal("G-1"))));
        yield return new("one-goal", $"{n} items and {n / 10} roadmap items referencing one goal", _ =>
            Items(n, i => Front.Item(Id(i), "new", "story").Field("goals", "[G-1]").Field("roadmap_item", "R-" + Number(i % (n / 10) + 1)).Body())
                .Concat(Enumerable.Range(1, n / 10).Select(i => ($"roadmap/R-{Number(i)}.md",
                    new Front().Field("id", "R-" + Number(i)).Field("title", "Roadmap item").Field("status", "planned").Field("horizon", "later").Field("goals", "[G-1]").Body())))
                .Append(("goals/G-1.md", Front.Goal("G-1"))));
        yield return new("one-roadmap-item", $"{n} items under one roadmap item that serves {List(n)} dropped goals", _ =>
            Items(n, i => Front.Item(Id(i), "new", "story").Field("roadmap_item", "R-1").Body())
                .Append(("roadmap/R-1.md", new Front().Field("id", "R-1").Field("title", "Roadmap item").Field("status", "planned")
                    .List("goals", Enumerable.Range(1, List(n)).Select(i => "G-" + Number(i))).Body()))
                .Concat(Enumerable.Range(1, List(n)).Select(i => ($"goals/G-{Number(i)}.md", Front.Goal("G-" + Number(i), "dropped")))));
        yield return new("dangling-references", "one item with 9,000 dependencies on unknown ids, one with a 100,000-character id (issue 9, reproducer 7)", r =>
            Items(n / 10, i => Front.Item(Id(i)).Body())
                .Append(("backlog/many.md", Front.Item("PB-MANY").List("dependencies", Enumerable.Range(1, 9000).Select(i => "X-" + Number(i))).Body()))
                .Append(("backlog/long.md", Front.Item(Filler.Letters(r, 100_000)).Body())));
        yield return new("suppressed-lines", "one item with 9,000 unknown dependencies, each suppressed on its own line", _ =>
            Items(n / 10, i => Front.Item(Id(i)).Body())
                .Append(("backlog/many.md", Front.Item("PB-MANY").List("dependencies",
                    Enumerable.Range(1, 9000).Select(i => $"X-{Number(i)}   # artifactlint-disable-line AL3002 -- migrated next sprint")).Body())));
        yield return new("renamed-ids", $"{n} items each depending on an id that was renamed (a near miss of a real id)", _ =>
            Items(n, i => Front.Item(Id(i)).List("dependencies", [Id((i % n) + 1) + "x"]).Body()));
        yield return new("long-ids", "100 items with 100,000-character ids, statuses and references", r =>
            Items(100, i => Front.Item("L" + Filler.Letters(r, 100_000)).Body().Replace("status: new", "status: " + Filler.Letters(r, 100_000), StringComparison.Ordinal)
                .Replace("---\nid:", "---\ndependencies: [" + Filler.Letters(r, 100_000) + "]\nparent: " + Filler.Letters(r, 100_000) + "\nid:", StringComparison.Ordinal)));
        yield return new("ranks", $"{n / 2} open items sharing rank 1, and {n / 2} ranked from low to critical priority", _ =>
            Items(n, i => Front.Item(Id(i)).Field("rank", i <= n / 2 ? "1" : Number(i))
                .Field("priority", i <= n / 2 ? "high" : (i * 4 / n) switch { 2 => "low", _ => "critical" }).Body()));
        yield return new("work-in-progress", $"one assignee with {n} items in progress, one item with {List(n)} assignees", _ =>
            Items(n, i => Front.Item(Id(i), "in-progress", "task").List("assignee", i == 1 ? Enumerable.Range(1, List(n)).Select(k => "p" + Number(k)) : ["dana"]).Body()));
        yield return new("many-goals", $"one open item serving {List(n)} goals, half of them dropped", _ =>
            Enumerable.Range(1, List(n)).Select(i => ($"goals/G-{Number(i)}.md", Front.Goal("G-" + Number(i), i % 2 == 0 ? "dropped" : "active")))
                .Append(("backlog/PB-1.md", Front.Item("PB-1", "new", "story").List("goals", Enumerable.Range(1, List(n)).Select(i => "G-" + Number(i))).Body())));
    }

    // A list just under the 10,000 values a front matter may hold.
    private static int List(int n) => Math.Min(n, 9_900);

    private static string Id(int i) => "PB-" + Number(i);

    private static string Number(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<(string Path, string Text)> Items(int count, Func<int, string> document, string folder = "backlog") =>
        Enumerable.Range(1, count).Select(i => ($"{folder}/{i / 1000:000}/{Number(i)}.md", document(i)));

    private static (string Path, string Text) Sprint(string id, string status, string end = "2026-12-04") =>
        ($"sprints/{id}.md", new Front().Field("id", id).Field("start_date", "2026-11-23").Field("end_date", end).Field("status", status)
            .Field("capacity", "20").Field("goal", "Ship it").Body());
}

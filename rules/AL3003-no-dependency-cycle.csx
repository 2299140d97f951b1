var descriptor = new RuleDescriptor(
    Id: "AL3003",
    Name: "no-dependency-cycle",
    Title: "Backlog items and roadmap items do not depend on each other in a cycle",
    MessageFormat: "Dependency cycle: {0}. {1}",
    Category: "Traceability",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["backlog-item", "roadmap-item"],
};

// Tarjan's strongly connected components, iterative so that a long dependency chain cannot overflow the stack.
List<List<Artifact>> Components(IReadOnlyList<Artifact> nodes, Dictionary<Artifact, List<Artifact>> edges)
{
    var index = new Dictionary<Artifact, int>();
    var low = new Dictionary<Artifact, int>();
    var stack = new Stack<Artifact>();
    var onStack = new HashSet<Artifact>();
    var components = new List<List<Artifact>>();
    foreach (var root in nodes.Where(n => !index.ContainsKey(n)))
    {
        var work = new Stack<(Artifact Node, int Edge)>();
        void Open(Artifact n) { index[n] = low[n] = index.Count; stack.Push(n); onStack.Add(n); work.Push((n, 0)); }
        Open(root);
        while (work.Count > 0)
        {
            var (v, i) = work.Pop();
            if (i < edges[v].Count)
            {
                work.Push((v, i + 1));
                var w = edges[v][i];
                if (!index.ContainsKey(w)) Open(w);
                else if (onStack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
                continue;
            }

            if (low[v] == index[v])
            {
                var component = new List<Artifact>();
                Artifact member;
                do { member = stack.Pop(); onStack.Remove(member); component.Add(member); } while (member != v);
                components.Add(component);
            }

            if (work.Count > 0) low[work.Peek().Node] = Math.Min(low[work.Peek().Node], low[v]);
        }
    }

    return components;
}

// The shortest way round the component from its first member back to it, found breadth-first inside the component.
List<Artifact> CycleFrom(Artifact first, HashSet<Artifact> members, Dictionary<Artifact, List<Artifact>> edges)
{
    var previous = new Dictionary<Artifact, Artifact>();
    var queue = new Queue<Artifact>([first]);
    while (queue.Count > 0 && !previous.ContainsKey(first))
    {
        var v = queue.Dequeue();
        foreach (var w in edges[v].Where(w => members.Contains(w) && previous.TryAdd(w, v) && w != first)) queue.Enqueue(w);
    }

    var cycle = new List<Artifact> { first };
    for (var v = previous[first]; v != first; v = previous[v]) cycle.Add(v);
    cycle.Add(first);
    cycle.Reverse();
    return cycle;
}

return new Rule(descriptor, context =>
{
    void Check(IReadOnlyList<Artifact> nodes, Func<Artifact, IReadOnlyList<string>> dependencyIds, Func<string, Artifact?> resolve, string words)
    {
        var edges = nodes.ToDictionary(n => n, n => dependencyIds(n).Select(resolve).OfType<Artifact>().Distinct().ToList());
        foreach (var component in Components(nodes, edges).Where(c => c.Count > 1 || edges[c[0]].Contains(c[0])))
        {
            var ordered = component.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
            var members = component.ToHashSet();
            var cycle = CycleFrom(ordered[0], members, edges);
            var successor = new Dictionary<Artifact, Artifact>();
            for (var i = 0; i < cycle.Count - 1; i++) successor[cycle[i]] = cycle[i + 1];
            Location Points(Artifact from, Artifact to) => from.LocationOf("dependencies", dependencyIds(from).ToList().IndexOf(to.Id));
            var related = ordered.Skip(1).Select(m =>
            {
                var to = successor.TryGetValue(m, out var next) ? next : edges[m].First(members.Contains);
                return new RelatedLocation(Points(m, to), $"'{Excerpt.Of(m.Id)}' depends on '{Excerpt.Of(to.Id)}', part of the same cycle");
            });
            var fix = component.Count == 1
                ? $"'{Excerpt.Of(cycle[0].Id)}' depends on itself: remove it from its own 'dependencies'"
                : $"The {words} {string.Join(", ", ordered.Take(10).Select(a => Excerpt.Of(a.Id)))}{(ordered.Count > 10 ? $" and {ordered.Count - 10} more" : "")} wait on each other, so none of them can start: remove one of these dependencies";
            var shown = cycle.Count <= 12 ? cycle.Select(a => Excerpt.Of(a.Id)) : cycle.Take(10).Select(a => Excerpt.Of(a.Id)).Append($"… ({cycle.Count - 11} more)").Append(Excerpt.Of(cycle[0].Id));
            context.Report(Points(cycle[0], cycle[1]), related, string.Join(" → ", shown), fix);
        }
    }

    var ws = context.Workspace;
    Check(ws.BacklogItems, a => ((BacklogItem)a).DependencyIds, id => ws.Find<BacklogItem>(id), "backlog items");
    Check(ws.RoadmapItems, a => ((RoadmapItem)a).DependencyIds, id => ws.Find<RoadmapItem>(id), "roadmap items");
});

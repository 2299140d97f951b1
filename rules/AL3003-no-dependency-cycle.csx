var descriptor = new RuleDescriptor(
    Id: "AL3003",
    Name: "no-dependency-cycle",
    Title: "Backlog items and roadmap items do not depend on each other in a cycle",
    Category: "Traceability",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["backlog-item", "roadmap-item"],
    Messages = new()
    {
        ["backlog-item-cycle"] = "Dependency cycle: {cycle}. The backlog items {members} wait on each other, so none of them can start: remove one of these dependencies",
        ["roadmap-item-cycle"] = "Dependency cycle: {cycle}. The roadmap items {members} wait on each other, so none of them can start: remove one of these dependencies",
        ["self"] = "Dependency cycle: {cycle}. '{id}' depends on itself: remove it from its own 'dependencies'",
    },
};

return new Rule(descriptor, context =>
{
    void Check<T>(IReadOnlyList<T> nodes, Func<string, T?> resolve, string cycleMessage) where T : Artifact, IHasDependencies
    {
        var edges = nodes.ToDictionary(n => n, n => (IReadOnlyList<T>)n.DependencyIds.Select(resolve).OfType<T>().Distinct().ToList());
        foreach (var component in Graph.StronglyConnected(nodes, n => edges[n]).Where(c => c.Count > 1 || edges[c[0]].Contains(c[0])))
        {
            var ordered = component.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
            var members = component.ToHashSet();
            var cycle = Graph.ShortestCycle(ordered[0], members, n => edges[n]);
            var successor = new Dictionary<T, T>();
            for (var i = 0; i < cycle.Count - 1; i++) successor[cycle[i]] = cycle[i + 1];
            Location Points(T from, T to) => from.DependencyLocationOf(from.DependencyIds.ToList().IndexOf(to.Id));
            var related = ordered.Skip(1).Select(m =>
            {
                var to = successor.TryGetValue(m, out var next) ? next : edges[m].First(members.Contains);
                return new RelatedLocation(Points(m, to), $"'{Excerpt.Of(m.Id)}' depends on '{Excerpt.Of(to.Id)}', part of the same cycle");
            });
            var shown = cycle.Count <= 12 ? cycle.Select(a => Excerpt.Of(a.Id)) : cycle.Take(10).Select(a => Excerpt.Of(a.Id)).Append($"… ({cycle.Count - 11} more)").Append(Excerpt.Of(cycle[0].Id));
            context.Report(component.Count == 1 ? "self" : cycleMessage, Points(cycle[0], cycle[1]),
                new { cycle = string.Join(" → ", shown), id = cycle[0].Id, members = Format.List(ordered, a => Excerpt.Of(a.Id)) }, related);
        }
    }

    var ws = context.Workspace;
    Check(ws.BacklogItems, id => ws.Find<BacklogItem>(id), "backlog-item-cycle");
    Check(ws.RoadmapItems, id => ws.Find<RoadmapItem>(id), "roadmap-item-cycle");
});

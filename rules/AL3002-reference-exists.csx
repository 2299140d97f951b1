var descriptor = new RuleDescriptor(
    Id: "AL3002",
    Name: "reference-exists",
    Title: "Every reference names an existing artifact of the expected kind",
    MessageFormat: "'{0}' references '{1}', which {2}",
    Category: "Traceability",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["backlog-item", "goal", "roadmap-item", "sprint", "release", "idea"],
};

string Word(string kind) => kind switch { "backlog-item" => "backlog item", "roadmap-item" => "roadmap item", _ => kind };
string WithArticle(string kind) => ("aeiou".Contains(Word(kind)[0]) ? "an " : "a ") + Word(kind);
string[] One(string? id) => id is null ? [] : [id];

return new Rule(descriptor, context =>
{
    var ws = context.Workspace;
    var idsByKind = ws.Artifacts.GroupBy(a => a.Kind, StringComparer.Ordinal).ToDictionary(
        g => g.Key,
        g => g.Select(a => a.Id).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToArray(),
        StringComparer.Ordinal);
    var existing = idsByKind.ToDictionary(p => p.Key, p => p.Value.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    // Suggestions come from an index per kind (built on first need), once per distinct missing id: thousands of
    // unknown ids against thousands of real ones cost time in proportion to their number, not to its square.
    var indexes = new Dictionary<string, SuggestionIndex>(StringComparer.Ordinal);
    var closest = new Dictionary<(string Kind, string Id), string?>();

    void Check(Artifact artifact, string field, IReadOnlyList<string> ids, string kind, bool isList = false)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            if (existing.TryGetValue(kind, out var known) && known.Contains(id))
            {
                continue;
            }

            if (!closest.TryGetValue((kind, id), out var suggestion))
            {
                if (!indexes.TryGetValue(kind, out var index))
                {
                    indexes[kind] = index = Suggestions.For(idsByKind.TryGetValue(kind, out var candidates) ? candidates : []);
                }

                suggestion = index.Closest(id);
                closest[(kind, id)] = suggestion;
            }

            var other = ws.Find(id);
            var what = other is not null ? $"is {WithArticle(other.Kind)}, not {WithArticle(kind)}" : $"is not {WithArticle(kind)} in this workspace";
            var fix = suggestion is not null ? $". Did you mean '{Excerpt.Of(suggestion)}'?"
                : other is not null ? $": '{field}' must name {WithArticle(kind)}"
                : $": correct the id, or create the {Word(kind)} it refers to";
            context.Report(isList ? artifact.LocationOf(field, i) : artifact.LocationOf(field), field, id, what + fix);
        }
    }

    foreach (var item in ws.BacklogItems)
    {
        Check(item, "goals", item.GoalIds, "goal", isList: true);
        Check(item, "parent", One(item.ParentId), "backlog-item");
        Check(item, "roadmap_item", One(item.RoadmapItemId), "roadmap-item");
        Check(item, "sprint", One(item.SprintId), "sprint");
        Check(item, "release", One(item.ReleaseId), "release");
        Check(item, "dependencies", item.DependencyIds, "backlog-item", isList: true);
    }

    foreach (var goal in ws.Goals) Check(goal, "parent", One(goal.ParentId), "goal");
    foreach (var roadmapItem in ws.RoadmapItems)
    {
        Check(roadmapItem, "goals", roadmapItem.GoalIds, "goal", isList: true);
        Check(roadmapItem, "release", One(roadmapItem.ReleaseId), "release");
        Check(roadmapItem, "dependencies", roadmapItem.DependencyIds, "roadmap-item", isList: true);
    }

    foreach (var sprint in ws.Sprints) Check(sprint, "release", One(sprint.ReleaseId), "release");
    foreach (var release in ws.Releases) Check(release, "goals", release.GoalIds, "goal", isList: true);
    foreach (var idea in ws.Ideas) Check(idea, "goals", idea.GoalIds, "goal", isList: true);
});

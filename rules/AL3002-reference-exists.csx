var descriptor = new RuleDescriptor(
    Id: "AL3002",
    Name: "reference-exists",
    Title: "Every reference names an existing artifact of the expected kind",
    Category: "Traceability",
    DefaultSeverity: Severity.Error)
{
    Kinds = ["backlog-item", "goal", "roadmap-item", "sprint", "release", "idea"],
    Messages = new()
    {
        ["missing"] = "'{field}' references '{id}', which is not {expected} in this workspace: correct the id, or create the {kind} it refers to",
        ["missing-did-you-mean"] = "'{field}' references '{id}', which is not {expected} in this workspace. Did you mean '{suggestion}'?",
        ["wrong-kind"] = "'{field}' references '{id}', which is {actual}, not {expected}: '{field}' must name {expected}",
        ["wrong-kind-did-you-mean"] = "'{field}' references '{id}', which is {actual}, not {expected}. Did you mean '{suggestion}'?",
    },
};

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
            var message = (other is null ? "missing" : "wrong-kind") + (suggestion is null ? "" : "-did-you-mean");
            var location = isList ? artifact.LocationOf(field, i) : artifact.LocationOf(field);

            // Only an id that names nothing and is one edit from a single real one (PB-1O2 for PB-102) is surely meant:
            // G-9 among G-1 to G-8 is not, nor an id of another kind (the field may be the mistake, not the id).
            var meant = other is null && suggestion is not null && indexes[kind].Unique(id) == suggestion ? suggestion : null;
            context.Report(message, location, fix: meant is null ? null : Fix.ReplaceValue(location, meant, $"Reference '{meant}' instead of '{Excerpt.Of(id)}'"), values: new
            {
                field,
                id,
                expected = Kinds.WithArticle(kind),
                actual = other is null ? null : Kinds.WithArticle(other.Kind),
                kind = Kinds.Label(kind),
                suggestion,
            });
        }
    }

    foreach (var item in ws.BacklogItems)
    {
        Check(item, BacklogItem.Fields.Goals, item.GoalIds, Kinds.Goal, isList: true);
        Check(item, BacklogItem.Fields.Parent, One(item.ParentId), Kinds.BacklogItem);
        Check(item, BacklogItem.Fields.RoadmapItem, One(item.RoadmapItemId), Kinds.RoadmapItem);
        Check(item, BacklogItem.Fields.Sprint, One(item.SprintId), Kinds.Sprint);
        Check(item, BacklogItem.Fields.Release, One(item.ReleaseId), Kinds.Release);
        Check(item, BacklogItem.Fields.Dependencies, item.DependencyIds, Kinds.BacklogItem, isList: true);
    }

    foreach (var goal in ws.Goals) Check(goal, Goal.Fields.Parent, One(goal.ParentId), Kinds.Goal);
    foreach (var roadmapItem in ws.RoadmapItems)
    {
        Check(roadmapItem, RoadmapItem.Fields.Goals, roadmapItem.GoalIds, Kinds.Goal, isList: true);
        Check(roadmapItem, RoadmapItem.Fields.Release, One(roadmapItem.ReleaseId), Kinds.Release);
        Check(roadmapItem, RoadmapItem.Fields.Dependencies, roadmapItem.DependencyIds, Kinds.RoadmapItem, isList: true);
    }

    foreach (var sprint in ws.Sprints) Check(sprint, Sprint.Fields.Release, One(sprint.ReleaseId), Kinds.Release);
    foreach (var release in ws.Releases) Check(release, Release.Fields.Goals, release.GoalIds, Kinds.Goal, isList: true);
    foreach (var idea in ws.Ideas) Check(idea, Idea.Fields.Goals, idea.GoalIds, Kinds.Goal, isList: true);
});

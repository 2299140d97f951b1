using System.Globalization;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Api;

/// <summary>A strategic goal (<c>goals/</c>).</summary>
public sealed class Goal : Artifact
{
    internal Goal(Document document, string id, IReadOnlySet<string> invalidFields)
        : base(document, Kinds.Goal, id, invalidFields)
    {
    }

    /// <summary>The <c>owner</c> field.</summary>
    public string? Owner => Text("owner");

    /// <summary>The <c>period</c> field (<c>2027-Q1</c>, <c>2027-H1</c> or <c>2027</c>).</summary>
    public string? Period => Text("period");

    /// <summary>The <c>priority</c> field.</summary>
    public string? Priority => Text("priority");

    /// <summary>The id in <c>parent</c>.</summary>
    public string? ParentId => Text("parent");

    /// <summary>The parent goal, if it exists.</summary>
    public Goal? Parent => Workspace.Find<Goal>(ParentId);

    /// <summary>The goals whose <c>parent</c> is this goal.</summary>
    public IReadOnlyList<Goal> Children => Workspace.Referrers<Goal>("parent", Id);

    /// <summary>The backlog items that name this goal in <c>goals</c>.</summary>
    public IReadOnlyList<BacklogItem> BacklogItems => Workspace.Referrers<BacklogItem>("goals", Id);

    /// <summary>The roadmap items that name this goal in <c>goals</c>.</summary>
    public IReadOnlyList<RoadmapItem> RoadmapItems => Workspace.Referrers<RoadmapItem>("goals", Id);

    /// <summary>The <c>key_results</c>, in order.</summary>
    public IReadOnlyList<KeyResult> KeyResults => Field<JArray>("key_results") is { } list
        ? list.Select((kr, i) => new KeyResult(
            Scalar(kr, "metric"),
            Decimal(kr, "baseline"),
            Decimal(kr, "target"),
            Scalar(kr, "unit"),
            LocationOf("key_results", i))).ToArray()
        : [];

    /// <summary>Status <c>active</c>.</summary>
    public bool IsActive => Status == "active";

    /// <summary>Status <c>proposed</c> or <c>active</c>.</summary>
    public bool IsLive => Status is "active" or "proposed";

    /// <summary>Status <c>dropped</c>.</summary>
    public bool IsDropped => Status == "dropped";

    private static string? Scalar(JToken parent, string name) =>
        parent[name] is JValue { Value: not null } v ? Convert.ToString(v.Value, CultureInfo.InvariantCulture) : null;

    private static decimal? Decimal(JToken parent, string name) => parent[name] is JValue v ? ToDecimal(v) : null;
}

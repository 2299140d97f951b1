namespace ArtifactLint.Api;

/// <summary>A product idea (<c>ideas/</c>) from a stakeholder.</summary>
public sealed class Idea : Artifact
{
    internal Idea(Document document, string id, IReadOnlySet<string> invalidFields)
        : base(document, Kinds.Idea, id, invalidFields)
    {
    }

    /// <summary>The <c>submitted_by</c> field.</summary>
    public string? SubmittedBy => Text("submitted_by");

    /// <summary>The <c>submitted_date</c>.</summary>
    public DateOnly? SubmittedDate => DateOf("submitted_date");

    /// <summary>The <c>updated_date</c>.</summary>
    public DateOnly? UpdatedDate => DateOf("updated_date");

    /// <summary>The <c>decided_date</c>.</summary>
    public DateOnly? DecidedDate => DateOf("decided_date");

    /// <summary>The <c>decision</c>: the answer given back to the stakeholders.</summary>
    public string? Decision => Text("decision");

    /// <summary>The <c>stakeholders</c> list.</summary>
    public IReadOnlyList<string> Stakeholders => Strings("stakeholders");

    /// <summary>The ids in <c>goals</c>.</summary>
    public IReadOnlyList<string> GoalIds => Strings("goals");

    /// <summary>The goals named in <c>goals</c> that exist.</summary>
    public IReadOnlyList<Goal> Goals => Workspace.Resolve<Goal>(GoalIds).ToArray();
}

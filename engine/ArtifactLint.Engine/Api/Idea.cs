namespace ArtifactLint.Api;

/// <summary>A product idea (<c>ideas/</c>) from a stakeholder.</summary>
public sealed class Idea : Artifact
{
    internal Idea(Document document, string id, IReadOnlySet<string> invalidFields)
        : base(document, Kinds.Idea, id, invalidFields)
    {
    }

    /// <summary>
    /// The names of an idea's fields, for <see cref="Artifact.LocationOf(string)"/>, <see cref="Artifact.Has"/>,
    /// <see cref="Artifact.Field{T}"/> and <see cref="Workspace.Referrers{T}"/>: <c>item.LocationOf(BacklogItem.Fields.Estimate)</c>.
    /// They are the model's names; a format profile may map one to another key of its documents.
    /// </summary>
    public static class Fields
    {
        /// <summary>The <c>id</c> field.</summary>
        public const string Id = "id";

        /// <summary>The <c>title</c> field.</summary>
        public const string Title = "title";

        /// <summary>The <c>status</c> field.</summary>
        public const string Status = "status";

        /// <summary>The <c>submitted_by</c> field.</summary>
        public const string SubmittedBy = "submitted_by";

        /// <summary>The <c>submitted_date</c> field.</summary>
        public const string SubmittedDate = "submitted_date";

        /// <summary>The <c>updated_date</c> field.</summary>
        public const string UpdatedDate = "updated_date";

        /// <summary>The <c>stakeholders</c> field.</summary>
        public const string Stakeholders = "stakeholders";

        /// <summary>The <c>goals</c> field.</summary>
        public const string Goals = "goals";

        /// <summary>The <c>decision</c> field.</summary>
        public const string Decision = "decision";

        /// <summary>The <c>decided_date</c> field.</summary>
        public const string DecidedDate = "decided_date";
    }

    /// <summary>The <c>submitted_by</c> field.</summary>
    public string? SubmittedBy => Text(Fields.SubmittedBy);

    /// <summary>The <c>submitted_date</c>.</summary>
    public DateOnly? SubmittedDate => DateOf(Fields.SubmittedDate);

    /// <summary>The <c>updated_date</c>.</summary>
    public DateOnly? UpdatedDate => DateOf(Fields.UpdatedDate);

    /// <summary>The <c>decided_date</c>.</summary>
    public DateOnly? DecidedDate => DateOf(Fields.DecidedDate);

    /// <summary>The <c>decision</c>: the answer given back to the stakeholders.</summary>
    public string? Decision => Text(Fields.Decision);

    /// <summary>The <c>stakeholders</c> list.</summary>
    public IReadOnlyList<string> Stakeholders => Strings(Fields.Stakeholders);

    /// <summary>The ids in <c>goals</c>.</summary>
    public IReadOnlyList<string> GoalIds => Strings(Fields.Goals);

    /// <summary>The goals named in <c>goals</c> that exist.</summary>
    public IReadOnlyList<Goal> Goals => Workspace.Resolve<Goal>(GoalIds).ToArray();
}

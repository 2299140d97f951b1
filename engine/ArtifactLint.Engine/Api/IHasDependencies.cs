namespace ArtifactLint.Api;

/// <summary>An artifact that can wait on others of its kind: a backlog item or a roadmap item, each with its <c>dependencies</c>.</summary>
public interface IHasDependencies
{
    /// <summary>The artifact's id.</summary>
    string Id { get; }

    /// <summary>The ids in <c>dependencies</c>, as written.</summary>
    IReadOnlyList<string> DependencyIds { get; }

    /// <summary>Where the <paramref name="index"/>th element of <paramref name="field"/> is written (the front matter's start when it is absent).</summary>
    Location LocationOf(string field, int index);

    /// <summary>Where the <paramref name="index"/>th id of <c>dependencies</c> is written.</summary>
    Location DependencyLocationOf(int index);
}

using ArtifactLint.Api;

namespace ArtifactLint.Loading;

/// <summary>Turns a document with a kind and a valid id into its typed artifact.</summary>
internal static class ArtifactFactory
{
    public static Artifact? Create(Document document, IReadOnlySet<string> invalidFields)
    {
        if (document.Kind is not { } kind
            || invalidFields.Contains("id")
            || document.FrontMatter?.Values["id"] is not { IsScalar: true } idValue
            || idValue.Text is not { Length: > 0 } id)
        {
            return null;
        }

        return kind switch
        {
            Kinds.Vision => new Vision(document, id, invalidFields),
            Kinds.Goal => new Goal(document, id, invalidFields),
            Kinds.RoadmapItem => new RoadmapItem(document, id, invalidFields),
            Kinds.BacklogItem => new BacklogItem(document, id, invalidFields),
            Kinds.Sprint => new Sprint(document, id, invalidFields),
            Kinds.Release => new Release(document, id, invalidFields),
            Kinds.Idea => new Idea(document, id, invalidFields),
            _ => new Artifact(document, kind, id, invalidFields),
        };
    }
}

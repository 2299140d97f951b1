namespace ArtifactLint.Benchmarks.Corpus.Text;

/// <summary>
/// A product area of the fictional product. Actions are lower-case verb phrases that finish
/// "I want to ..."; Benefits finish "so that ..."; Bugs describe a defect.
/// </summary>
internal sealed record Area(
    string Slug,
    string Name,
    string Persona,
    string[] Actions,
    string[] Benefits,
    string[] Epics,
    string[] Bugs);

namespace ArtifactLint.Configuration;

/// <summary>A <c>kinds:</c> entry as written.</summary>
internal sealed record KindJson
{
    public IReadOnlyList<string>? Paths { get; init; }

    public Located<string>? Schema { get; init; }
}

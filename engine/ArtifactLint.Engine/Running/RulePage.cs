namespace ArtifactLint.Running;

/// <summary>Where a rule's documentation page is: the <c>.md</c> beside its <c>{Id}-{name}.csx</c>, or the engine's own page.</summary>
internal sealed record RulePage(string Id, string Name, string Path);

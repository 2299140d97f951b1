namespace ArtifactLint.Tests.Processes;

/// <summary>Tests that start CLI processes run on their own, after the parallel tests: each process wants both cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessCollection
{
    public const string Name = "Processes";
}

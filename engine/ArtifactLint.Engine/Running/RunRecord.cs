namespace ArtifactLint.Running;

/// <summary>What a finished lint gave, to give it again (<see cref="RunCache"/>): its exit code, stdout, stderr and report files, in order.</summary>
internal sealed record RunRecord(int ExitCode, string Out, string Error, IReadOnlyList<(string Path, string Text)> Files);

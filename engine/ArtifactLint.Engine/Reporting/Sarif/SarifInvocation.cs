namespace ArtifactLint.Reporting;

/// <summary>SARIF's <c>invocation</c>: whether the run succeeded (false when the config or a rule failed).</summary>
internal sealed record SarifInvocation(bool ExecutionSuccessful);

namespace ArtifactLint.Reporting;

/// <summary>SARIF's <c>multiformatMessageString</c>: a rule's description or message template, plain text only.</summary>
internal sealed record SarifMultiformatMessageString(string Text);

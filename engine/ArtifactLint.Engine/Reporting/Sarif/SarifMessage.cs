namespace ArtifactLint.Reporting;

/// <summary>SARIF's <c>message</c>: the text, and, when the rule declares it, the message's id and its arguments.</summary>
/// <param name="Text">The message as the other formats print it, for viewers that do not look the id up.</param>
/// <param name="Id">The id in the rule's <c>messageStrings</c>, or null.</param>
/// <param name="Arguments">The template's arguments in order, or null when there are none.</param>
internal sealed record SarifMessage(string Text, string? Id = null, IReadOnlyList<string>? Arguments = null);

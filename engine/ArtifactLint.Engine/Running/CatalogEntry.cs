using ArtifactLint.Api;

namespace ArtifactLint.Running;

/// <summary>One rule as <c>rules list</c> shows it.</summary>
/// <param name="Descriptor">What the rule is.</param>
/// <param name="Source"><c>engine</c>, or the script's path.</param>
/// <param name="Severity">Its severity in this workspace (<c>off</c>, <c>error</c>, <c>warning</c>, <c>info</c>).</param>
internal sealed record CatalogEntry(RuleDescriptor Descriptor, string Source, string Severity);

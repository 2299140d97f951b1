namespace ArtifactLint.Reporting;

/// <summary>SARIF's fix (§3.55): what it does, and the changes to each file.</summary>
internal sealed record SarifFix(SarifMessage Description, IReadOnlyList<SarifArtifactChange> ArtifactChanges);

/// <summary>SARIF's artifactChange (§3.56): the replacements in one file.</summary>
internal sealed record SarifArtifactChange(SarifArtifactLocation ArtifactLocation, IReadOnlyList<SarifReplacement> Replacements);

/// <summary>SARIF's replacement (§3.57): the region deleted (empty to insert) and the text put there.</summary>
internal sealed record SarifReplacement(SarifRegion DeletedRegion, SarifArtifactContent? InsertedContent);

/// <summary>SARIF's artifactContent (§3.3), as text.</summary>
internal sealed record SarifArtifactContent(string Text);

namespace ArtifactLint.Loading;

/// <summary>Ends reading a YAML text after a diagnostic that makes the rest meaningless (an alias bomb, too deep a nesting).</summary>
internal sealed class YamlStop : Exception
{
}

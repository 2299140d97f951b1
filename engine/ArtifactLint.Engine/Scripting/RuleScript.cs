namespace ArtifactLint.Scripting;

/// <summary>
/// Names shared by the compiler (cache miss) and the loader (every run). Kept apart from the
/// compiler so that a warm run never touches a type that mentions Roslyn.
/// </summary>
internal static class RuleScript
{
    /// <summary>
    /// The path every script is compiled under. Fixed rather than the rule's real path so that a
    /// cached DLL does not depend on where the script lives; stack frames carrying it are the rule's.
    /// </summary>
    public const string FileName = "rule.csx";

    /// <summary>The assembly name of every compiled rule; each rule loads into its own context.</summary>
    public const string AssemblyName = "ArtifactLint.Rule";

    /// <summary>Roslyn emits a script compilation as this top-level type with a static factory method.</summary>
    public const string SubmissionType = "Script";

    public const string FactoryMethod = "<Factory>";
}

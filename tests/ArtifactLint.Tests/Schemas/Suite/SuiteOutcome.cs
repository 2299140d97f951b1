namespace ArtifactLint.Tests.Schemas.Suite;

/// <summary>What linting a suite test's document gave.</summary>
internal enum SuiteOutcome
{
    /// <summary>The verdict is the suite's: an AL1001 exactly when the instance is invalid.</summary>
    Passed,

    /// <summary>The verdict is wrong, and the run says the schema is not fully checked (AL0010 or AL0011 for its kind).</summary>
    Warned,

    /// <summary>The verdict is wrong and nothing says so.</summary>
    Silent,
}

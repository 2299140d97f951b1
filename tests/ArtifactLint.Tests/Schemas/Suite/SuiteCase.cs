namespace ArtifactLint.Tests.Schemas.Suite;

/// <summary>One test of the JSON-Schema-Test-Suite, as a document of a team kind.</summary>
/// <param name="File">The suite file, without .json: the keyword it tests (<c>maxLength</c>, <c>optional/format/date</c>).</param>
/// <param name="Group">The group's description (one schema).</param>
/// <param name="Test">The test's description (one instance).</param>
/// <param name="Valid">Whether the instance is valid against the schema.</param>
/// <param name="Wrapped">Whether the instance is not an object, and the document holds it as <c>value</c>.</param>
/// <param name="Kind">The kind the document is of (one per group, and one more for its wrapped instances).</param>
/// <param name="Path">The document's path in the workspace.</param>
internal sealed record SuiteCase(string File, string Group, string Test, bool Valid, bool Wrapped, string Kind, string Path);

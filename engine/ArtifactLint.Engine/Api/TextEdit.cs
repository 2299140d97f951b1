namespace ArtifactLint.Api;

/// <summary>
/// One change to a file's text: what lies between <see cref="Location"/>'s start and end (1-based lines and columns,
/// the end column just past the last character; start and end equal to insert) becomes <see cref="NewText"/>.
/// A <c>\n</c> in <see cref="NewText"/> is written as the file's own line break.
/// </summary>
/// <param name="Location">The span replaced.</param>
/// <param name="NewText">What is written instead.</param>
public sealed record TextEdit(Location Location, string NewText);

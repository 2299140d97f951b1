using ArtifactLint.Api;

namespace ArtifactLint.Suppressions;

/// <summary>A comment that starts with <c>artifactlint-disable</c>, before it is parsed.</summary>
/// <param name="Text">The comment's text without its delimiters (<c>&lt;!--</c>/<c>--&gt;</c> or <c>#</c>), trimmed.</param>
/// <param name="Location">The whole comment, delimiters included.</param>
/// <param name="Problem">Why the comment cannot be read at all (it is not closed on its line), or null.</param>
internal sealed record SuppressionComment(string Text, Location Location, string? Problem = null);

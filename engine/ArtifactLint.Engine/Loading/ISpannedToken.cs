using ArtifactLint.Api;

namespace ArtifactLint.Loading;

/// <summary>
/// A JSON token built by the YAML reader, which knows where it is written: a value's text, or a
/// property's key. Kept in the token itself, not in a side table, because a table of every token of
/// every document is what a large workspace's garbage collector spends most of its time copying.
/// </summary>
internal interface ISpannedToken
{
    SourceSpan Span { get; }
}

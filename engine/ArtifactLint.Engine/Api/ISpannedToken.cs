namespace ArtifactLint.Api;

/// <summary>
/// A JSON token built by the YAML reader, which knows where it is written: a value's text, or a
/// property's key. Kept in the token itself, not in a side table, because a table of every token of
/// every document is what a large workspace's garbage collector spends most of its time copying.
/// </summary>
internal interface ISpannedToken
{
    SourceSpan Span { get; }

    /// <summary>Where the token is written; false for a token the reader did not build (an empty front matter's root).</summary>
    public static bool TryGet(Newtonsoft.Json.Linq.JToken token, out SourceSpan span)
    {
        if (token is ISpannedToken spanned)
        {
            span = spanned.Span;
            return true;
        }

        span = default;
        return false;
    }
}

namespace ArtifactLint.Api;

/// <summary>One <c>key: value</c> of a front-matter mapping, with the span of its key (<c>status</c> in <c>status: ready</c>).</summary>
internal readonly record struct FrontMatterEntry(string Key, SourceSpan KeySpan, FrontMatterValue Value);

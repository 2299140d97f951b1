using ArtifactLint.Files;

namespace ArtifactLint.Running;

/// <summary>One lint run: a <see cref="LintSession"/> opened, linted once and closed, then the cache trimmed.</summary>
internal static class Linter
{
    public static LintResult Run(LintRequest request)
    {
        using var session = LintSession.Open(request, once: true);
        var result = session.Lint();
        if (!result.ConfigFailed && session.Config is { } config && !request.NoCache && request.CacheDirectory is { } cache)
        {
            // What this run added to the cache may take it past its budget: the entries used longest ago go.
            CacheTrim.TrimIfGrown(cache, config.CacheSize);
        }

        return result;
    }
}

using System.Text;

namespace ArtifactLint.Git;

/// <summary>The files git sees as renamed between a revision and now (the index, or the working tree), old path → new, relative to the repository root.</summary>
internal static class GitRenames
{
    /// <param name="repository">The repository.</param>
    /// <param name="since">The earlier revision (a tree or commit id).</param>
    /// <param name="staged">Compare with the index (<c>--staged</c>); else with the working tree.</param>
    /// <param name="until">A later revision to compare with instead (a pushed range), or null.</param>
    public static IReadOnlyDictionary<string, string> Since(GitRepository repository, string since, bool staged, string? until)
    {
        IReadOnlyList<string> compared = until is not null ? [since, until] : staged ? ["--cached", since] : [since];
        IReadOnlyList<string> arguments = ["diff", "-z", "-M", "--name-status", "--no-ext-diff", .. compared, "--"];
        var fields = Encoding.UTF8.GetString(repository.Git.Run(arguments)!).Split('\0');
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Length && fields[i].Length > 0;)
        {
            // "R<score>\0<old>\0<new>\0" for a rename (C for a copy); "<status>\0<path>\0" otherwise.
            var status = fields[i];
            if (status[0] is 'R' && i + 2 < fields.Length)
            {
                renames[fields[i + 1]] = fields[i + 2];
            }

            i += status[0] is 'R' or 'C' ? 3 : 2;
        }

        return renames;
    }
}

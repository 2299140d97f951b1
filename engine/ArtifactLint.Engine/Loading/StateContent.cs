namespace ArtifactLint.Loading;

/// <summary>What git holds for a file of a <see cref="RepositoryState"/>.</summary>
/// <param name="Bytes">The content; null when it is larger than was asked for (it was not read).</param>
/// <param name="Size">Its size in bytes.</param>
internal sealed record StateContent(byte[]? Bytes, long Size)
{
    /// <summary>Git has no content for the file here (a partial clone's blob that was never fetched).</summary>
    public static StateContent Missing { get; } = new(null, -1);
}

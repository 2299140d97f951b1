namespace ArtifactLint.Loading;

/// <summary>What a regular file is without reading it: a file whose stamp is unchanged has the bytes it had (see <see cref="FileProbe.Stamp"/>).</summary>
internal readonly record struct FileStamp(long Size, long WrittenNs, long ChangedNs, long Inode);

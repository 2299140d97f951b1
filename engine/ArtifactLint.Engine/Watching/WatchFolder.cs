namespace ArtifactLint.Watching;

/// <summary>A folder to watch (absolute), with or without its subfolders.</summary>
internal sealed record WatchFolder(string Path, bool Recursive);

namespace ArtifactLint.Loading;

/// <summary>What a path is: only a <see cref="Regular"/> file is ever opened as a document.</summary>
internal enum FileType
{
    Regular,
    Directory,
    NamedPipe,
    Socket,
    CharacterDevice,
    BlockDevice,
    SymbolicLink,
    Other,
}

using System.Runtime.InteropServices;

namespace ArtifactLint.Loading;

/// <summary>
/// The head of the runtime's own <c>FileStatus</c> (System.Native's platform-neutral <c>stat</c>), the same layout on
/// Linux and macOS: these first fields have been stable since .NET Core 1.0; the size leaves room for the fields after them.
/// </summary>
[StructLayout(LayoutKind.Sequential, Size = 256)]
internal struct NativeFileStatus
{
    public int Flags;
    public int Mode;
    public uint Uid;
    public uint Gid;
    public long Size;
}

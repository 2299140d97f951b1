using System.Runtime.InteropServices;

namespace ArtifactLint.Loading;

/// <summary>
/// The head of the runtime's own <c>FileStatus</c> (System.Native's platform-neutral <c>stat</c>), the same layout on
/// Linux and macOS: these first fields have been stable since .NET Core 1.0; the size leaves room for the fields after them.
/// The times and the inode are read only through <see cref="FileProbe.Stamp"/>, which checks them against the managed API first.
/// </summary>
[StructLayout(LayoutKind.Sequential, Size = 256)]
internal struct NativeFileStatus
{
    public int Flags;
    public int Mode;
    public uint Uid;
    public uint Gid;
    public long Size;
    public long ATime;
    public long ATimeNsec;
    public long MTime;
    public long MTimeNsec;
    public long CTime;
    public long CTimeNsec;
    public long BirthTime;
    public long BirthTimeNsec;
    public long Dev;
    public long RDev;
    public long Ino;
}

using System.Runtime.InteropServices;

namespace ArtifactLint.Loading;

/// <summary>
/// The type and size of a path without opening it: opening a named pipe blocks until a writer comes, and a device
/// has no end. .NET's public file API cannot tell a pipe or a device from a regular file
/// (<see cref="FileSystemInfo.Attributes"/> says Normal for all three), so on Unix this asks the runtime's own
/// System.Native library, as the .NET SDK does.
/// </summary>
internal static class FileProbe
{
    private const int TypeMask = 0xF000;
    private const int NamedPipeType = 0x1000;
    private const int CharacterDeviceType = 0x2000;
    private const int DirectoryType = 0x4000;
    private const int BlockDeviceType = 0x6000;
    private const int RegularType = 0x8000;
    private const int LinkType = 0xA000;
    private const int SocketType = 0xC000;

    private static volatile bool _nativeMissing;

    /// <summary>
    /// The path's type and size (a link itself when <paramref name="followLinks"/> is false), or null when it cannot be
    /// asked (missing, no permission, a link loop): opening it then says why.
    /// </summary>
    public static (FileType Type, long Size)? Status(string path, bool followLinks)
    {
        if (OperatingSystem.IsWindows() || _nativeMissing)
        {
            return Managed(path, followLinks);
        }

        try
        {
            var result = followLinks ? NativeStat(path, out var status) : NativeLinkStat(path, out status);
            return result == 0 ? (TypeOf(status.Mode), status.Size) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _nativeMissing = true;
            return Managed(path, followLinks);
        }
    }

    /// <summary>
    /// What a regular file is now, to tell whether it changed without reading it: its size, write and change times
    /// (nanoseconds) and inode, not following a link; null for anything but a regular file, or when this runtime's
    /// status cannot be trusted to say (the first call checks the fields against <see cref="FileInfo"/>).
    /// </summary>
    public static FileStamp? Stamp(string path)
    {
        if (OperatingSystem.IsWindows() || _nativeMissing || !s_stampsTrusted.Value)
        {
            return null;
        }

        return NativeLinkStat(path, out var status) == 0 && TypeOf(status.Mode) == FileType.Regular
            ? new FileStamp(status.Size, status.MTime * 1_000_000_000 + status.MTimeNsec, status.CTime * 1_000_000_000 + status.CTimeNsec, status.Ino)
            : null;
    }

    // The fields after Size are read by their place in the runtime's struct: trusted only when they say what FileInfo says.
    private static readonly Lazy<bool> s_stampsTrusted = new(() =>
    {
        try
        {
            var probe = typeof(FileProbe).Assembly.Location;
            if (probe.Length == 0 || NativeLinkStat(probe, out var status) != 0)
            {
                return false;
            }

            var info = new FileInfo(probe);
            var written = DateTime.UnixEpoch.AddTicks(status.MTime * TimeSpan.TicksPerSecond + status.MTimeNsec / 100);
            return status.Size == info.Length && written == info.LastWriteTimeUtc && status.Ino != 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    });

    private static FileType TypeOf(int mode) => (mode & TypeMask) switch
    {
        RegularType => FileType.Regular,
        DirectoryType => FileType.Directory,
        LinkType => FileType.SymbolicLink,
        NamedPipeType => FileType.NamedPipe,
        SocketType => FileType.Socket,
        CharacterDeviceType => FileType.CharacterDevice,
        BlockDeviceType => FileType.BlockDevice,
        _ => FileType.Other,
    };

    // Windows has no pipes or devices among its files, only the Device attribute; elsewhere this is the fallback
    // for a runtime without System.Native, where the bounded read is what still protects the run.
    private static (FileType Type, long Size)? Managed(string path, bool followLinks)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        try
        {
            if (info.LinkTarget is not null)
            {
                if (!followLinks)
                {
                    return (FileType.SymbolicLink, 0);
                }

                info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return info switch
        {
            { Exists: false } => null,
            DirectoryInfo => (FileType.Directory, 0),
            FileInfo file when file.Attributes.HasFlag(FileAttributes.Device) => (FileType.Other, 0),
            FileInfo file => (FileType.Regular, file.Length),
            _ => null,
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int NativeStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out NativeFileStatus status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int NativeLinkStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out NativeFileStatus status);
}

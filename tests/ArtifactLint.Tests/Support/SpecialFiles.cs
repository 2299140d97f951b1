using System.Runtime.InteropServices;

namespace ArtifactLint.Tests.Support;

/// <summary>What a test cannot commit: named pipes, links to devices. Unix only (callers return early on Windows).</summary>
internal static class SpecialFiles
{
    /// <summary>Creates a named pipe (FIFO): .NET has no API for it, libc has.</summary>
    public static void MakeFifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (MakeFifo(path, Convert.ToUInt32("644", 8)) != 0)
        {
            throw new IOException($"mkfifo {path} failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>Runs <paramref name="run"/> and fails the test, instead of stalling the run, when it does not end in time (a read of a pipe or a device would block).</summary>
    public static T WithinTimeout<T>(Func<T> run)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(TimeSpan.FromSeconds(30)), "the run did not finish within 30 s: something blocked on a special file");
        return task.Result;
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);
}

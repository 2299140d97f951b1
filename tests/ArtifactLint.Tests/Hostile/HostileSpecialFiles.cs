using System.Net.Sockets;

namespace ArtifactLint.Tests.Hostile;

/// <summary>
/// What cannot be committed: named pipes, sockets, links to devices, to <c>/</c> and out of the workspace,
/// link loops, permission bits, sparse files larger than <c>max_file_size</c>. Unix only.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal static class HostileSpecialFiles
{
    private const string Folder = "backlog/special";

    private static readonly List<Socket> BoundSockets = [];

    public static void Write(HostileWriter w, string goalDocument)
    {
        var folder = w.Full(Folder);
        Directory.CreateDirectory(folder);

        Fifo(w, "pipe.md");
        Link(w, "zero.md", "/dev/zero");
        Link(w, "urandom.md", "/dev/urandom");
        Link(w, "null.md", "/dev/null");
        Link(w, "root", "/");
        Link(w, "outside.md", Path.Combine(w.Manifest.Outside, "secret.md"));
        Link(w, "outside-relative.md", Path.GetRelativePath(folder, Path.Combine(w.Manifest.Outside, "secret.md")));
        Link(w, "outside-folder", w.Manifest.Outside);
        Link(w, "shadow.md", File.Exists("/etc/shadow") ? "/etc/shadow" : "/etc/passwd");
        Link(w, "proc-self-environ.md", "/proc/self/environ");
        Link(w, "dangling.md", "nowhere/at/all.md");
        Link(w, "loop-a.md", "loop-b.md");
        Link(w, "loop-b.md", "loop-a.md");
        Link(w, "self-loop.md", "self-loop.md");
        Link(w, "loop-folder", ".");
        Link(w, "inside.md", Path.GetRelativePath(folder, w.Full(goalDocument)));
        Socket(w, "socket.md");

        w.Document($"{Folder}/locked.md", HostileText.Invalid("PB-P1"));
        File.SetUnixFileMode(w.Full($"{Folder}/locked.md"), UnixFileMode.None);
        w.Document($"{Folder}/locked-folder/PB-P2.md", HostileText.Invalid("PB-P2"));
        w.Manifest.ExpectReported($"{Folder}/locked-folder/PB-P2.md", $"{Folder}/locked-folder");
        File.SetUnixFileMode(w.Full($"{Folder}/locked-folder"), UnixFileMode.None);

        using (var sparse = File.Create(w.Full($"{Folder}/sparse-12mb.md")))
        {
            sparse.SetLength(12L * 1024 * 1024);
        }

        w.Manifest.ExpectReported($"{Folder}/sparse-12mb.md");
        w.Document($"{Folder}/text-11mb.md", HostileText.Invalid("PB-P3") + HostileText.Repeat("over the size limit\n", 11 * 1024 * 1024));
    }

    /// <summary>Gives every mode back and removes the links first, so that deleting the corpus never follows one.</summary>
    public static void Release(string workspace)
    {
        var folder = Path.Combine(workspace, Folder);
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is not null)
            {
                entry.Delete();
            }
            else if (entry is DirectoryInfo)
            {
                File.SetUnixFileMode(entry.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }

    private static void Link(HostileWriter w, string name, string target)
    {
        File.CreateSymbolicLink(w.Full($"{Folder}/{name}"), target);
        w.Manifest.ExpectReported($"{Folder}/{name}");
    }

    // .NET has no mkfifo; coreutils' is on every Unix this runs on.
    private static void Fifo(HostileWriter w, string name)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [w.Full($"{Folder}/{name}")]);
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0)
        {
            throw new IOException($"mkfifo exited with {mkfifo.ExitCode}");
        }

        w.Manifest.ExpectReported($"{Folder}/{name}");
    }

    // A socket's file lives as long as the bound socket: .NET removes it when the socket is closed.
    private static void Socket(HostileWriter w, string name)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(w.Full($"{Folder}/{name}")));
        lock (BoundSockets)
        {
            BoundSockets.Add(socket);
        }

        w.Manifest.ExpectReported($"{Folder}/{name}");
    }
}

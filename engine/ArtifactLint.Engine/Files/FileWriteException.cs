namespace ArtifactLint.Files;

/// <summary>A file the run was asked to write could not be written; <see cref="Exception.Message"/> says why, in a few words.</summary>
internal sealed class FileWriteException : IOException
{
    public FileWriteException(string cause, Exception? inner = null)
        : base(cause, inner)
    {
    }

    /// <summary>Why writing <paramref name="fullPath"/> failed, as a person would say it ("permission denied").</summary>
    public static string Cause(string fullPath, Exception e)
    {
        if (Directory.Exists(fullPath))
        {
            return "it is a folder";
        }

        if (FileInAncestors(Path.GetDirectoryName(fullPath)) is { } file)
        {
            return $"its folder cannot be created: '{file}' is a file";
        }

        return e switch
        {
            UnauthorizedAccessException => "permission denied",
            PathTooLongException => "its name is too long",
            DirectoryNotFoundException => "its folder does not exist",
            _ => OwnWords(e.Message),
        };
    }

    // The nearest existing ancestor, when it is a file rather than a folder.
    private static string? FileInAncestors(string? folder)
    {
        for (var at = folder; at is not null; at = Path.GetDirectoryName(at))
        {
            if (Directory.Exists(at))
            {
                return null;
            }

            if (File.Exists(at))
            {
                return at;
            }
        }

        return null;
    }

    // .NET words an OS error "No space left on device : '/path/.x.tmp'": keep the reason, drop the temp file's name.
    private static string OwnWords(string message)
    {
        var at = message.IndexOf(" : '", StringComparison.Ordinal);
        var reason = at > 0 ? message[..at] : message.TrimEnd('.');
        return reason.Length > 1 && char.IsUpper(reason[0]) && char.IsLower(reason[1])
            ? char.ToLowerInvariant(reason[0]) + reason[1..]
            : reason;
    }
}

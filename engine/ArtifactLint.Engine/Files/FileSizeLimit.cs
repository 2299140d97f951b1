namespace ArtifactLint.Files;

/// <summary>The most bytes one file may have to be read (<c>max_file_size</c>), with the text it was written as, for messages.</summary>
internal sealed record FileSizeLimit(long Bytes, string Written)
{
    /// <summary>10MB: a product document is a few KB; past this a file is an export or a mistake, and reading it costs the whole run.</summary>
    public static readonly FileSizeLimit Default = new(10L * 1024 * 1024, "10MB");
}

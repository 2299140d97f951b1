using System.Text;
using ArtifactLint.Api;
using ArtifactLint.Loading;
using ArtifactLint.Tests.Support;
using ArtifactLint.Files;

namespace ArtifactLint.Tests.Loading;

public sealed class TextFileReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("artifactlint-loading-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Read_Utf8File_ReturnsItsText()
    {
        var result = Read("a.md", Encoding.UTF8.GetBytes("---\ntitle: Café\n---\n"));

        Assert.Null(result.Diagnostic);
        Assert.Equal("---\ntitle: Café\n---\n", result.Text);
    }

    [Fact]
    public void Read_ByteOrderMark_IsStripped()
    {
        var result = Read("a.md", [0xEF, 0xBB, 0xBF, .. "# T\r\n"u8]);

        Assert.Equal("# T\r\n", result.Text);
    }

    [Fact]
    public void Read_BinaryFile_ReportsAL0009()
    {
        var result = Read("logo.md", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);

        Assert.Null(result.Text);
        AssertUnreadable(result, "logo.md", "this file is a binary file, not Markdown: remove it or exclude it in .artifactlint.yml");
    }

    [Fact]
    public void Read_InvalidUtf8_ReportedAtTheBytesLineAndColumn()
    {
        var result = Read("latin1.md", [.. "---\nid: 1\ntitle: Caf"u8, 0xFF, .. "\n---\n"u8]);

        AssertUnreadable(result, Location.At("latin1.md", 3, 11), "this file is not UTF-8 text: the byte 0xFF here is not UTF-8; save the file as UTF-8");
    }

    [Fact]
    public void Read_InvalidUtf8AfterBom_CountsLinesAfterTheBom()
    {
        var result = Read("a.md", [0xEF, 0xBB, 0xBF, .. "a\nb\nc"u8, 0xE9, .. "\n"u8]);

        AssertUnreadable(result, Location.At("a.md", 3, 2), "this file is not UTF-8 text: the byte 0xE9 here is not UTF-8; save the file as UTF-8");
    }

    [Fact]
    public void Read_InvalidUtf8_ColumnCountsUtf16CodeUnitsAndEveryKindOfLineBreak()
    {
        // CRLF, a lone CR and LF each end a line (as in LineMap); an emoji is two UTF-16 code units, é is one.
        var result = Read("a.md", [.. "one\r\ntwo\rthree\ntitle: 😀é"u8, 0xC3, 0x28, .. "\n"u8]);

        AssertUnreadable(result, Location.At("a.md", 4, 11), "this file is not UTF-8 text: the byte 0xC3 here is not UTF-8; save the file as UTF-8");
    }

    [Fact]
    public void Read_TruncatedSequenceAtTheEnd_IsReportedAtItsStart()
    {
        var result = Read("a.md", [.. "ab"u8, 0xE2, 0x82]);

        AssertUnreadable(result, Location.At("a.md", 1, 3), "this file is not UTF-8 text: the byte 0xE2 here is not UTF-8; save the file as UTF-8");
    }

    [Fact]
    public void Read_NulByteAfterTheBinaryProbe_IsReportedWhereItIs()
    {
        var text = "---\ntitle: T\n---\n" + new string('x', 9000) + "\nab";
        var result = Read("a.md", [.. Encoding.UTF8.GetBytes(text), 0x00, .. "\n"u8]);

        AssertUnreadable(result, Location.At("a.md", 5, 3), "this file holds a NUL byte here, which no text document has; it was not read: remove the byte, or exclude the file if it is not a document");
    }

    [Fact]
    public void Read_InvalidByteBeforeALaterNul_TheFirstProblemIsReported()
    {
        var result = Read("a.md", [.. Encoding.UTF8.GetBytes(new string('x', 9000)), 0xFF, 0x00]);

        AssertUnreadable(result, Location.At("a.md", 1, 9001), "this file is not UTF-8 text: the byte 0xFF here is not UTF-8; save the file as UTF-8");
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x23, 0x00, 0x00, 0x00 })]
    [InlineData(new byte[] { 0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x23 })]
    public void Read_Utf32File_IsNamedUtf32(byte[] bytes)
    {
        AssertUnreadable(Read("a.md", bytes), "a.md", "this file is UTF-32 text, not UTF-8: save the file as UTF-8");
    }

    [Fact]
    public void Read_FileExactlyAtTheLimit_IsRead()
    {
        var result = Read("a.md", Encoding.UTF8.GetBytes(new string('x', 1024)), new FileSizeLimit(1024, "1KB"));

        Assert.Null(result.Diagnostic);
        Assert.Equal(1024, result.Text!.Length);
    }

    [Fact]
    public void Read_FileOneByteOverTheLimit_IsNotRead()
    {
        var result = Read("a.md", Encoding.UTF8.GetBytes(new string('x', 1025)), new FileSizeLimit(1024, "1KB"));

        AssertUnreadable(result, "a.md", "this file is 1,025 bytes, more than max_file_size (1KB = 1,024 bytes); it was not read: split it, exclude it, or raise max_file_size in .artifactlint.yml");
    }

    [Fact]
    public void Read_FileFarOverTheLimit_GivesItsSizeInMegabytes()
    {
        var path = Path.Combine(_folder, "big.md");
        using (var stream = File.Create(path))
        {
            stream.SetLength(52L * 1024 * 1024);
        }

        var result = TextFileReader.Read(path, "big.md", FileSizeLimit.Default);

        AssertUnreadable(result, "big.md", "this file is 52 MB, more than max_file_size (10MB); it was not read: split it, exclude it, or raise max_file_size in .artifactlint.yml");
    }

    [Fact]
    public void Read_NamedPipe_IsNotOpened()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = Path.Combine(_folder, "pipe.md");
        SpecialFiles.MakeFifo(path);

        var result = SpecialFiles.WithinTimeout(() => TextFileReader.Read(path, "pipe.md", FileSizeLimit.Default));

        AssertUnreadable(result, "pipe.md", "this file is a named pipe (FIFO), not a regular file: remove it or exclude it in .artifactlint.yml");
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void Read_LinkToADevice_IsNotRead(string device)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = Path.Combine(_folder, "device.md");
        File.CreateSymbolicLink(path, device);

        var result = SpecialFiles.WithinTimeout(() => TextFileReader.Read(path, "device.md", FileSizeLimit.Default));

        AssertUnreadable(result, "device.md", "this file is a character device, not a regular file: remove it or exclude it in .artifactlint.yml");
    }

    [Fact]
    public void Read_Folder_SaysItIsAFolder()
    {
        var result = TextFileReader.Read(_folder, "x", FileSizeLimit.Default);

        AssertUnreadable(result, "x", "this file is a folder, not a regular file: remove it or exclude it in .artifactlint.yml");
    }

    [Fact]
    public void Read_LinkOutOfTheRoot_IsNotReadAndNamesTheTarget()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var root = Directory.CreateDirectory(Path.Combine(_folder, "ws")).FullName;
        File.WriteAllText(Path.Combine(_folder, "secret.md"), "TOPSECRET");
        File.CreateSymbolicLink(Path.Combine(root, "x.md"), "../secret.md");

        var result = TextFileReader.Read(Path.Combine(root, "x.md"), "x.md", FileSizeLimit.Default, RealPath.OfRoot(root));

        AssertUnreadable(result, "x.md", "this file is a link to '../secret.md', which is outside the workspace; it was not read: copy the document into the workspace, or remove the link");
    }

    [Fact]
    public void Read_LinkWithinTheRoot_IsRead()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var root = Directory.CreateDirectory(Path.Combine(_folder, "ws")).FullName;
        Directory.CreateDirectory(Path.Combine(root, ".shared"));
        File.WriteAllText(Path.Combine(root, ".shared", "a.md"), "# A\n");
        File.CreateSymbolicLink(Path.Combine(root, "x.md"), ".shared/a.md");

        var result = TextFileReader.Read(Path.Combine(root, "x.md"), "x.md", FileSizeLimit.Default, RealPath.OfRoot(root));

        Assert.Equal("# A\n", result.Text);
    }

    [Fact]
    public void Read_Utf16File_SaysSo()
    {
        var result = Read("a.md", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("# T")).ToArray());

        AssertUnreadable(result, "a.md", "this file is UTF-16 text, not UTF-8: save the file as UTF-8");
    }

    [Fact]
    public void Read_MissingFile_ReportsInsteadOfThrowing()
    {
        var result = TextFileReader.Read(Path.Combine(_folder, "gone.md"), "gone.md", FileSizeLimit.Default);

        Assert.Null(result.Text);
        Assert.Equal("AL0009", result.Diagnostic!.Id);
        Assert.StartsWith("this file cannot be read: it no longer exists", result.Diagnostic.Message);
    }

    [Fact]
    public void Read_LinkLoop_ReportsInsteadOfThrowing()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.CreateSymbolicLink(Path.Combine(_folder, "a.md"), Path.Combine(_folder, "b.md"));
        File.CreateSymbolicLink(Path.Combine(_folder, "b.md"), Path.Combine(_folder, "a.md"));

        var result = TextFileReader.Read(Path.Combine(_folder, "a.md"), "a.md", FileSizeLimit.Default);

        AssertUnreadable(result, "a.md", "this file cannot be read: it is a symbolic link that loops back on itself; fix or remove the link");
    }

    private TextFileResult Read(string name, byte[] bytes, FileSizeLimit? limit = null)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return TextFileReader.Read(path, name, limit ?? FileSizeLimit.Default);
    }

    private static void AssertUnreadable(TextFileResult result, string path, string message) => AssertUnreadable(result, Location.At(path, 1, 1), message);

    private static void AssertUnreadable(TextFileResult result, Location location, string message)
    {
        var diagnostic = Assert.IsType<Diagnostic>(result.Diagnostic);
        Assert.Equal("AL0009", diagnostic.Id);
        Assert.Equal(location, diagnostic.Location);
        Assert.Equal(message, diagnostic.Message);
        Assert.Null(result.Text);
    }
}

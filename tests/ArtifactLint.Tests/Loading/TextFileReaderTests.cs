using System.Text;
using ArtifactLint.Api;
using ArtifactLint.Loading;
using Xunit;

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
    public void Read_InvalidUtf8_ReportsTheByteAndLine()
    {
        var result = Read("latin1.md", [.. "---\nid: 1\ntitle: Caf"u8, 0xFF, .. "\n---\n"u8]);

        Assert.Null(result.Text);
        AssertUnreadable(result, "latin1.md", "this file is not UTF-8 text: invalid byte 0xFF at line 3; save the file as UTF-8");
    }

    [Fact]
    public void Read_InvalidUtf8AfterBom_ReportsTheRightLine()
    {
        var result = Read("a.md", [0xEF, 0xBB, 0xBF, .. "a\nb\nc"u8, 0xE9, .. "\n"u8]);

        AssertUnreadable(result, "a.md", "this file is not UTF-8 text: invalid byte 0xE9 at line 3; save the file as UTF-8");
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
        var result = TextFileReader.Read(Path.Combine(_folder, "gone.md"), "gone.md");

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

        var result = TextFileReader.Read(Path.Combine(_folder, "a.md"), "a.md");

        AssertUnreadable(result, "a.md", "this file cannot be read: it is a symbolic link that loops back on itself; fix or remove the link");
    }

    private TextFileResult Read(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return TextFileReader.Read(path, name);
    }

    private static void AssertUnreadable(TextFileResult result, string path, string message)
    {
        var diagnostic = Assert.IsType<Diagnostic>(result.Diagnostic);
        Assert.Equal("AL0009", diagnostic.Id);
        Assert.Equal(Location.At(path, 1, 1), diagnostic.Location);
        Assert.Equal(message, diagnostic.Message);
    }
}

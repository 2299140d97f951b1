using System.Text;
using ArtifactLint.Loading;
using ArtifactLint.Tests.Packaging;
using ArtifactLint.Tests.Support;

namespace ArtifactLint.Tests.Loading;

/// <summary>
/// Our <c>.gitignore</c> matching against git's own: each pattern of the table, alone in a repository's root
/// <c>.gitignore</c>, over the same files, as <c>git check-ignore</c> decides them (a file in an ignored folder is ignored).
/// </summary>
public sealed class GitIgnoreTableTests
{
    private static readonly string[] Patterns =
    [
        "*.md", "/root.md", "docs/", "docs/**", "**/tmp", "a/**/b.md", "*.md\n!keep.md", "[abc].md", "[!abc].md", "[^abc].md",
        "[a-c]x.md", "x?.md", "**/*.tmp.md", "sub/*.md", "/sub/", "deep/**/x.md", "[]a].md", "a[-z].md", "foo\\ ", "foo  ",
        "\\#hash.md", "\\!bang.md", "*.[mM][dD]", "sub", "sub/", "*/x.md", "**/x.md", "d*/", "*\n!*/\n!*.md", "**", "docs/**/*.md",
        "a\\*.md", "[a-]x.md", "#comment", "  ", "/docs/deep/", "doc?/", "[0-9]*.md", "ba[!s]e.md", "**/deep/**",
    ];

    private static readonly string[] Files =
    [
        "root.md", "keep.md", "a.md", "b.md", "d.md", "ax.md", "dx.md", "x1.md", "xy.md", "x.md", "a.tmp.md", "README.MD", "]a.md", "a-.md",
        "az.md", "-x.md", "foo ", "foo", "#hash.md", "!bang.md", "a*.md", "1st.md", "base.md", "bate.md", "tmp/f.md", "docs/a.md",
        "docs/deep/x.md", "docs/deep/y.txt", "sub/a.md", "sub/x.md", "sub/deep/b.md", "a/b.md", "a/c/b.md", "a/c/d/b.md", "deep/x.md",
        "deep/y/x.md", "deep/y/z.txt", "other/tmp/t.md", "other/x.md", "dir/x.md", "notes.txt",
    ];

    [Fact]
    public void EveryPattern_IgnoresWhatGitIgnores()
    {
        using var repo = new TempFolder();
        Assert.Equal(0, ProcessRun.Git(repo.Path, "init", "-q").ExitCode);
        foreach (var file in Files)
        {
            repo.Write(file, "x\n");
        }

        var differences = new List<string>();
        foreach (var pattern in Patterns)
        {
            File.WriteAllText(Path.Combine(repo.Path, ".gitignore"), pattern + "\n");
            var byGit = GitIgnored(repo.Path);
            var ours = GitIgnore.Empty.With(string.Empty, pattern + "\n");
            foreach (var file in Files)
            {
                var ignored = Ancestors(file).Any(folder => ours.IsIgnored(folder, isDirectory: true)) || ours.IsIgnored(file, isDirectory: false);
                if (ignored != byGit.Contains(file))
                {
                    differences.Add($"'{pattern.Replace("\n", "\\n")}' on '{file}': git {(byGit.Contains(file) ? "ignores" : "keeps")} it, we {(ignored ? "ignore" : "keep")} it");
                }
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    private static HashSet<string> GitIgnored(string repo)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git", ["check-ignore", "--no-index", "--stdin", "-z"])
        {
            WorkingDirectory = repo,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in ProcessRun.IsolatedGit)
        {
            start.Environment[name] = value;
        }

        using var git = System.Diagnostics.Process.Start(start)!;
        using (var stdin = new StreamWriter(git.StandardInput.BaseStream, new UTF8Encoding(false)))
        {
            stdin.Write(string.Join('\0', Files) + "\0");
        }

        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Ancestors(string file)
    {
        for (var slash = file.IndexOf('/'); slash > 0; slash = file.IndexOf('/', slash + 1))
        {
            yield return file[..slash];
        }
    }
}

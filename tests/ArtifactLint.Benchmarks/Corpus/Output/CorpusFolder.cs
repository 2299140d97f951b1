namespace ArtifactLint.Benchmarks.Corpus.Output;

/// <summary>Writes a corpus to disk, refusing to mix it with files that were there before.</summary>
internal static class CorpusFolder
{
    /// <returns>Null when written, else why the folder was refused.</returns>
    public static string? Write(GeneratedCorpus corpus, string folder, bool force)
    {
        var directory = new DirectoryInfo(folder);
        if (directory.Exists && directory.EnumerateFileSystemInfos().Any())
        {
            if (!force)
            {
                return $"'{folder}' is not empty; pass --force to replace the corpus in it.";
            }

            // --force clears only a folder this tool wrote, so a mistyped --out cannot wipe a home directory
            if (!File.Exists(Path.Combine(folder, CorpusGenerator.ManifestFile)))
            {
                return $"'{folder}' is not empty and holds no {CorpusGenerator.ManifestFile}, so it is not a generated corpus; empty it yourself or choose another folder.";
            }

            foreach (var entry in directory.EnumerateFileSystemInfos())
            {
                if (entry is DirectoryInfo sub)
                {
                    sub.Delete(recursive: true);
                }
                else
                {
                    entry.Delete();
                }
            }
        }

        foreach (var file in corpus.Files)
        {
            string path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }

        return null;
    }
}

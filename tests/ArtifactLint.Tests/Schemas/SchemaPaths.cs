namespace ArtifactLint.Tests.Schemas;

/// <summary>Where the repository's schemas/ folder is, found from the test binaries.</summary>
internal static class SchemaPaths
{
    public static string Directory { get; } = Find();

    public static string Of(string kind) => Path.Combine(Directory, $"{kind}.schema.json");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArtifactLint.sln")))
            {
                return Path.Combine(dir.FullName, "schemas");
            }
        }

        throw new InvalidOperationException("ArtifactLint.sln not found above " + AppContext.BaseDirectory);
    }
}

namespace ArtifactLint.Tests.Support;

/// <summary>Paths inside the repository, found from the test assembly's folder.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    public static string Examples => Path.Combine(Root, "examples");

    public static string Schemas => Path.Combine(Root, "schemas");

    public static string Rules => Path.Combine(Root, "rules");

    /// <summary>Public reference data vendored for the tests (<c>tests/reference</c>, each with its licence).</summary>
    public static string Reference => Path.Combine(Root, "tests", "reference");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArtifactLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ArtifactLint.sln not found above " + AppContext.BaseDirectory);
    }
}

using ArtifactLint.Configuration;
using ArtifactLint.Loading;
using ArtifactLint.Settings;

namespace ArtifactLint.Running;

/// <summary>The first step of a run: the workspace root and its config, found and loaded for a request.</summary>
internal static class WorkspaceConfig
{
    /// <summary>Finds the workspace root and its config (PRODUCT.md §3) and loads it; no config file means the defaults.</summary>
    /// <param name="request">The run.</param>
    /// <param name="ruleFoldersExist">Whether a rule folder that does not exist is a config error (not for <c>rules new</c>, which creates it).</param>
    public static (string Root, ConfigLoadResult Result) Locate(LintRequest request, bool ruleFoldersExist = true)
    {
        var (root, configPath) = WorkspaceLocator.Locate(request.Paths, request.WorkingDirectory, request.ConfigFile, request.State);
        var (at, loaded) = configPath is null
            ? (root, new ConfigLoadResult(new LintConfig { Root = root }, []))
            : (root, ConfigLoader.Load(root, configPath, Path.Combine(request.ToolDirectory, "schemas"), request.State, ruleFoldersExist));
        return request.Exclude.Count == 0 || loaded.Config is not { } config
            ? (at, loaded)
            : (at, loaded with { Config = config with { Exclude = [.. config.Exclude, .. request.Exclude] } });
    }
}

using System.Text;

namespace ArtifactLint.Scaffolding;

/// <summary>The git pre-commit hook that <c>artifactlint hook install</c> writes: a POSIX sh script.</summary>
internal static class HookScript
{
    /// <summary>The line that marks a hook as ArtifactLint's: <c>hook uninstall</c> removes only a hook that has it.</summary>
    public const string Marker = "# ArtifactLint pre-commit hook, written by `artifactlint hook install`.";

    /// <summary>
    /// The hook's text. <paramref name="configPath"/> (relative to the repository root, with '/') is passed as <c>-c</c>
    /// when the workspace is a subfolder: git runs hooks at the repository root, where discovery would not find it.
    /// </summary>
    public static string Text(string? configPath)
    {
        var config = configPath is null ? string.Empty : $" -c {Quote(configPath)}";
        var script = $$"""
            #!/bin/sh
            {{Marker}}
            # Lints what the commit will hold (git's index, not the working tree: an unstaged fix does not count) and
            # refuses the commit when that has findings HEAD did not have, in any file: deleting a goal breaks the items
            # that reference it. Findings that were there before do not block it. Runs on every commit, deletions included.
            # Skip it once with `git commit --no-verify`; remove it with `artifactlint hook uninstall`. ARTIFACTLINT
            # overrides the command that runs, for example ARTIFACTLINT="dotnet tool run artifactlint" for a local tool.
            tool=${ARTIFACTLINT:-artifactlint}
            if ! command -v "${tool%% *}" >/dev/null 2>&1; then
              echo "artifactlint pre-commit hook: '${tool%% *}' was not found on PATH. Install it with 'dotnet tool install --global ArtifactLint' (or set ARTIFACTLINT), or skip the check once with 'git commit --no-verify'." >&2
              exit 2
            fi
            exec $tool lint --staged{{config}}

            """;
        return script.ReplaceLineEndings("\n");
    }

    /// <summary>Whether <paramref name="text"/> is a hook ArtifactLint wrote.</summary>
    public static bool IsOurs(string text) => text.Split('\n').Take(3).Any(line => line.TrimEnd('\r') == Marker);

    /// <summary>Quotes a value for sh: single quotes, with embedded single quotes closed, escaped and reopened.</summary>
    private static string Quote(string value) => new StringBuilder("'").Append(value.Replace("'", "'\\''", StringComparison.Ordinal)).Append('\'').ToString();
}

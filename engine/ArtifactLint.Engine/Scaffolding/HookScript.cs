using System.Text;

namespace ArtifactLint.Scaffolding;

/// <summary>The git pre-commit hook that <c>artifactlint hook install</c> writes: a POSIX sh script.</summary>
internal static class HookScript
{
    /// <summary>
    /// The hook's text. <paramref name="configPath"/> (relative to the repository root, with '/') is passed
    /// as <c>-c</c> when the workspace is a subfolder, because git runs hooks at the repository root, where
    /// discovery would not find a config below it; then only staged files under <paramref name="workspace"/> count.
    /// </summary>
    public static string Text(string? configPath, string? workspace)
    {
        var inWorkspace = workspace is null ? string.Empty : $"""
              case "$file" in
                {Quote(workspace.TrimEnd('/') + "/")}*) ;;
                *) continue ;;
              esac

            """;
        var config = configPath is null ? string.Empty : $" -c {Quote(configPath)}";
        var script = $$"""
            #!/bin/sh
            # ArtifactLint pre-commit hook, written by `artifactlint hook install`.
            # Lints the staged Markdown, config, schema and rule files (the whole workspace is loaded, so
            # cross-document rules still see every document) and fails the commit on findings.
            # Skip it once with `git commit --no-verify`. ARTIFACTLINT overrides the command that runs,
            # for example ARTIFACTLINT="dotnet tool run artifactlint" for a local tool.
            set -f
            IFS='
            '
            set --
            for file in $(git -c core.quotepath=off diff --cached --name-only --diff-filter=ACMR); do
            {{inWorkspace}}  case "$file" in
                *.md|.artifactlint.yml|*/.artifactlint.yml|*.schema.json|*.csx) set -- "$@" "$file" ;;
              esac
            done
            unset IFS
            [ "$#" -eq 0 ] && exit 0

            tool=${ARTIFACTLINT:-artifactlint}
            if ! command -v "${tool%% *}" >/dev/null 2>&1; then
              echo "artifactlint pre-commit hook: '${tool%% *}' was not found on PATH. Install it with 'dotnet tool install --global ArtifactLint' (or set ARTIFACTLINT), or skip the check once with 'git commit --no-verify'." >&2
              exit 2
            fi
            exec $tool lint{{config}} "$@"

            """;
        return script.ReplaceLineEndings("\n");
    }

    /// <summary>Quotes a value for sh: single quotes, with embedded single quotes closed, escaped and reopened.</summary>
    private static string Quote(string value) => new StringBuilder("'").Append(value.Replace("'", "'\\''", StringComparison.Ordinal)).Append('\'').ToString();
}

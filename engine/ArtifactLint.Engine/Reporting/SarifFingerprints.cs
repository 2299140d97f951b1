using System.Security.Cryptography;
using System.Text;
using ArtifactLint.Api;

namespace ArtifactLint.Reporting;

/// <summary>
/// SARIF <c>partialFingerprints</c> that survive edits: computed from what a finding is about (rule, file,
/// artifact id, property, value), never from lines or columns, so inserting lines above a finding keeps it.
/// </summary>
internal static class SarifFingerprints
{
    public const string Key = "artifactlint/v1";

    /// <summary>One fingerprint per diagnostic, in the report's order.</summary>
    /// <remarks>
    /// The path is part of the key because artifact ids are not unique when AL1003 reports them. Findings with
    /// neither artifact nor property (a YAML syntax error) fall back to the message. Findings that still share a
    /// key are told apart by their occurrence in report order (<c>|#2</c>), as GitHub's own line hashes are.
    /// </remarks>
    public static IReadOnlyList<string> Compute(Report report)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var fingerprints = new List<string>(report.Result.Diagnostics.Count);
        foreach (var d in report.Result.Diagnostics)
        {
            var key = KeyOf(report, d);
            var occurrence = seen[key] = seen.GetValueOrDefault(key) + 1;
            if (occurrence > 1)
            {
                key += $"|#{occurrence}";
            }

            fingerprints.Add(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))));
        }

        return fingerprints;
    }

    public static string KeyOf(Report report, Diagnostic d)
    {
        var parts = new List<string> { d.Id, report.RepositoryPath(d.Location.Path), d.ArtifactId ?? string.Empty, d.Property ?? string.Empty };
        if (d.Value is not null)
        {
            parts.Add(d.Value);
        }

        if (d.ArtifactId is null && d.Property is null)
        {
            parts.Add(d.Message);
        }

        return string.Join('|', parts);
    }
}

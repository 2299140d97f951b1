using System.Runtime.CompilerServices;

namespace ArtifactLint.Scripting;

/// <summary>
/// Rules may use Regex without passing a timeout, so a catastrophic pattern must still stop:
/// the engine sets the process-wide default match timeout as soon as it is loaded, before any
/// Regex is built (the runtime reads the setting once). A host that sets it itself wins.
/// </summary>
internal static class RegexTimeout
{
    public const string SettingName = "REGEX_DEFAULT_MATCH_TIMEOUT";

    public static TimeSpan Default { get; } = TimeSpan.FromSeconds(1);

    /// <summary>False when something built a Regex before the engine loaded (a test host does): ReDoS then ends in the watchdog.</summary>
    public static bool IsInEffect => new System.Text.RegularExpressions.Regex("x").MatchTimeout != System.Text.RegularExpressions.Regex.InfiniteMatchTimeout;

#pragma warning disable CA2255 // the engine is the host's library: setting this before any Regex exists is the point
    [ModuleInitializer]
    internal static void Initialize()
#pragma warning restore CA2255
    {
        if (AppContext.GetData(SettingName) is null)
        {
            AppContext.SetData(SettingName, Default);
        }
    }
}

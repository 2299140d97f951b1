namespace ArtifactLint.Tests.Hostile;

/// <summary>The valid shapes the hostile cases start from, so that each case differs from a good document in one way.</summary>
internal static class HostileText
{
    /// <summary>A backlog item with its required fields and a goal of the example product, plus <paramref name="extra"/> lines.</summary>
    public static string Item(string id, string extra = "") =>
        $"---\nid: {id}\nkind: backlog-item\ntitle: Hostile case\ntype: story\nstatus: new\n{(extra.Length == 0 ? string.Empty : extra + "\n")}---\nA body.\n";

    /// <summary>A backlog item whose status no workflow has: a finding as soon as its schema is applied.</summary>
    public static string Invalid(string id) => Item(id).Replace("status: new", "status: nope", StringComparison.Ordinal);

    /// <summary><paramref name="text"/> repeated until it is at least <paramref name="length"/> characters long.</summary>
    public static string Repeat(string text, int length)
    {
        var builder = new System.Text.StringBuilder(length + text.Length);
        while (builder.Length < length)
        {
            builder.Append(text);
        }

        return builder.ToString();
    }
}

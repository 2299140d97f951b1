using System.Text;

namespace ArtifactLint.Benchmarks.Adversarial;

/// <summary>Writes a document's front matter field by field, so that each case states only what it attacks.</summary>
internal sealed class Front
{
    private readonly StringBuilder _text = new("---\n");

    public Front Field(string key, string value)
    {
        _text.Append(key).Append(": ").Append(value).Append('\n');
        return this;
    }

    public Front List(string key, IEnumerable<string> values)
    {
        _text.Append(key).Append(':');
        var any = false;
        foreach (var value in values)
        {
            _text.Append("\n  - ").Append(value);
            any = true;
        }

        _text.Append(any ? "\n" : " []\n");
        return this;
    }

    public string Body(string body = "") => _text.Append("---\n").Append(body).ToString();

    /// <summary>A backlog item that lints clean on its own (a chore needs no goal, criteria or estimate).</summary>
    public static Front Item(string id, string status = "new", string type = "chore") =>
        new Front().Field("id", id).Field("title", "Item " + id).Field("type", type).Field("status", status);

    /// <summary>An active goal with a measurable key result.</summary>
    public static string Goal(string id, string status = "active", string? parent = null)
    {
        var front = new Front().Field("id", id).Field("title", "Goal " + id).Field("status", status);
        if (parent is not null)
        {
            front.Field("parent", parent);
        }

        return front.Field("key_results", "[{ metric: churn, baseline: 5, target: 3 }]").Body();
    }
}

using System.Text;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax.Inlines;

namespace ArtifactLint.Loading;

/// <summary>The plain text of Markdown inlines: <c>## Export *as* `CSV`</c> reads "Export as CSV".</summary>
internal static class InlineText
{
    public static string Of(Inline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        Append(builder, inline);
        return builder.ToString().Trim();
    }

    /// <summary>The text of the inlines after <paramref name="start"/> (a task's text after its <c>[ ]</c>).</summary>
    public static string After(Inline start)
    {
        var builder = new StringBuilder();
        for (var inline = start.NextSibling; inline is not null; inline = inline.NextSibling)
        {
            Append(builder, inline);
        }

        return builder.ToString().Trim();
    }

    private static void Append(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case TaskList or HtmlInline:
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(builder, child);
                }

                break;
        }
    }
}

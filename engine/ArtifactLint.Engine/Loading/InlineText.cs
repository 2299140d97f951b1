using System.Text;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax.Inlines;

namespace ArtifactLint.Loading;

/// <summary>The plain text of Markdown inlines: <c>## Export *as* `CSV`</c> reads "Export as CSV".</summary>
internal static class InlineText
{
    // One builder per thread: documents are parsed in parallel, and this runs for every heading, task and link.
    [ThreadStatic]
    private static StringBuilder? _builder;

    public static string Of(Inline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var builder = Rent();
        Append(builder, inline);
        return Text(builder);
    }

    /// <summary>The text of the inlines after <paramref name="start"/> (a task's text after its <c>[ ]</c>).</summary>
    public static string After(Inline start)
    {
        var builder = Rent();
        for (var inline = start.NextSibling; inline is not null; inline = inline.NextSibling)
        {
            Append(builder, inline);
        }

        return Text(builder);
    }

    private static StringBuilder Rent() => (_builder ??= new StringBuilder(128)).Clear();

    private static string Text(StringBuilder builder)
    {
        var start = 0;
        var end = builder.Length;
        while (start < end && char.IsWhiteSpace(builder[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        return builder.ToString(start, end - start);
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

using Markdig;

namespace ArtifactLint.Loading;

/// <summary>The one Markdig pipeline: built once, shared by every thread (a built pipeline is immutable).</summary>
internal static class MarkdownPipelines
{
    public static MarkdownPipeline Document { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseTaskLists()
        .UsePipeTables()
        .UsePreciseSourceLocation()
        .Build();
}

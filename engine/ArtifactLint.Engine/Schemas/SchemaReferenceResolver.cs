using ArtifactLint.Loading;
using NJsonSchema;
using NJsonSchema.References;
using ArtifactLint.Files;

namespace ArtifactLint.Schemas;

/// <summary>
/// Resolves a schema's <c>$ref</c> to another file the way the schema itself is read: a regular file only, up to the
/// size limit (a reference to a named pipe or a device would stall or fill the run), and never from the network (a
/// lint must not depend on, wait for, or report to a server).
/// </summary>
internal sealed class SchemaReferenceResolver(JsonSchemaAppender appender, RepositoryState? state) : JsonReferenceResolver(appender)
{
    /// <summary>What <see cref="JsonSchema.FromJsonAsync(string, string, Func{JsonSchema, JsonReferenceResolver}, CancellationToken)"/> takes.</summary>
    /// <param name="state">The repository state referenced files are read from, or null for the disk.</param>
    public static Func<JsonSchema, JsonReferenceResolver> Factory(RepositoryState? state) =>
        schema => new SchemaReferenceResolver(new JsonSchemaAppender(schema, new DefaultTypeNameGenerator()), state);

    public override async Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default)
    {
        var read = TextFileReader.Read(filePath, filePath, FileSizeLimit.Default, state: state);
        if (read.Text is null)
        {
            throw new SchemaReferenceException($"the file '{Path.GetFileName(filePath)}' it refers to ($ref) cannot be used: {read.Diagnostic!.Message}");
        }

        return await JsonSchema.FromJsonAsync(read.Text, filePath, _ => this, cancellationToken).ConfigureAwait(false);
    }

    public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default) =>
        throw new SchemaReferenceException(
            $"it refers ($ref) to '{url}' on the network, which ArtifactLint never fetches: copy that schema into the repository and refer to it by a relative path");
}

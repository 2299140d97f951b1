namespace ArtifactLint.Schemas;

/// <summary>A schema's <c>$ref</c> that ArtifactLint will not follow; the message says why, in the words of an AL0011.</summary>
internal sealed class SchemaReferenceException(string message) : Exception(message)
{
    /// <summary>NJsonSchema wraps what its reference resolver throws ("Could not resolve the JSON path ..."): the reason is inside.</summary>
    public static SchemaReferenceException? FoundIn(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is SchemaReferenceException refused)
            {
                return refused;
            }
        }

        return null;
    }
}

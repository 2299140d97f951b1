using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ArtifactLint.Schemas;

/// <summary>One value of the front matter checked against one (sub)schema, as the validator saw it.</summary>
/// <param name="Value">The value from the front matter.</param>
/// <param name="StandIn">What NJsonSchema was given instead of <paramref name="Value"/>, if anything.</param>
/// <param name="Schema">The schema it was checked against.</param>
/// <param name="PropertyName">NJsonSchema's property name for errors at this value.</param>
/// <param name="PropertyPath">NJsonSchema's path for errors at this value.</param>
internal sealed record ValidatedNode(JToken Value, StandIn? StandIn, JsonSchema Schema, string? PropertyName, string PropertyPath)
{
    /// <summary>Whether the error is about this value itself (not about one of its children).</summary>
    public bool IsAbout(ValidationError error) =>
        ReferenceEquals(error.Token, Value) || (StandIn is not null && ReferenceEquals(error.Token, StandIn));

    /// <summary>A new error of this kind at this value.</summary>
    public ValidationError Error(ValidationErrorKind kind) => new(kind, PropertyName, PropertyPath, Value, Schema);

    /// <summary>The error, about the real value rather than its stand-in.</summary>
    public ValidationError Remap(ValidationError error) => StandIn is null || !ReferenceEquals(error.Token, StandIn)
        ? error
        : error switch
        {
            ChildSchemaValidationError child => new ChildSchemaValidationError(child.Kind, child.Property, child.Path, child.Errors, Value, child.Schema),
            _ => new ValidationError(error.Kind, error.Property, error.Path, Value, error.Schema),
        };
}

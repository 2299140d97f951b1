using NJsonSchema;
using NJsonSchema.Validation;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Schemas;

/// <summary>
/// NJsonSchema's validator with our corrections (<see cref="ValueChecks"/>) applied at every value: every
/// subschema, property and item goes through this method, so a corrected verdict is what anyOf, oneOf and
/// not see as well. No value the YAML reader produces reaches a check that throws on it (<see cref="StandIn"/>).
/// </summary>
internal sealed class CheckedValidator : JsonSchemaValidator
{
    private CheckedValidator()
        : base(new JsonSchemaValidatorSettings { FormatValidators = Formats.All })
    {
    }

    /// <summary>It keeps no state between calls, so one instance serves every thread.</summary>
    public static CheckedValidator Instance { get; } = new();

    protected override ICollection<ValidationError> Validate(JToken token, JsonSchema schema, SchemaType schemaType, string? propertyName, string propertyPath)
    {
        var value = StandIn.RealOf(token);
        var standIn = StandIn.For(value);
        var errors = base.Validate(standIn ?? value, schema, schemaType, propertyName, propertyPath);
        return ValueChecks.Correct(value, standIn, schema, propertyName, propertyPath, errors, this);
    }
}

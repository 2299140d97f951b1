using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace ArtifactLint.Schemas;

/// <summary>A 'format' check of ours, given to NJsonSchema's validator in place of its own (<see cref="Formats"/>).</summary>
internal sealed class FormatRule(string format, ValidationErrorKind kind, Func<string, bool> isValid) : IFormatValidator
{
    public string Format { get; } = format;

    public ValidationErrorKind ValidationErrorKind { get; } = kind;

    public bool IsValid(string value, JTokenType tokenType) => isValid(value);
}

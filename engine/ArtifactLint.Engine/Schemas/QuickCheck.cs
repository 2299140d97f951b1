using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace ArtifactLint.Schemas;

/// <summary>
/// Tells, cheaply, that a front matter certainly satisfies its schema, so that the full validator (NJsonSchema with
/// <see cref="ValueChecks"/>: about 21 KB allocated per document) runs only for documents that may not. It knows the
/// keywords of the built-in schemas (type, enum of texts, required, properties, items, uniqueItems of texts,
/// min/maxItems, min/maxLength, minimum/maximum for integers, pattern) and answers "valid" only where their meaning
/// is beyond doubt. A schema with any other keyword, or a value it is not sure of (a number that is not a plain
/// integer, text outside ASCII against a pattern, a surrogate against a length), makes it answer "not sure", and the full
/// validator decides. It never says a document is invalid: every error still comes from the full validator.
/// </summary>
internal static class QuickCheck
{
    private static readonly ConditionalWeakTable<JsonSchema, Node> s_compiled = new();

    // Keywords that say nothing about validity.
    private static readonly HashSet<string> s_annotations = new(StringComparer.Ordinal)
    {
        "title", "description", "$schema", "$id", "$comment", "default", "examples", "definitions", "readOnly", "writeOnly",
    };

    /// <summary>Whether <paramref name="value"/> certainly satisfies <paramref name="schema"/> (false: not sure).</summary>
    public static bool SurelyValid(JToken value, JsonSchema schema)
    {
        try
        {
            return s_compiled.GetValue(schema, Compile).Accepts(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    // From the schema as NJsonSchema holds it (after the workflow's statuses went into it), written out as JSON; its
    // numbers read as decimals, as NJsonSchema holds its bounds (a double would round minimum: 1.0000000000000001).
    private static Node Compile(JsonSchema schema)
    {
        try
        {
            using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(schema.ToJson())) { FloatParseHandling = Newtonsoft.Json.FloatParseHandling.Decimal };
            return Node.From(JToken.ReadFrom(reader));
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or OverflowException or FormatException)
        {
            return Node.From(JValue.CreateNull());
        }
    }

    private sealed class Node
    {
        private static readonly Node s_unsure = new() { _unsure = true };
        private static readonly ConcurrentDictionary<string, Regex> s_patterns = new(StringComparer.Ordinal);

        private bool _unsure;
        private HashSet<string>? _types;
        private HashSet<string>? _textEnum;
        private string[] _required = [];
        private Dictionary<string, Node>? _properties;
        private Node? _items;
        private bool _uniqueItems;
        private long? _minItems;
        private long? _maxItems;
        private long? _minLength;
        private long? _maxLength;
        private decimal? _minimum;
        private decimal? _maximum;
        private Regex? _pattern;

        public static Node From(JToken token)
        {
            if (token is not JObject schema)
            {
                return s_unsure;
            }

            var node = new Node();
            foreach (var (keyword, value) in schema)
            {
                if (!node.Take(keyword, value!))
                {
                    return s_unsure;
                }
            }

            return node;
        }

        public bool Accepts(JToken value)
        {
            if (_unsure)
            {
                return false;
            }

            var type = TypeOf(value);
            if (type is null || (_types is not null && !_types.Contains(type) && !(type == "integer" && _types.Contains("number"))))
            {
                return false;
            }

            return value switch
            {
                JObject mapping => AcceptsMapping(mapping),
                JArray list => AcceptsList(list),
                JValue { Value: string text } => AcceptsText(text),
                JValue { Value: long number } => (_minimum is not { } min || number >= min) && (_maximum is not { } max || number <= max) && _textEnum is null,
                _ => _textEnum is null && _minimum is null && _maximum is null,
            };
        }

        // The JSON type of a value this check is sure of: a long integer, not a float or a big integer.
        private static string? TypeOf(JToken value) => value switch
        {
            JObject => "object",
            JArray => "array",
            JValue { Value: string } => "string",
            JValue { Value: long } => "integer",
            JValue { Value: bool } => "boolean",
            JValue { Type: JTokenType.Null } => "null",
            _ => null,
        };

        private bool AcceptsMapping(JObject mapping)
        {
            foreach (var name in _required)
            {
                if (!mapping.ContainsKey(name))
                {
                    return false;
                }
            }

            if (_properties is not null)
            {
                foreach (var property in mapping.Properties())
                {
                    if (_properties.TryGetValue(property.Name, out var schema) && !schema.Accepts(property.Value))
                    {
                        return false;
                    }
                }
            }

            return _textEnum is null && _items is null && _minLength is null && _pattern is null && _minItems is null && _maxItems is null;
        }

        private bool AcceptsList(JArray list)
        {
            if ((_minItems is { } min && list.Count < min) || (_maxItems is { } max && list.Count > max) || _textEnum is not null)
            {
                return false;
            }

            if (_items is not null && list.Any(item => !_items.Accepts(item)))
            {
                return false;
            }

            if (_uniqueItems)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                if (list.Any(item => item is not JValue { Value: string text } || !seen.Add(text)))
                {
                    return false;
                }
            }

            return _required.Length == 0;
        }

        private bool AcceptsText(string text)
        {
            if (_textEnum is not null && !_textEnum.Contains(text))
            {
                return false;
            }

            if ((_minLength is not null || _maxLength is not null) && !(text.All(c => !char.IsSurrogate(c)) && (_minLength is not { } min || text.Length >= min) && (_maxLength is not { } max || text.Length <= max)))
            {
                return false;
            }

            return (_pattern is null || (Ascii.IsValid(text) && _pattern.IsMatch(text))) && _minimum is null && _maximum is null && _required.Length == 0;
        }

        private bool Take(string keyword, JToken value)
        {
            switch (keyword)
            {
                case var annotation when s_annotations.Contains(annotation):
                    return true;
                case "type":
                    _types = value switch
                    {
                        JValue { Value: string one } => [one],
                        JArray many when many.All(t => t.Type == JTokenType.String) => [.. many.Select(t => (string)t!)],
                        _ => null,
                    };
                    return _types is not null && _types.All(t => t is "object" or "array" or "string" or "integer" or "number" or "boolean" or "null");
                case "enum" when value is JArray texts && texts.Count > 0 && texts.All(t => t.Type == JTokenType.String):
                    _textEnum = [.. texts.Select(t => (string)t!)];
                    return true;
                case "required" when value is JArray names && names.All(t => t.Type == JTokenType.String):
                    _required = [.. names.Select(t => (string)t!)];
                    return true;
                case "properties" when value is JObject properties:
                    _properties = properties.Properties().ToDictionary(p => p.Name, p => From(p.Value), StringComparer.Ordinal);
                    return true;
                case "items" when value is JObject:
                    _items = From(value);
                    return true;
                case "uniqueItems" when value.Type == JTokenType.Boolean:
                    _uniqueItems = (bool)value;
                    return true;
                case "minItems" or "maxItems" or "minLength" or "maxLength" when value is JValue { Value: long count } && count >= 0:
                    _ = keyword switch
                    {
                        "minItems" => _minItems = count,
                        "maxItems" => _maxItems = count,
                        "minLength" => _minLength = count,
                        _ => _maxLength = count,
                    };
                    return true;
                case "minimum" or "maximum" when value is JValue { Value: long or decimal } bound:
                    var limit = Convert.ToDecimal(bound.Value, System.Globalization.CultureInfo.InvariantCulture);
                    _ = keyword == "minimum" ? _minimum = limit : _maximum = limit;
                    return true;
                case "pattern" when value is JValue { Value: string pattern }:
                    try
                    {
                        _pattern = s_patterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.None, TimeSpan.FromMilliseconds(50)));
                        return true;
                    }
                    catch (ArgumentException)
                    {
                        return false;
                    }

                default:
                    return false;
            }
        }
    }
}

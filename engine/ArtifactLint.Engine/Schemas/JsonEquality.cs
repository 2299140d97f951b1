using Newtonsoft.Json.Linq;

namespace ArtifactLint.Schemas;

/// <summary>
/// JSON Schema's equality, which enum and uniqueItems use: numbers by value (1 = 1.0, whatever type YAML
/// made of them), mappings whatever their key order, lists element by element, and no value equal to a
/// value of another type (1 is not "1"). NJsonSchema compares the values' text instead.
/// </summary>
internal static class JsonEquality
{
    /// <summary>Whether an enum value (as NJsonSchema holds it: a primitive or a JToken) equals the token.</summary>
    public static bool Equal(object? enumValue, JToken token) => Equal(enumValue as JToken ?? new JValue(enumValue), token);

    public static bool Equal(JToken a, JToken b)
    {
        switch (a, b)
        {
            case (JObject x, JObject y):
                return x.Count == y.Count && x.Properties().All(p => y.TryGetValue(p.Name, out var other) && Equal(p.Value, other));
            case (JArray x, JArray y):
                return x.Count == y.Count && x.Zip(y).All(pair => Equal(pair.First, pair.Second));
            case (JValue x, JValue y) when IsNumber(x) && IsNumber(y):
                return Rational.Of(x) is { } p && Rational.Of(y) is { } q
                    ? p.CompareTo(q) == 0
                    : x.Value is double dx && y.Value is double dy && dx == dy; // infinities
            case (JValue x, JValue y):
                return x.Type == y.Type && Equals(x.Value, y.Value);
            default:
                return false;
        }
    }

    /// <summary>A hash that equal values share (1 and 1.0, mappings in any key order).</summary>
    public static int Hash(JToken token)
    {
        switch (token)
        {
            case JObject obj:
                // Order-free: a sum of the entries' hashes.
                var sum = 17;
                foreach (var property in obj.Properties())
                {
                    sum += HashCode.Combine(property.Name, Hash(property.Value));
                }

                return sum;
            case JArray array:
                var hash = new HashCode();
                foreach (var item in array)
                {
                    hash.Add(Hash(item));
                }

                return hash.ToHashCode();
            case JValue value when IsNumber(value):
                return Rational.Of(value) is { } exact ? exact.Reduced().GetHashCode() : value.Value!.GetHashCode();
            case JValue value:
                return HashCode.Combine(value.Type, value.Value);
            default:
                return 0;
        }
    }

    private static bool IsNumber(JValue value) => value.Type is JTokenType.Integer or JTokenType.Float;
}

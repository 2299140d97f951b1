using System.Reflection;
using System.Runtime.CompilerServices;

namespace ArtifactLint.Api;

/// <summary>
/// The named values of a report, read from what the rule passed: an anonymous object
/// (<c>new { sprint = sprint.Id, load }</c>, its properties by name) or a dictionary of names to values.
/// Read on the rule's thread, under its guards, since a property getter is the rule's code.
/// </summary>
internal static class MessageValues
{
    // Weak keys: a rule's anonymous types belong to its assembly, which watch and `rules test` unload.
    private static readonly ConditionalWeakTable<Type, PropertyInfo[]> s_properties = [];

    public static IReadOnlyDictionary<string, object?> Of(object? data)
    {
        switch (data)
        {
            case null:
                return new Dictionary<string, object?>();
            case IReadOnlyDictionary<string, object?> named:
                return named;
            case IDictionary<string, object?> named:
                return named.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        }

        var properties = s_properties.GetValue(data.GetType(), type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .ToArray());
        var values = new Dictionary<string, object?>(properties.Length, StringComparer.Ordinal);
        foreach (var property in properties)
        {
            values[property.Name] = property.GetValue(data);
        }

        return values;
    }
}

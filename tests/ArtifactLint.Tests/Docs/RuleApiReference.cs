using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ArtifactLint.Tests.Docs;

/// <summary>
/// <c>docs/rule-api.md</c>, made from what rule authors see: the public types of <c>ArtifactLint.Api</c>, their public
/// members with their C# shapes, and the summaries of their XML documentation.
/// </summary>
internal static partial class RuleApiReference
{
    public static string Generate(Assembly engine, XDocument xml)
    {
        var docs = xml.Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, m => m, StringComparer.Ordinal);
        var text = new StringBuilder()
            .Append("# The rule API\n\n")
            .Append("What a `.csx` rule works with: the public types of `ArtifactLint.Api`, imported into every rule. Generated from the\n")
            .Append("engine's XML documentation by `RuleApiReferenceTests` (run the tests with `ARTIFACTLINT_UPDATE_GOLDEN=1` after\n")
            .Append("changing the API); see \"Write your own rule\" in the README for how a rule is put together.\n");
        var types = engine.GetExportedTypes().Where(t => t.Namespace == "ArtifactLint.Api" && !t.IsNested).OrderBy(t => t.Name, StringComparer.Ordinal);
        text.Append("\n| type | what |\n| --- | --- |\n");
        foreach (var type in types)
        {
            text.Append($"| [{Name(type)}](#{Anchor(type)}) | {Cell(Summary(docs, "T:" + type.FullName))} |\n");
        }

        foreach (var type in types)
        {
            text.Append($"\n## {Name(type)}\n\n`{Kind(type)} {Name(type)}`");
            if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(Enum) && baseType != typeof(ValueType))
            {
                text.Append($" : `{Name(baseType)}`");
            }

            text.Append($"\n\n{Summary(docs, "T:" + type.FullName)}\n");
            var members = Members(type, docs).ToArray();
            if (members.Length > 0)
            {
                text.Append("\n| member | what |\n| --- | --- |\n");
                foreach (var (signature, summary) in members)
                {
                    text.Append($"| `{signature.Replace("|", "\\|", StringComparison.Ordinal)}` | {Cell(summary)} |\n");
                }
            }
        }

        return text.ToString();
    }

    private static IEnumerable<(string Signature, string Summary)> Members(Type type, Dictionary<string, XElement> docs)
    {
        const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var id = type.FullName!;
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)))
            {
                yield return (field.Name, Summary(docs, $"F:{id}.{field.Name}"));
            }

            yield break;
        }

        foreach (var constructor in type.GetConstructors(Public).OrderBy(c => c.GetParameters().Length))
        {
            var summary = MethodSummary(docs, $"M:{id}.#ctor", constructor);
            yield return ($"new {Name(type)}({Parameters(constructor)})", summary.Length > 0 ? summary : $"Creates a `{Name(type)}` of the values above.");
        }

        foreach (var property in type.GetProperties(Public).Where(p => p.GetMethod?.IsPublic == true && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract").OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var setter = property.SetMethod is { IsPublic: true } set
                ? set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") ? " { get; init; }" : " { get; set; }"
                : string.Empty;
            // A positional record's properties are documented as the parameters of the record.
            var summary = Summary(docs, $"P:{id}.{property.Name}");
            if (summary.Length == 0 && docs.TryGetValue("T:" + id, out var record))
            {
                summary = Text(record.Elements("param").FirstOrDefault(p => (string?)p.Attribute("name") == property.Name));
            }

            yield return ($"{(property.GetMethod!.IsStatic ? "static " : string.Empty)}{Name(property.PropertyType)} {property.Name}{setter}", summary);
        }

        foreach (var method in type.GetMethods(Public).Where(m => !m.IsSpecialName && !IsRecordPlumbing(m)).OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.GetParameters().Length))
        {
            var generic = method.IsGenericMethod ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;
            yield return ($"{(method.IsStatic ? "static " : string.Empty)}{Name(method.ReturnType)} {method.Name}{generic}({Parameters(method)})", MethodSummary(docs, $"M:{id}.{method.Name}", method));
        }
    }

    private static bool IsRecordPlumbing(MethodInfo method) =>
        method.Name is "Equals" or "GetHashCode" or "ToString" or "Deconstruct" or "<Clone>$" or "PrintMembers";

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p =>
            (p.GetCustomAttribute<ParamArrayAttribute>() is not null ? "params " : string.Empty) + Name(p.ParameterType) + " " + p.Name
            + (p.HasDefaultValue ? " = " + (p.DefaultValue is null ? "null" : p.DefaultValue is string s ? $"\"{s}\"" : Convert.ToString(p.DefaultValue, System.Globalization.CultureInfo.InvariantCulture)) : string.Empty)));

    // A method's XML id lists its parameter types; an overload is found by its parameter count, then its parameter names.
    private static string MethodSummary(Dictionary<string, XElement> docs, string prefix, MethodBase method)
    {
        var names = method.GetParameters().Select(p => p.Name).ToArray();
        var candidates = docs.Where(d => d.Key == prefix || d.Key.StartsWith(prefix + "(", StringComparison.Ordinal) || d.Key.StartsWith(prefix + "``", StringComparison.Ordinal))
            .Where(d => ParameterCount(d.Key) == names.Length)
            .ToArray();
        var best = candidates.FirstOrDefault(d => d.Value.Elements("param").Select(p => (string?)p.Attribute("name")).SequenceEqual(names));
        var chosen = best.Value ?? candidates.FirstOrDefault().Value;
        return chosen is null ? string.Empty : Text(chosen.Element("summary"));
    }

    private static int ParameterCount(string id)
    {
        var open = id.IndexOf('(');
        if (open < 0)
        {
            return 0;
        }

        var depth = 0;
        var count = 1;
        foreach (var c in id[(open + 1)..^1])
        {
            depth += c is '{' ? 1 : c is '}' ? -1 : 0;
            count += c == ',' && depth == 0 ? 1 : 0;
        }

        return count;
    }

    private static string Summary(Dictionary<string, XElement> docs, string id) => docs.TryGetValue(id, out var member) ? Text(member.Element("summary")) : string.Empty;

    private static string Text(XElement? element)
    {
        if (element is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            text.Append(node switch
            {
                XText t => t.Value,
                XElement { Name.LocalName: "see" or "seealso" } see => "`" + CrefName((string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? see.Value) + "`",
                XElement { Name.LocalName: "paramref" or "typeparamref" } reference => "`" + (string?)reference.Attribute("name") + "`",
                XElement { Name.LocalName: "c" } code => "`" + code.Value + "`",
                XElement other => other.Value,
                _ => string.Empty,
            });
        }

        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    private static string CrefName(string cref)
    {
        var name = cref.Contains(':') ? cref[(cref.IndexOf(':') + 1)..] : cref;
        name = name.Split('(')[0].Replace("ArtifactLint.Api.", string.Empty, StringComparison.Ordinal);
        return Regex.Replace(name, "`+[0-9]+", string.Empty);
    }

    private static string Name(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (type.IsByRef)
        {
            return Name(type.GetElementType()!);
        }

        var alias = type.IsEnum ? type.Name : Type.GetTypeCode(type) switch
        {
            TypeCode.String => "string",
            TypeCode.Int32 => "int",
            TypeCode.Int64 => "long",
            TypeCode.Boolean => "bool",
            TypeCode.Decimal => "decimal",
            TypeCode.Double => "double",
            _ => type == typeof(object) ? "object" : type == typeof(void) ? "void" : null,
        };
        if (alias is not null)
        {
            return alias;
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var bare = type.Name[..type.Name.IndexOf('`')];
        return bare + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
    }

    private static string Kind(Type type) =>
        type.IsEnum ? "enum"
        : type.IsInterface ? "interface"
        : type.IsValueType ? (type.GetMethod("<Clone>$") is not null || type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null ? "record struct" : "struct")
        : type.GetMethod("<Clone>$") is not null ? (type.IsSealed ? "sealed record" : "record")
        : type.IsAbstract && type.IsSealed ? "static class"
        : type.IsAbstract ? "abstract class"
        : type.IsSealed ? "sealed class"
        : "class";

    private static string Anchor(Type type) => type.Name.ToLowerInvariant().Split('`')[0];

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ArtifactLint.Scripting;

/// <summary>
/// Lists what a compiled rule references outside the <see cref="AllowList"/>, from the DLL's
/// metadata alone: every type and member a rule can reach is a TypeRef or a MemberRef there.
/// Cheap (well under a millisecond) and free of Roslyn, so cached rules are re-checked on every load.
/// </summary>
internal static class MetadataScanner
{
    public static IReadOnlyList<string> FindForbidden(byte[] image)
    {
        using var pe = new PEReader(System.Collections.Immutable.ImmutableArray.Create(image));
        var reader = pe.GetMetadataReader();
        var exempt = CompilerHelperUse.ExemptMembers(reader, pe);
        var found = new List<string>();
        foreach (var handle in reader.TypeReferences)
        {
            var (ns, outer, display) = Describe(reader, handle);
            if (!AllowList.IsAllowed(ns, outer, null) && !exempt.Types.Contains(handle))
            {
                found.Add(display);
            }
        }

        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            if (ParentType(reader, member.Parent) is not { } parent || exempt.Members.Contains(handle))
            {
                continue;
            }

            var (ns, outer, display) = Describe(reader, parent);
            var name = reader.GetString(member.Name);
            if (!AllowList.IsAllowed(ns, outer, name))
            {
                found.Add(display + "." + DisplayMember(name));
            }
        }

        foreach (var handle in reader.MethodDefinitions)
        {
            var method = reader.GetMethodDefinition(handle);
            if (!method.GetImport().Module.IsNil || (method.ImplAttributes & MethodImplAttributes.InternalCall) != 0)
            {
                found.Add("extern method " + reader.GetString(method.Name) + " (native interop)");
            }
        }

        return found.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The member's name as written in C#: <c>get_Count</c> is the property <c>Count</c>.</summary>
    public static string DisplayMember(string name) =>
        name.StartsWith("get_", StringComparison.Ordinal) || name.StartsWith("set_", StringComparison.Ordinal)
            ? name[4..]
            : name;

    /// <summary>(namespace, outermost type's metadata name, display name) of a referenced type.</summary>
    public static (string Namespace, string Outer, string Display) Describe(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        var name = StripArity(reader.GetString(type.Name));
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            var (ns, outer, display) = Describe(reader, (TypeReferenceHandle)type.ResolutionScope);
            return (ns, outer, display + "." + name);
        }

        var nsName = reader.GetString(type.Namespace);
        var metadataName = reader.GetString(type.Name);
        return (nsName, metadataName, nsName.Length == 0 ? name : nsName + "." + name);
    }

    // The referenced type a member belongs to, or null when it is the rule's own or an array's.
    private static TypeReferenceHandle? ParentType(MetadataReader reader, EntityHandle parent)
    {
        if (parent.Kind == HandleKind.TypeReference)
        {
            return (TypeReferenceHandle)parent;
        }

        if (parent.Kind != HandleKind.TypeSpecification)
        {
            return null;
        }

        var blob = reader.GetBlobReader(reader.GetTypeSpecification((TypeSpecificationHandle)parent).Signature);
        if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
        {
            return null;
        }

        _ = blob.ReadSignatureTypeCode();
        var generic = blob.ReadTypeHandle();
        return generic.Kind == HandleKind.TypeReference ? (TypeReferenceHandle)generic : null;
    }

    private static string StripArity(string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }
}

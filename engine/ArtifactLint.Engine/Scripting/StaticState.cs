using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ArtifactLint.Scripting;

/// <summary>
/// Whether a compiled rule keeps state in static fields: a <c>static</c> field or auto-property of the script or of a
/// class it declares. Running the script's top-level code again makes its top-level variables anew but not those:
/// they live as long as the assembly. The compiler's own static fields (lambda caches, array data) hold no rule state.
/// </summary>
internal static class StaticState
{
    public static bool In(byte[] image)
    {
        using var pe = new PEReader(System.Collections.Immutable.ImmutableArray.Create(image));
        var reader = pe.GetMetadataReader();
        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(typeHandle);
            if (reader.GetString(type.Name).StartsWith('<'))
            {
                continue;
            }

            foreach (var fieldHandle in type.GetFields())
            {
                var field = reader.GetFieldDefinition(fieldHandle);
                if ((field.Attributes & FieldAttributes.Static) != 0 && (field.Attributes & FieldAttributes.Literal) == 0 && !IsCompilerCache(reader.GetString(field.Name)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // An auto-property's backing field (<Name>k__BackingField) is the user's; a cached delegate (<>9__...) is not.
    private static bool IsCompilerCache(string name) => name.StartsWith("<>", StringComparison.Ordinal);
}

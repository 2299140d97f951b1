using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ArtifactLint.Scripting;

/// <summary>
/// Since C# 13 the compiler builds <c>params ReadOnlySpan</c> arguments (<c>string.Join(", ", a, b, c)</c>)
/// with helpers in <c>&lt;PrivateImplementationDetails&gt;</c> that call <c>Unsafe</c> and
/// <c>MemoryMarshal</c>. Those references are exempt when only the compiler's helpers make them:
/// rule code cannot put code into that type, and any use from rule code is still refused.
/// </summary>
internal static class CompilerHelperUse
{
    private static readonly HashSet<string> s_helperTypes =
        ["System.Runtime.CompilerServices.Unsafe", "System.Runtime.InteropServices.MemoryMarshal"];

    public static (HashSet<TypeReferenceHandle> Types, HashSet<MemberReferenceHandle> Members) ExemptMembers(MetadataReader reader, PEReader pe)
    {
        var types = reader.TypeReferences.Where(t => s_helperTypes.Contains(MetadataScanner.Describe(reader, t).Display)).ToHashSet();
        if (types.Count == 0)
        {
            return ([], []);
        }

        var members = reader.MemberReferences
            .Where(m => reader.GetMemberReference(m).Parent is { Kind: HandleKind.TypeReference } p && types.Contains((TypeReferenceHandle)p))
            .ToHashSet();
        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(typeHandle);
            if (reader.GetString(type.Name).StartsWith("<PrivateImplementationDetails>", StringComparison.Ordinal) && type.GetDeclaringType().IsNil)
            {
                continue;
            }

            foreach (var methodHandle in type.GetMethods())
            {
                var rva = reader.GetMethodDefinition(methodHandle).RelativeVirtualAddress;
                if (rva != 0)
                {
                    RemoveUsed(reader, pe.GetMethodBody(rva).GetILReader(), types, members);
                }
            }
        }

        // A helper type stays exempt only if no member of it is used outside the helpers.
        var allMembersExempt = reader.MemberReferences
            .Where(m => reader.GetMemberReference(m).Parent is { Kind: HandleKind.TypeReference } p && types.Contains((TypeReferenceHandle)p))
            .All(members.Contains);
        return (allMembersExempt ? types : [], members);
    }

    private static void RemoveUsed(MetadataReader reader, BlobReader il, HashSet<TypeReferenceHandle> types, HashSet<MemberReferenceHandle> members)
    {
        while (il.RemainingBytes > 0)
        {
            var op = (ILOpCode)il.ReadByte();
            if ((int)op == 0xFE)
            {
                op = (ILOpCode)(0xFE00 | il.ReadByte());
            }

            var size = OperandSize(op);
            if (size == 4 && IsToken(op))
            {
                var handle = MetadataTokens.EntityHandle(il.ReadInt32());
                if (handle.Kind == HandleKind.MethodSpecification)
                {
                    handle = reader.GetMethodSpecification((MethodSpecificationHandle)handle).Method;
                }

                if (handle.Kind == HandleKind.MemberReference)
                {
                    members.Remove((MemberReferenceHandle)handle);
                }
                else if (handle.Kind == HandleKind.TypeReference)
                {
                    types.Remove((TypeReferenceHandle)handle);
                }
            }
            else if (op == ILOpCode.Switch)
            {
                il.Offset += 4 * il.ReadInt32();
            }
            else
            {
                il.Offset += size;
            }
        }
    }

    private static bool IsToken(ILOpCode op) => op is not (ILOpCode.Ldc_i4 or ILOpCode.Ldc_r4 or ILOpCode.Ldstr) && !op.IsBranch();

    private static int OperandSize(ILOpCode op) => op switch
    {
        ILOpCode.Switch => 0,
        ILOpCode.Ldc_i8 or ILOpCode.Ldc_r8 => 8,
        ILOpCode.Ldarg or ILOpCode.Ldarga or ILOpCode.Starg or ILOpCode.Ldloc or ILOpCode.Ldloca or ILOpCode.Stloc => 2,
        ILOpCode.Ldarg_s or ILOpCode.Ldarga_s or ILOpCode.Starg_s or ILOpCode.Ldloc_s or ILOpCode.Ldloca_s or ILOpCode.Stloc_s
            or ILOpCode.Ldc_i4_s or ILOpCode.Unaligned or (ILOpCode)0xFE19 => 1,
        _ when op.IsBranch() => op.GetBranchOperandSize(),
        ILOpCode.Ldc_i4 or ILOpCode.Ldc_r4 or ILOpCode.Ldstr or ILOpCode.Jmp or ILOpCode.Call or ILOpCode.Calli or ILOpCode.Callvirt
            or ILOpCode.Newobj or ILOpCode.Ldftn or ILOpCode.Ldvirtftn or ILOpCode.Ldtoken or ILOpCode.Ldfld or ILOpCode.Ldflda
            or ILOpCode.Stfld or ILOpCode.Ldsfld or ILOpCode.Ldsflda or ILOpCode.Stsfld or ILOpCode.Box or ILOpCode.Unbox
            or ILOpCode.Unbox_any or ILOpCode.Castclass or ILOpCode.Isinst or ILOpCode.Newarr or ILOpCode.Ldelema or ILOpCode.Ldelem
            or ILOpCode.Stelem or ILOpCode.Ldobj or ILOpCode.Stobj or ILOpCode.Cpobj or ILOpCode.Initobj or ILOpCode.Mkrefany
            or ILOpCode.Refanyval or ILOpCode.Sizeof or ILOpCode.Constrained => 4,
        _ => 0,
    };
}

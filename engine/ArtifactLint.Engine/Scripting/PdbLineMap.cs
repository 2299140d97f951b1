using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ArtifactLint.Scripting;

/// <summary>
/// Maps a stack frame in a compiled rule to its line in the <c>.csx</c>, from the PDB embedded in
/// the rule's DLL. Done here rather than with file info in <see cref="StackTrace"/>, which would
/// read line numbers for all thirty thousand frames of a runaway recursion.
/// </summary>
internal sealed class PdbLineMap(byte[] image, Assembly assembly)
{
    private readonly Lazy<MetadataReaderProvider?> _pdb = new(() => Open(image));

    // By the module's id, not the assembly: a rule made anew in another context (RuleFactory) is the same image.
    private readonly Guid _module = assembly.ManifestModule.ModuleVersionId;

    /// <summary>The script line of the innermost frame of the rule's own code, if any.</summary>
    public int? LineOf(Exception exception)
    {
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: false).GetFrames())
        {
            if (frame.GetMethod() is { } method && method.Module.ModuleVersionId == _module && Line(method.MetadataToken, frame.GetILOffset()) is { } line)
            {
                return line;
            }
        }

        return null;
    }

    private int? Line(int methodToken, int ilOffset)
    {
        if (_pdb.Value is not { } pdb || ilOffset < 0)
        {
            return null;
        }

        var reader = pdb.GetMetadataReader();
        var handle = MetadataTokens.MethodDebugInformationHandle(MetadataTokens.GetRowNumber(MetadataTokens.EntityHandle(methodToken)));
        int? line = null;
        foreach (var point in reader.GetMethodDebugInformation(handle).GetSequencePoints())
        {
            if (point.Offset > ilOffset)
            {
                break;
            }

            if (!point.IsHidden)
            {
                line = point.StartLine;
            }
        }

        return line;
    }

    private static MetadataReaderProvider? Open(byte[] image)
    {
        using var pe = new PEReader(ImmutableArray.Create(image));
        var entry = pe.ReadDebugDirectory().FirstOrDefault(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        return entry.DataSize == 0 ? null : pe.ReadEmbeddedPortablePdbDebugDirectoryData(entry);
    }
}

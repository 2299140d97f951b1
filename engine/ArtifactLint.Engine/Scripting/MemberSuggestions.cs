using ArtifactLint.Api;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArtifactLint.Scripting;

/// <summary>
/// "Did you mean" for a member that does not exist (CS1061 and CS0117: <c>item.IsRedy</c>): the closest public member
/// of the type the rule asked, its base types' and interfaces' included, which Roslyn's own message does not name.
/// </summary>
internal static class MemberSuggestions
{
    private static readonly HashSet<string> s_missingMember = new(StringComparer.Ordinal) { "CS1061", "CS0117" };

    /// <summary>" Did you mean 'IsReady'?" for an error about a missing member, or empty.</summary>
    public static string For(Microsoft.CodeAnalysis.Diagnostic error, Compilation compilation)
    {
        if (!s_missingMember.Contains(error.Id) || !error.Location.IsInSource || error.Location.SourceTree is not { } tree
            || !compilation.SyntaxTrees.Contains(tree))
        {
            return string.Empty;
        }

        var node = tree.GetRoot().FindNode(error.Location.SourceSpan, getInnermostNodeForTie: true);
        var access = node.AncestorsAndSelf().OfType<MemberAccessExpressionSyntax>().FirstOrDefault();
        if (access is null)
        {
            return string.Empty;
        }

        var model = compilation.GetSemanticModel(tree);
        var receiver = model.GetTypeInfo(access.Expression).Type ?? model.GetSymbolInfo(access.Expression).Symbol as ITypeSymbol;
        if (receiver is null)
        {
            return string.Empty;
        }

        var closest = Suggestions.Closest(access.Name.Identifier.ValueText, MembersOf(receiver).Distinct(StringComparer.Ordinal).ToList());
        return closest is null ? string.Empty : $". Did you mean '{closest}'?";
    }

    private static IEnumerable<string> MembersOf(ITypeSymbol type)
    {
        for (ITypeSymbol? at = type; at is not null; at = at.BaseType)
        {
            foreach (var member in Named(at))
            {
                yield return member;
            }
        }

        foreach (var member in type.AllInterfaces.SelectMany(Named))
        {
            yield return member;
        }
    }

    private static IEnumerable<string> Named(ITypeSymbol type) =>
        type.GetMembers()
            .Where(m => m.DeclaredAccessibility == Accessibility.Public && m.CanBeReferencedByName && m is not IMethodSymbol { MethodKind: not MethodKind.Ordinary })
            .Select(m => m.Name);
}

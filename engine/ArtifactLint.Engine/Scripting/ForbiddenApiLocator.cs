using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Diagnostic = ArtifactLint.Api.Diagnostic;
using Location = ArtifactLint.Api.Location;

namespace ArtifactLint.Scripting;

/// <summary>
/// Finds where a rule uses what the metadata scan refused, by walking the script with the
/// semantic model: slower than the scan, so it only runs once the scan found something.
/// </summary>
internal static class ForbiddenApiLocator
{
    private static readonly SymbolDisplayFormat s_format = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.None);

    public static IReadOnlyList<Diagnostic> Locate(Compilation compilation, SyntaxTree tree, string path, IReadOnlyList<string> scanned)
    {
        var model = compilation.GetSemanticModel(tree);
        var found = new List<(int Line, int Column, string Api)>();
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            if (node.Ancestors().Any(a => a is UsingDirectiveSyntax) || Describe(model, node) is not { } api)
            {
                continue;
            }

            var position = node.GetLocation().GetLineSpan().StartLinePosition;
            found.Add((position.Line + 1, position.Character + 1, api));
        }

        // 'System.IO.File.ReadAllText(...)' names the type and the method on one line: keep the method.
        var kept = found
            .Where(f => !found.Any(o => o.Line == f.Line && o.Api.StartsWith(f.Api + ".", StringComparison.Ordinal)))
            .GroupBy(f => (f.Line, f.Api))
            .Select(g => g.First())
            .Select(f => RuleDiagnostics.Forbidden(Location.At(path, f.Line, f.Column), f.Api))
            .ToList();
        return kept.Count > 0 ? kept : scanned.Select(api => RuleDiagnostics.Forbidden(Location.StartOf(path), api)).ToList();
    }

    private static string? Describe(SemanticModel model, SyntaxNode node)
    {
        switch (node)
        {
            case LockStatementSyntax:
                return "lock (System.Threading.Monitor)";
            case SimpleNameSyntax or BaseObjectCreationExpressionSyntax:
                var info = model.GetSymbolInfo(node);
                return info.Symbol is { } symbol ? Forbidden(symbol)
                    : info.CandidateSymbols.Select(Forbidden).FirstOrDefault(s => s is not null);
            default:
                return null;
        }
    }

    private static string? Forbidden(ISymbol symbol)
    {
        switch (symbol)
        {
            case IMethodSymbol method:
                method = method.ReducedFrom ?? method;
                if (method.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction)
                {
                    return null;
                }

                return Member(method.ContainingType, method.MetadataName, method.MethodKind == MethodKind.Constructor ? null : method.Name)
                    ?? method.TypeArguments.Select(Type).FirstOrDefault(t => t is not null);
            case IPropertySymbol property:
                return Member(property.ContainingType, (property.GetMethod ?? property.SetMethod)?.MetadataName ?? property.MetadataName, property.Name);
            case IFieldSymbol field:
                return Member(field.ContainingType, field.MetadataName, field.Name);
            case IEventSymbol e:
                return Member(e.ContainingType, "add_" + e.MetadataName, e.Name);
            case ITypeSymbol type:
                return Type(type);
            default:
                return null;
        }
    }

    private static string? Member(INamedTypeSymbol? type, string metadataName, string? displayName)
    {
        if (type is null || IsOwn(type))
        {
            return null;
        }

        var (ns, outer) = Outer(type.OriginalDefinition);
        return AllowList.IsAllowed(ns, outer, metadataName)
            ? null
            : type.OriginalDefinition.ToDisplayString(s_format) + (displayName is null ? "" : "." + displayName);
    }

    private static string? Type(ITypeSymbol type) => type switch
    {
        IDynamicTypeSymbol => "dynamic",
        IPointerTypeSymbol or IFunctionPointerTypeSymbol => "pointer types",
        IArrayTypeSymbol array => Type(array.ElementType),
        INamedTypeSymbol named when IsOwn(named) => named.TypeArguments.Select(Type).FirstOrDefault(t => t is not null),
        INamedTypeSymbol named => AllowList.IsAllowed(Outer(named.OriginalDefinition).Namespace, Outer(named.OriginalDefinition).Type, null)
            ? named.TypeArguments.Select(Type).FirstOrDefault(t => t is not null)
            : named.OriginalDefinition.ToDisplayString(s_format),
        _ => null,
    };

    private static bool IsOwn(INamedTypeSymbol type) => type.Locations.Any(l => l.IsInSource) || type.IsScriptClass || type.IsImplicitClass;

    private static (string Namespace, string Type) Outer(INamedTypeSymbol type)
    {
        while (type.ContainingType is { } containing)
        {
            type = containing;
        }

        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : "";
        return (ns, type.MetadataName);
    }
}

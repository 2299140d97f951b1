using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArtifactLint.Scripting;

/// <summary>
/// What <see cref="GuardRewriter"/> adds to each record of a script. A record's Equals, GetHashCode
/// and ToString are written by the compiler, not in the script, so no guard is in them: a record
/// that holds itself (<c>node.Next = node</c>) would recurse in them until the stack overflows,
/// which ends the process. Declaring <c>EqualityContract</c> (which the compiler's Equals and
/// GetHashCode call on every level) and <c>ToString</c> (as the compiler writes it) puts a guard on
/// each level. Found by binding the declarations, since only the symbols say whether a record's
/// base is a record and which members the script already declares.
/// </summary>
internal sealed record RecordGuards(string? EqualityContractModifiers, bool AddsToString)
{
    public static IReadOnlyDictionary<int, RecordGuards> Plan(CSharpCompilation compilation, SyntaxTree tree)
    {
        var model = compilation.GetSemanticModel(tree);
        var plan = new Dictionary<int, RecordGuards>();
        foreach (var record in tree.GetRoot().DescendantNodes().OfType<RecordDeclarationSyntax>())
        {
            if (model.GetDeclaredSymbol(record) is not { } type || type.DeclaringSyntaxReferences[0].GetSyntax() != record)
            {
                continue; // a partial record gets its members once, in its first part
            }

            var contract = type.IsValueType || type.GetMembers("EqualityContract").Any(m => !m.IsImplicitlyDeclared)
                ? null
                : type.BaseType is { IsRecord: true } ? "protected override" : type.IsSealed ? "private" : "protected virtual";
            var toString = !type.GetMembers("ToString").OfType<IMethodSymbol>().Any(m => !m.IsImplicitlyDeclared && m.Parameters.Length == 0)
                && !InheritsSealedToString(type);
            if (contract is not null || toString)
            {
                plan[record.SpanStart] = new RecordGuards(contract, toString);
            }
        }

        return plan;
    }

    /// <summary>The members to add, each on no more than the line it is put on.</summary>
    public IEnumerable<MemberDeclarationSyntax> Members(RecordDeclarationSyntax record, string check)
    {
        var name = record.Identifier.Text;
        var type = record.TypeParameterList is { } parameters ? $"{name}<{string.Join(", ", parameters.Parameters.Select(p => p.Identifier.Text))}>" : name;
        if (EqualityContractModifiers is { } modifiers)
        {
            yield return Member($"{modifiers} global::System.Type EqualityContract {{ get {{ {check} return typeof({type}); }} }}");
        }

        if (AddsToString)
        {
            var text = SymbolDisplay.FormatLiteral(record.Identifier.ValueText, quote: true);
            yield return Member(
                $"public override string ToString() {{ {check} var builder = new global::System.Text.StringBuilder(); builder.Append({text}); " +
                "builder.Append(\" { \"); if (PrintMembers(builder)) { builder.Append(' '); } builder.Append('}'); return builder.ToString(); }");
        }
    }

    private static MemberDeclarationSyntax Member(string text) =>
        SyntaxFactory.ParseMemberDeclaration(text)!.WithLeadingTrivia(SyntaxFactory.Space);

    private static bool InheritsSealedToString(INamedTypeSymbol type)
    {
        for (var t = type.BaseType; t is not null && t.IsRecord; t = t.BaseType)
        {
            if (t.GetMembers("ToString").OfType<IMethodSymbol>().Any(m => m.Parameters.Length == 0 && m.IsSealed))
            {
                return true;
            }
        }

        return false;
    }
}

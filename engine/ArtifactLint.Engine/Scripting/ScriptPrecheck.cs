using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Diagnostic = ArtifactLint.Api.Diagnostic;
using Location = ArtifactLint.Api.Location;
using ArtifactLint.Diagnostics;

namespace ArtifactLint.Scripting;

/// <summary>
/// What is refused before compiling: <c>#r</c>, <c>#load</c>, syntax errors, and, unless trusted,
/// <c>unsafe</c>, <c>stackalloc</c> (a large one overflows the stack before any guard runs, which
/// ends the process) and finalizers (they run on the runtime's thread, outside the rule's guards,
/// where an exception ends the process).
/// </summary>
internal static class ScriptPrecheck
{
    public static List<Diagnostic> Check(SyntaxTree tree, string path, bool trusted)
    {
        var diagnostics = new List<Diagnostic>();
        var root = tree.GetRoot();
        foreach (var directive in root.DescendantTrivia().Select(t => t.GetStructure()).Where(d => d is ReferenceDirectiveTriviaSyntax or LoadDirectiveTriviaSyntax))
        {
            var name = directive is ReferenceDirectiveTriviaSyntax ? "#r" : "#load";
            diagnostics.Add(RuleDiagnostics.At(EngineRules.RuleCompileError, At(path, directive!.GetLocation()),
                $"'{name}' is not supported in rules: a rule is one self-contained file, and the rule API, LINQ, collections and Regex are always available"));
        }

        diagnostics.AddRange(Errors(tree.GetDiagnostics(), path));
        if (!trusted)
        {
            foreach (var token in root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.UnsafeKeyword) || t.IsKind(SyntaxKind.StackAllocKeyword)))
            {
                diagnostics.Add(RuleDiagnostics.Forbidden(At(path, token.GetLocation()), token.Text));
            }

            foreach (var finalizer in root.DescendantNodes().OfType<DestructorDeclarationSyntax>())
            {
                diagnostics.Add(RuleDiagnostics.Forbidden(At(path, finalizer.TildeToken.GetLocation()), $"~{finalizer.Identifier.Text}() (a finalizer)"));
            }
        }

        return diagnostics;
    }

    /// <summary>
    /// Roslyn's errors as AL0002 at their line and column: <c>CS1002: ; expected</c>; with <paramref name="compilation"/>,
    /// a member that does not exist also says the closest one that does (<see cref="MemberSuggestions"/>).
    /// </summary>
    public static IEnumerable<Diagnostic> Errors(IEnumerable<Microsoft.CodeAnalysis.Diagnostic> diagnostics, string path, Compilation? compilation = null) =>
        diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => RuleDiagnostics.At(EngineRules.RuleCompileError, At(path, d.Location),
                $"{d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}" + (compilation is null ? string.Empty : MemberSuggestions.For(d, compilation))));

    private static Location At(string path, Microsoft.CodeAnalysis.Location location)
    {
        var span = location.GetLineSpan();
        return new Location(path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1);
    }
}

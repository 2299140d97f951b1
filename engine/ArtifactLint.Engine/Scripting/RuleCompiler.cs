using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace ArtifactLint.Scripting;

/// <summary>
/// Compiles rule scripts to DLLs: parse, refuse what is refused, insert the guards, compile
/// against the shared base, emit with an embedded PDB, and check the result against the
/// allow-list. Only reached on a cache miss: this is where Roslyn gets loaded.
/// </summary>
internal static class RuleCompiler
{
    private static readonly EmitOptions s_emitOptions = new(debugInformationFormat: DebugInformationFormat.Embedded);

    public static CompileOutcome[] CompileAll(IReadOnlyList<RuleSource> sources, bool trusted)
    {
        var outcomes = new CompileOutcome[sources.Count];
        Parallel.For(0, sources.Count, i => outcomes[i] = Compile(sources[i], trusted));
        return outcomes;
    }

    public static CompileOutcome Compile(RuleSource source, bool trusted)
    {
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(source.Text, System.Text.Encoding.UTF8), ScriptReferences.ParseOptions, RuleScript.FileName);
        var refused = ScriptPrecheck.Check(tree, source.DisplayPath, trusted);
        if (refused.Count > 0)
        {
            return new CompileOutcome(null, refused);
        }

        var baseCompilation = ScriptReferences.Base(trusted);
        var records = RecordGuards.Plan(baseCompilation.AddSyntaxTrees(tree), tree);
        var image = EmitGuarded(baseCompilation, tree, records, out var rewrittenErrors);
        if (image is null)
        {
            // Positions come from the script as written; the rewrite only matters when the original compiles.
            var compiled = baseCompilation.AddSyntaxTrees(tree);
            var original = ScriptPrecheck.Errors(compiled.GetDiagnostics(), source.DisplayPath, compiled).ToList();
            return new CompileOutcome(null, original.Count > 0 ? original : ScriptPrecheck.Errors(rewrittenErrors, source.DisplayPath).ToList());
        }

        var forbidden = trusted ? [] : MetadataScanner.FindForbidden(image);
        return forbidden.Count == 0
            ? new CompileOutcome(image, [])
            : new CompileOutcome(null, ForbiddenApiLocator.Locate(baseCompilation.AddSyntaxTrees(tree), tree, source.DisplayPath, forbidden));
    }

    private static byte[]? EmitGuarded(CSharpCompilation baseCompilation, SyntaxTree tree, IReadOnlyDictionary<int, RecordGuards> records, out IReadOnlyList<Diagnostic> errors)
    {
        var statementLambdas = new HashSet<int>();
        errors = [];
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var rewritten = GuardRewriter.Rewrite(tree, statementLambdas, records);
            using var stream = new MemoryStream();
            var result = baseCompilation.AddSyntaxTrees(rewritten).Emit(stream, options: s_emitOptions);
            if (result.Success)
            {
                return stream.ToArray();
            }

            errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            var voidLambdas = LambdasAround(rewritten, errors).Where(statementLambdas.Add).ToList();
            if (voidLambdas.Count == 0)
            {
                return null;
            }
        }

        return null;
    }

    // A lambda the rewrite gave 'return e;' that does not compile must have been a void lambda.
    private static IEnumerable<int> LambdasAround(SyntaxTree rewritten, IReadOnlyList<Diagnostic> errors)
    {
        var root = rewritten.GetRoot();
        foreach (var error in errors)
        {
            if (!error.Location.IsInSource)
            {
                continue;
            }

            var lambda = root.FindToken(error.Location.SourceSpan.Start).Parent?.AncestorsAndSelf()
                .FirstOrDefault(n => n.HasAnnotations(GuardRewriter.LambdaAnnotation));
            if (lambda?.GetAnnotations(GuardRewriter.LambdaAnnotation).First().Data is { } data)
            {
                yield return int.Parse(data, System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}

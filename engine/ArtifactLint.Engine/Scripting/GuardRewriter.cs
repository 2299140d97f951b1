using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ArtifactLint.Scripting;

/// <summary>
/// Inserts <see cref="RuleGuard.Check"/> into every loop body, switch section, labelled statement
/// and method, accessor, local function and lambda entry, and a <see cref="RuleGuard.MayCatch"/>
/// filter into every catch clause. Nothing it inserts contains a line break, so every line of
/// the rewritten script is the line of the original (stack traces stay true).
/// </summary>
internal sealed class GuardRewriter(IReadOnlySet<int> statementLambdas, IReadOnlyDictionary<int, RecordGuards> records) : CSharpSyntaxRewriter
{
    /// <summary>Marks the expression lambdas rewritten as <c>{ check; return e; }</c>, numbered in visit order.</summary>
    public const string LambdaAnnotation = "ArtifactLint.ReturnLambda";

    private const string Guard = "global::ArtifactLint.Scripting.RuleGuard";
    private const string CheckText = Guard + ".Check();";
    private static readonly StatementSyntax s_check = ParseStatement(CheckText);
    private static readonly ExpressionSyntax s_mayCatch = ParseExpression(Guard + ".MayCatch()");

    private int _lambdaIndex;

    public static SyntaxTree Rewrite(SyntaxTree tree, IReadOnlySet<int> statementLambdas, IReadOnlyDictionary<int, RecordGuards> records)
    {
        var root = new GuardRewriter(statementLambdas, records).Visit(tree.GetRoot());
        return CSharpSyntaxTree.Create((CSharpSyntaxNode)root, (CSharpParseOptions)tree.Options, tree.FilePath, System.Text.Encoding.UTF8);
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node) =>
        Loop((ForStatementSyntax)base.VisitForStatement(node)!, n => n.Statement, (n, s) => n.WithStatement(s));

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node) =>
        Loop((ForEachStatementSyntax)base.VisitForEachStatement(node)!, n => n.Statement, (n, s) => n.WithStatement(s));

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node) =>
        Loop((ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!, n => n.Statement, (n, s) => n.WithStatement(s));

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node) =>
        Loop((WhileStatementSyntax)base.VisitWhileStatement(node)!, n => n.Statement, (n, s) => n.WithStatement(s));

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node) =>
        Loop((DoStatementSyntax)base.VisitDoStatement(node)!, n => n.Statement, (n, s) => n.WithStatement(s));

    // A goto can loop as well as a for can.
    public override SyntaxNode? VisitLabeledStatement(LabeledStatementSyntax node) =>
        Loop((LabeledStatementSyntax)base.VisitLabeledStatement(node)!, n => n.Statement, (n, s) => n.WithStatement(s));

    public override SyntaxNode? VisitSwitchSection(SwitchSectionSyntax node)
    {
        var visited = (SwitchSectionSyntax)base.VisitSwitchSection(node)!;
        return visited.WithStatements(visited.Statements.Insert(0, s_check));
    }

    public override SyntaxNode? VisitCatchClause(CatchClauseSyntax node)
    {
        var visited = (CatchClauseSyntax)base.VisitCatchClause(node)!;
        var condition = visited.Filter is { } filter
            ? BinaryExpression(SyntaxKind.LogicalAndExpression, s_mayCatch, ParenthesizedExpression(filter.FilterExpression))
            : s_mayCatch;
        var newFilter = CatchFilterClause(condition).WithLeadingTrivia(Space);
        return visited.Filter is { } old
            ? visited.WithFilter(newFilter.WithTriviaFrom(old))
            : visited.WithFilter(newFilter);
    }

    // The compiler writes a record's Equals, GetHashCode and ToString: see RecordGuards.
    public override SyntaxNode? VisitRecordDeclaration(RecordDeclarationSyntax node)
    {
        var visited = (RecordDeclarationSyntax)base.VisitRecordDeclaration(node)!;
        if (!records.TryGetValue(node.SpanStart, out var guards))
        {
            return visited;
        }

        var members = guards.Members(visited, CheckText).ToArray();
        if (visited.OpenBraceToken.IsKind(SyntaxKind.OpenBraceToken))
        {
            return visited.WithMembers(visited.Members.InsertRange(0, members));
        }

        // 'record R(int X);' gets a body on its own line: '{ ... }' in place of the semicolon.
        return visited.WithSemicolonToken(default)
            .WithOpenBraceToken(Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(Space))
            .WithMembers(List(members))
            .WithCloseBraceToken(Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(Space).WithTrailingTrivia(visited.SemicolonToken.TrailingTrivia));
    }

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
        return Guarded(visited, IsVoid(visited.ReturnType));
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        return visited.Body is { } body
            ? visited.WithBody(Entered(body))
            : visited.ExpressionBody is { } arrow
                ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(ToBlock(arrow, visited.SemicolonToken, IsVoid(visited.ReturnType)))
                : visited;
    }

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node) =>
        Guarded((ConstructorDeclarationSyntax)base.VisitConstructorDeclaration(node)!, isVoid: true);

    public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node) =>
        Guarded((OperatorDeclarationSyntax)base.VisitOperatorDeclaration(node)!, isVoid: false);

    // Methods, constructors and operators: a block body gets the entry check; an arrow body becomes a block that has it.
    private BaseMethodDeclarationSyntax Guarded(BaseMethodDeclarationSyntax visited, bool isVoid) =>
        visited.Body is { } body
            ? visited.WithBody(Entered(body))
            : visited.ExpressionBody is { } arrow
                ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(ToBlock(arrow, visited.SemicolonToken, isVoid))
                : visited;

    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
    {
        var visited = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
        var isVoid = !visited.IsKind(SyntaxKind.GetAccessorDeclaration);
        return visited.Body is { } body
            ? visited.WithBody(Entered(body))
            : visited.ExpressionBody is { } arrow
                ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(ToBlock(arrow, visited.SemicolonToken, isVoid))
                : visited;
    }

    // 'int P => e;' becomes 'int P { get { check; return e; } }': a getter can recurse too.
    public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
    {
        var visited = (PropertyDeclarationSyntax)base.VisitPropertyDeclaration(node)!;
        if (visited.ExpressionBody is not { } arrow)
        {
            return visited;
        }

        var getter = AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, ToBlock(arrow, default, isVoid: false));
        return visited.WithExpressionBody(null).WithSemicolonToken(default)
            .WithAccessorList(AccessorList(List([getter])).WithTrailingTrivia(visited.SemicolonToken.TrailingTrivia));
    }

    public override SyntaxNode? VisitIndexerDeclaration(IndexerDeclarationSyntax node)
    {
        var visited = (IndexerDeclarationSyntax)base.VisitIndexerDeclaration(node)!;
        if (visited.ExpressionBody is not { } arrow)
        {
            return visited;
        }

        var getter = AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, ToBlock(arrow, default, isVoid: false));
        return visited.WithExpressionBody(null).WithSemicolonToken(default)
            .WithAccessorList(AccessorList(List([getter])).WithTrailingTrivia(visited.SemicolonToken.TrailingTrivia));
    }

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) => Lambda(node, base.VisitSimpleLambdaExpression);

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) =>
        Lambda(node, base.VisitParenthesizedLambdaExpression);

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
    {
        var visited = (AnonymousMethodExpressionSyntax)base.VisitAnonymousMethodExpression(node)!;
        return visited.WithBlock(Entered(visited.Block));
    }

    private SyntaxNode Lambda<T>(T node, Func<T, SyntaxNode?> visitChildren)
        where T : LambdaExpressionSyntax
    {
        // Numbered before the children so that the numbering does not depend on the choices made.
        var index = IsAmbiguous(node.ExpressionBody) ? _lambdaIndex++ : -1;
        var visited = (LambdaExpressionSyntax)visitChildren(node)!;
        if (visited.Block is { } block)
        {
            return visited.WithBlock(Entered(block));
        }

        var body = visited.ExpressionBody!;
        if (body is ThrowExpressionSyntax thrown)
        {
            return visited.WithExpressionBody(null)
                .WithBlock(Block(s_check, ThrowStatement(thrown.Expression).WithThrowKeyword(thrown.ThrowKeyword)));
        }

        var asStatement = index >= 0 && statementLambdas.Contains(index);
        var rewritten = visited.WithExpressionBody(null).WithBlock(Block(s_check, asStatement ? ExpressionStatement(body) : Return(body)));
        return index >= 0 ? rewritten.WithAdditionalAnnotations(new SyntaxAnnotation(LambdaAnnotation, index.ToString(System.Globalization.CultureInfo.InvariantCulture))) : rewritten;
    }

    // An expression that may be a statement can belong to a void lambda or to one returning a
    // value; only binding can tell, so the compiler tries 'return e;' first and retries.
    private static bool IsAmbiguous(ExpressionSyntax? body) => body is InvocationExpressionSyntax or ConditionalAccessExpressionSyntax
        or AssignmentExpressionSyntax or PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression }
        or PostfixUnaryExpressionSyntax or BaseObjectCreationExpressionSyntax or AwaitExpressionSyntax;

    private static bool IsVoid(TypeSyntax returnType) => returnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword };

    private static TNode Loop<TNode>(TNode node, Func<TNode, StatementSyntax> statement, Func<TNode, StatementSyntax, TNode> with) =>
        with(node, Checked(statement(node)));

    private static StatementSyntax Checked(StatementSyntax statement)
    {
        if (statement is BlockSyntax block)
        {
            return Entered(block);
        }

        // The closing brace takes the statement's trailing trivia, so no later token moves.
        return Block(
                Token(SyntaxKind.OpenBraceToken),
                List([s_check, statement.WithoutTrailingTrivia()]),
                Token(SyntaxKind.CloseBraceToken).WithTrailingTrivia(statement.GetTrailingTrivia()));
    }

    private static BlockSyntax Entered(BlockSyntax block) => block.WithStatements(block.Statements.Insert(0, s_check));

    // 'M() => throw e;' becomes '{ check; throw e; }': a throw expression cannot be returned.
    private static BlockSyntax ToBlock(ArrowExpressionClauseSyntax arrow, SyntaxToken semicolon, bool isVoid) =>
        Block(
            Token(arrow.ArrowToken.LeadingTrivia, SyntaxKind.OpenBraceToken, arrow.ArrowToken.TrailingTrivia),
            List([s_check, arrow.Expression switch
            {
                ThrowExpressionSyntax thrown => ThrowStatement(thrown.Expression).WithThrowKeyword(thrown.ThrowKeyword),
                var e when isVoid => ExpressionStatement(e),
                var e => Return(e),
            }]),
            Token(default, SyntaxKind.CloseBraceToken, semicolon.TrailingTrivia));

    private static ReturnStatementSyntax Return(ExpressionSyntax expression) =>
        ReturnStatement(Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(Space), expression, Token(SyntaxKind.SemicolonToken));
}

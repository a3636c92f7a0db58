using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Newswire.Generators.Tests.Architecture;

/// <summary>One method-like member: its name, first line (1-based), length in lines, branch complexity and
/// whether a <c>// Size:</c> reason sits in the 3 lines above it.</summary>
internal sealed record MethodMeasure(string Name, int Line, int Lines, int Complexity, bool SizeReason);

/// <summary>
/// Measures C# source with Roslyn's syntax tree, for <see cref="CodeStandardTests"/>. A method-like member is a
/// method, constructor, destructor, operator, conversion, accessor, expression-bodied property or local function;
/// its lines run from its signature (after any attributes) to its end, nested local functions included (moving code
/// into a local function does not shorten a method). Its branch complexity is 1 plus one per decision point in its
/// own body: <c>if</c>, <c>case</c> labels, loops, <c>catch</c>, <c>when</c>, <c>&amp;&amp;</c>, <c>||</c>,
/// <c>??</c>, <c>??=</c>, <c>?:</c>, <c>and</c>/<c>or</c> patterns and switch-expression arms other than the
/// discard; lambdas count toward the member that holds them, a nested local function counts on its own.
/// </summary>
internal static class CodeMeasure
{
    public const int FileLimit = 400;
    public const int MethodLimit = 80;
    public const int ComplexityLimit = 25;
    private const string SizeMarker = "// Size:";

    public static IEnumerable<MethodMeasure> Methods(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview));
        var lines = source.Split('\n');
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            var name = NameOf(node);
            if (name == null)
            {
                continue;
            }

            var declared = tree.GetLineSpan(node.Span).StartLinePosition.Line;
            var first = tree.GetLineSpan(FirstTokenAfterAttributes(node).Span).StartLinePosition.Line;
            var last = tree.GetLineSpan(node.Span).EndLinePosition.Line;
            yield return new MethodMeasure(
                name, first + 1, last - first + 1, 1 + DecisionPoints(node), HasSizeReason(lines, declared - 3, first));
        }
    }

    /// <summary>Whether any of <paramref name="lines"/>[from, to) starts with <c>// Size:</c>.</summary>
    public static bool HasSizeReason(string[] lines, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, lines.Length); i++)
        {
            if (lines[i].TrimStart().StartsWith(SizeMarker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string? NameOf(SyntaxNode node) => node switch
    {
        MethodDeclarationSyntax m => m.Identifier.ValueText,
        ConstructorDeclarationSyntax c => c.Identifier.ValueText,
        DestructorDeclarationSyntax d => "~" + d.Identifier.ValueText,
        OperatorDeclarationSyntax o => "operator" + o.OperatorToken.ValueText,
        ConversionOperatorDeclarationSyntax c => "operator " + c.Type,
        LocalFunctionStatementSyntax l => l.Identifier.ValueText,
        AccessorDeclarationSyntax a => OwnerName(a) + "." + a.Keyword.ValueText,
        PropertyDeclarationSyntax { ExpressionBody: not null } p => p.Identifier.ValueText,
        IndexerDeclarationSyntax { ExpressionBody: not null } => "this[]",
        _ => null,
    };

    private static string OwnerName(AccessorDeclarationSyntax accessor) => accessor.Parent?.Parent switch
    {
        PropertyDeclarationSyntax p => p.Identifier.ValueText,
        EventDeclarationSyntax e => e.Identifier.ValueText,
        IndexerDeclarationSyntax => "this[]",
        _ => "?",
    };

    private static SyntaxToken FirstTokenAfterAttributes(SyntaxNode node) =>
        node.DescendantTokens().First(t => t.Parent?.FirstAncestorOrSelf<AttributeListSyntax>() == null);

    private static int DecisionPoints(SyntaxNode member)
    {
        var count = 0;
        foreach (var node in member.DescendantNodes(n => n == member || n is not LocalFunctionStatementSyntax))
        {
            if (IsDecision(node))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsDecision(SyntaxNode node)
    {
        switch (node.Kind())
        {
            case SyntaxKind.IfStatement:
            case SyntaxKind.ForStatement:
            case SyntaxKind.ForEachStatement:
            case SyntaxKind.ForEachVariableStatement:
            case SyntaxKind.WhileStatement:
            case SyntaxKind.DoStatement:
            case SyntaxKind.CatchClause:
            case SyntaxKind.CatchFilterClause:
            case SyntaxKind.CaseSwitchLabel:
            case SyntaxKind.CasePatternSwitchLabel:
            case SyntaxKind.WhenClause:
            case SyntaxKind.LogicalAndExpression:
            case SyntaxKind.LogicalOrExpression:
            case SyntaxKind.CoalesceExpression:
            case SyntaxKind.CoalesceAssignmentExpression:
            case SyntaxKind.ConditionalExpression:
            case SyntaxKind.AndPattern:
            case SyntaxKind.OrPattern:
                return true;
            case SyntaxKind.SwitchExpressionArm:
                return ((SwitchExpressionArmSyntax)node).Pattern is not DiscardPatternSyntax;
            default:
                return false;
        }
    }
}

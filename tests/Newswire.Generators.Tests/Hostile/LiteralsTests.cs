using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Newswire.Generators.Emit;
using Newswire.Generators.Tests.Infrastructure;

namespace Newswire.Generators.Tests.Hostile;

/// <summary>
/// The two escaping paths, tested directly: every string through <see cref="Literals.String"/> (as a plain literal,
/// and as the attribute argument the article emitter writes) compiles back to itself, and <see cref="Literals.XmlDoc"/>
/// text is one line of well-formed XML.
/// </summary>
public class LiteralsTests
{
    public static readonly string[] Hostile =
    {
        "", "plain", "\"", "\\", "\"\"\"", "\"\"\"\"\"\"", "*/", "/*", "//", "</summary>", "<summary>", "&", "&amp;", "<![CDATA[", "]]>", "<!--", "-->",
        "#line 1 \"x\"", "\n#error boom\n", "\r\n#if false\r\n", "{", "}", "{{0}}", "\\u0000", "\\x41", "\\U0001F600", "@\"", "$\"{x}\"", "u8",
        "\0", "\a\b\f\v\t\r\n", "\u0001\u001F\u007F\u0080\u009F", "\u0085", "\u2028", "\u2029", "a\u2028b\u2029c\u0085d",
        "\u202A\u202B\u202C\u202D\u202E", "\u2066\u2067\u2068\u2069", "\u200E\u200F\u061C", "\u200B\u200C\u200D\uFEFF\u00AD", "\u00A0\u2000\u3000",
        "\uD800", "\uDFFF", "x\uD800y", "\uDC00\uD800", "\uD83D\uDE00", "\uD83D", "\uDE00\uD83D\uDE00",
        "\U000E0001\U000E0041", "\U000F0000\U0010FFFD", "\uE000\uF8FF", "\uFFFE\uFFFF", "\uFFFD", "\u0378",
        "e\u0301", "Z\u0324\u0308a\u0301", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\u05E9\u05DC\u05D5\u05DD", "\U0001F525\U0001F6A2",
        "\"; System.Environment.Exit(1); //", "\"u8; } class Evil { //", "\u202E\"; } //",
    };

    private const string Alphabet = "\"\\\r\n\0\u2028\u202E\uD800\uDC00*/<>&{}#";

    public static IEnumerable<object[]> Cases() => Hostile.Select((s, i) => new object[] { i });

    /// <summary>Every hostile string, plus each concatenated with its neighbours, plus random ones.</summary>
    private static List<string> AllStrings()
    {
        var all = new List<string>(Hostile);
        for (var i = 0; i + 1 < Hostile.Length; i++)
        {
            all.Add(Hostile[i] + Hostile[i + 1] + "tail");
        }

        var random = new Random(5);
        for (var i = 0; i < 300; i++)
        {
            var chars = new char[random.Next(1, 40)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : Alphabet[random.Next(Alphabet.Length)];
            }

            all.Add(new string(chars));
        }

        return all;
    }

    [Fact]
    public void StringLiterals_RoundTrip_AsStringAndAsAttributeArgument()
    {
        var values = AllStrings();
        var source = new StringBuilder("internal static class L {\n public static string[] S = new string[] {\n");
        foreach (var v in values)
        {
            var literal = Literals.String(v);
            AssertSingleToken(literal, SyntaxKind.StringLiteralToken);
            source.Append("  ").Append(literal).Append(",\n");
        }

        // Attribute strings are stored as UTF-8, so lone surrogates must survive through the emitter's escape.
        source.Append(" };\n");
        for (var i = 0; i < values.Count; i++)
        {
            var w = new SourceWriter();
            ArticleEmitter.Attribute(w, "ArticleText", values[i]);
            source.Append(w).Append(" public static int F").Append(i).Append(";\n");
        }

        source.Append("}\n");
        var compilation = GeneratorHarness.Compilation(source.ToString());
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS0649").Select(d => d.ToString()));
        var type = CompileTests.Load(compilation).GetType("L")!;
        Assert.Equal(values, (string[])type.GetField("S")!.GetValue(null)!);
        for (var i = 0; i < values.Count; i++)
        {
            var attribute = type.GetField("F" + i)!.GetCustomAttributes(false).Single();
            Assert.Equal(values[i], (string)attribute.GetType().GetProperty("Text")!.GetValue(attribute)!);
        }
    }

    [Fact]
    public void StringLiterals_HoldNoLineBreakOrInvisibleCharacter()
    {
        foreach (var v in AllStrings())
        {
            var literal = Literals.String(v);
            for (var i = 0; i < literal.Length; i++)
            {
                var c = literal[i];
                var pair = char.IsHighSurrogate(c) && i + 1 < literal.Length && char.IsLowSurrogate(literal[i + 1]);
                var category = pair ? char.GetUnicodeCategory(literal, i) : char.GetUnicodeCategory(c);
                Assert.True(
                    category is not (System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
                        or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator
                        or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.PrivateUse
                        or System.Globalization.UnicodeCategory.OtherNotAssigned),
                    $"raw U+{(int)c:X4} in {HostileHarness.Show(literal)}");
                i += pair ? 1 : 0;
            }
        }
    }

    [Fact]
    public void XmlDoc_IsOneLineOfWellFormedXml_AndKeepsVisibleText()
    {
        var values = AllStrings();
        var source = new StringBuilder("/// <summary>Docs.</summary>\npublic static class D {\n");
        for (var i = 0; i < values.Count; i++)
        {
            var doc = Literals.XmlDoc(values[i]);
            Assert.DoesNotContain(doc, c => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' or '<' or '>' || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
            Assert.True(IsWellFormedUtf16(doc), HostileHarness.Show(doc));
            source.Append("/// <summary><b>").Append(doc).Append("</b></summary>\npublic static int M").Append(i).Append(" => 0;\n");
        }

        source.Append("}\n");
        var compilation = GeneratorHarness.Compilation(source.ToString());
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        var type = compilation.GetTypeByMetadataName("D")!;
        for (var i = 0; i < values.Count; i++)
        {
            var xml = XDocument.Parse(type.GetMembers("M" + i).Single().GetDocumentationCommentXml()!);
            var text = xml.Root!.Element("summary")!.Element("b")!.Value;

            // What hover shows: the value's visible characters in order, white space and invisibles collapsed to one space.
            Assert.Equal(Visible(values[i]), text);
        }
    }

    [Fact]
    public void XmlDoc_CutsLongText_EvenWithoutSpaces()
    {
        Assert.Equal("aaa bbb \u2026", Literals.XmlDoc("aaa bbb ccc ddd", 5));
        var oneWord = Literals.XmlDoc(new string('x', 100_000), 200);
        Assert.True(oneWord.Length < 300, oneWord.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("\U0001F525 fire", Literals.XmlDoc("\U0001F525\u2028fire"));
        Assert.Equal("a b", Literals.XmlDoc("a\U000E0001b"));
    }

    [Theory]
    [InlineData("Valid", "Valid")]
    [InlineData("class", "Article__0")]
    [InlineData("1abc", "Article__0")]
    [InlineData("", "Article__0")]
    [InlineData("a\u200Bb", "Article__0")]
    public void MemberNames_FallBackWhenNotAnIdentifier(string planned, string expected)
    {
        Assert.Equal(expected, IndexEmitter.Member(planned, "Article__0"));
        Assert.Equal("Article__0", IndexEmitter.Member(new string('A', 600), "Article__0"));
    }

    [Theory]
    [InlineData("Broken \uD800 Surrogate Headline", "BrokenSurrogateHeadline")]
    [InlineData("\uDC00Low First", "LowFirst")]
    [InlineData("Non\uFFFFCharacter", "NonCharacter")]
    public void HeadlineWithLoneSurrogate_DoesNotFailTheGenerator(string headline, string member)
    {
        // Found by the fuzz test: normalizing such a headline for its member name threw, and CS8785 dropped all output.
        var text = headline + "\n\nPresident Vladimir Putin visited Astana.";
        var outcome = HostileHarness.Verify(new[] { (HostileHarness.Root + "news/s.txt", text) });
        Assert.Equal(member, Assert.Single(outcome.ArticleMembers));
        Assert.Equal(headline, outcome.Titles["news/s.txt"]);
    }

    private static string Visible(string value)
    {
        var sb = new StringBuilder();
        var space = false;
        for (var i = 0; i < value.Length; i++)
        {
            var pair = char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            var category = pair ? char.GetUnicodeCategory(value, i) : char.GetUnicodeCategory(value[i]);
            var invisible = char.IsWhiteSpace(value[i]) || category is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator
                or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.PrivateUse
                or System.Globalization.UnicodeCategory.OtherNotAssigned || value[i] is '\uFFFE' or '\uFFFF';
            if (invisible)
            {
                space = sb.Length > 0;
            }
            else
            {
                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }

                sb.Append(value[i]);
                if (pair)
                {
                    sb.Append(value[i + 1]);
                }
            }

            i += pair ? 1 : 0;
        }

        return sb.ToString();
    }

    private static void AssertSingleToken(string literal, SyntaxKind kind)
    {
        var tokens = SyntaxFactory.ParseTokens(literal).Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToList();
        Assert.True(tokens.Count == 1 && tokens[0].IsKind(kind) && !tokens[0].ContainsDiagnostics, "not one clean literal: " + HostileHarness.Show(literal));
        Assert.False(tokens[0].HasLeadingTrivia || tokens[0].HasTrailingTrivia);
    }

    private static bool IsWellFormedUtf16(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}

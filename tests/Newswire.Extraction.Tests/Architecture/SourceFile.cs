using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Newswire.Extraction.Tests.Architecture;

/// <summary>
/// One engine source file as the layer test sees it: its folder layer, its namespace, its code with comments and
/// literals blanked (so a word in a comment or a string is no reference), and the engine namespaces it names.
/// A text scan, not a compilation: it reads <c>using</c> directives, <c>Newswire.Extraction.X.</c> names, partly
/// qualified names such as <c>Events.WordClass</c> (which resolve inside <c>Newswire.Extraction.*</c>) and the
/// simple names of types declared in <c>Newswire</c> or <c>Newswire.Extraction</c> (visible with no using).
/// </summary>
internal sealed class SourceFile
{
    private static readonly Regex NamespaceDecl = new(@"^\s*namespace\s+([\w.]+)", RegexOptions.Multiline);
    private static readonly Regex TypeDecl = new(@"\b(?:class|struct|interface|enum|record)\s+([A-Z]\w*)");
    private static readonly Regex UsingEngine = new(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(?:global::)?Newswire\.Extraction\.(\w+)", RegexOptions.Multiline);
    private static readonly Regex Qualified = new(@"Newswire\.Extraction\.(\w+)\s*\.");

    public SourceFile(string relativePath, string text)
    {
        Path = relativePath.Replace('\\', '/');
        Code = Blank(text);
        var ns = NamespaceDecl.Match(Code);
        Namespace = ns.Success ? ns.Groups[1].Value : "";
        var slash = Path.IndexOf('/');
        Folder = slash < 0 ? "" : Path.Substring(0, slash);
        DeclaredTypes = TypeDecl.Matches(Code).Select(m => m.Groups[1].Value).Distinct().ToList();
    }

    /// <summary>Path under <c>src/Newswire.Extraction</c>, with forward slashes.</summary>
    public string Path { get; }

    /// <summary>First folder of the path ("" for a file at the project root).</summary>
    public string Folder { get; }

    public string Namespace { get; }

    /// <summary>The code with comments, strings and characters replaced by spaces (line breaks kept).</summary>
    public string Code { get; }

    public IReadOnlyList<string> DeclaredTypes { get; }

    /// <summary>
    /// The second segment of every <c>Newswire.Extraction.X</c> this file names, in a using or qualified name,
    /// with the line of the first such reference.
    /// </summary>
    public IEnumerable<(string Namespace, int Line)> NamedEngineNamespaces()
    {
        foreach (Match m in UsingEngine.Matches(Code))
        {
            yield return (m.Groups[1].Value, LineOf(m.Index));
        }

        foreach (Match m in Qualified.Matches(Code))
        {
            yield return (m.Groups[1].Value, LineOf(m.Index));
        }
    }

    /// <summary>Each <c>X.Y</c> not preceded by a dot where <c>X.Y</c> is in <paramref name="known"/> (namespace X, type or sub-namespace Y).</summary>
    public IEnumerable<(string Namespace, string Member, int Line)> PartlyQualified(ISet<(string, string)> known)
    {
        foreach (Match m in Regex.Matches(Code, @"(?<![\w.])([A-Z]\w*)\s*\.\s*([A-Z]\w*)"))
        {
            var key = (m.Groups[1].Value, m.Groups[2].Value);
            if (known.Contains(key))
            {
                yield return (key.Item1, key.Item2, LineOf(m.Index));
            }
        }
    }

    /// <summary>
    /// Each simple name of <paramref name="names"/> used as a word not preceded by a dot nor followed by a lone
    /// <c>=</c> (an enum member or an initialised property of the same name is not the type).
    /// </summary>
    public IEnumerable<(string Name, int Line)> SimpleNames(ISet<string> names)
    {
        foreach (Match m in Regex.Matches(Code, @"(?<![\w.])[A-Z]\w*(?!\w|\s*=[^=>])"))
        {
            if (names.Contains(m.Value))
            {
                yield return (m.Value, LineOf(m.Index));
            }
        }
    }

    private int LineOf(int index)
    {
        var line = 1;
        for (var i = 0; i < index; i++)
        {
            if (Code[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>Blanks comments and string/char literals (verbatim, interpolated and raw strings read as plain strings).</summary>
    internal static string Blank(string text)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    sb.Append(' ');
                    i++;
                }
            }
            else if (c == '/' && next == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end + 2;
                Spaces(sb, text, i, end);
                i = end;
            }
            else if (c == '"' || c == '\'')
            {
                var verbatim = i > 0 && text[i - 1] == '@' || i > 1 && text[i - 2] == '@' && text[i - 1] == '$';
                var end = LiteralEnd(text, i, verbatim);
                sb.Append(c);
                Spaces(sb, text, i + 1, end - 1);
                if (end - 1 > i)
                {
                    sb.Append(text[end - 1]);
                }

                i = end;
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }

        return sb.ToString();
    }

    private static int LiteralEnd(string text, int open, bool verbatim)
    {
        var quote = text[open];
        var i = open + 1;
        while (i < text.Length)
        {
            if (!verbatim && text[i] == '\\')
            {
                i += 2;
                continue;
            }

            if (text[i] == quote)
            {
                if (verbatim && i + 1 < text.Length && text[i + 1] == quote)
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            if (!verbatim && text[i] == '\n')
            {
                return i; // unterminated on this line: stop blanking here
            }

            i++;
        }

        return text.Length;
    }

    private static void Spaces(StringBuilder sb, string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            sb.Append(text[k] == '\n' ? '\n' : ' ');
        }
    }
}

using System.Text;

namespace Newswire.Generators.Emit;

/// <summary>A small indenting writer for generated C#.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _sb;
    private int _indent;

    public SourceWriter(int capacity = 4096) => _sb = new StringBuilder(capacity);

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _sb.Append(' ', _indent * 4);
            _sb.Append(text);
        }

        _sb.Append('\n');
        return this;
    }

    /// <summary>Appends to the current line without a line break (caller starts it with <see cref="StartLine"/>).</summary>
    public SourceWriter Append(string text)
    {
        _sb.Append(text);
        return this;
    }

    public SourceWriter StartLine()
    {
        _sb.Append(' ', _indent * 4);
        return this;
    }

    public SourceWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    public StringBuilder Builder => _sb;

    public override string ToString() => _sb.ToString();
}

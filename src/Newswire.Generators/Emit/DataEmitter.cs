namespace Newswire.Generators.Emit
{
    /// <summary>
    /// Writes, once per project (in the index file), the reader of the compact article data <see cref="ArticleEmitter"/> emits:
    /// <c>NewswireData.Load</c> turns one article's data string into the runtime builder's calls. The format,
    /// in order: id, explicit-id flag, path, title, outlet, section, published, paragraphs (start/length pairs),
    /// front matter (key/value pairs); actor count and per actor name, kind, country, roles, aliases, mentions
    /// (start/length/line/column); event count and per event code, agent, counterparts, location, time, date,
    /// modality, sentence start/length, trigger start/length, source. Integers are decimal digits ended by ',';
    /// strings are their UTF-16 length, ':' and the characters, or '~' for null; arrays are a count then items.
    /// Written in C# 7.3 so every consumer language version compiles it.
    /// </summary>
    internal static class DataEmitter
    {
        /// <summary>Writes the reader's members into the open <c>NewswireData</c> class.</summary>
        public static void AppendReader(SourceWriter w, Model.LanguageSupport language)
        {
            var q = language.Nullable ? "?" : "";
            w.Line("private static void Load(global::Newswire.Building.DatasetBuilder builder, global::System.Func<string> text, string data)");
            w.Line("{");
            w.Line("    int at = 0;");
            w.Line("    var article = builder.Article(ReadString(data, ref at)" + (language.Nullable ? "!" : "") + ", ReadInt(data, ref at) != 0, ReadString(data, ref at)" + (language.Nullable ? "!" : "") + ", ReadString(data, ref at)" + (language.Nullable ? "!" : "") + ",");
            w.Line("        ReadString(data, ref at), ReadString(data, ref at), ReadString(data, ref at), text, ReadInts(data, ref at), ReadStrings(data, ref at));");
            w.Line("    int actors = ReadInt(data, ref at);");
            w.Line("    for (int i = 0; i < actors; i++)");
            w.Line("    {");
            w.Line("        article.Actor(ReadString(data, ref at)" + (language.Nullable ? "!" : "") + ", (global::Newswire.ActorKind)ReadInt(data, ref at), ReadString(data, ref at), ReadStrings(data, ref at), ReadStrings(data, ref at), ReadInts(data, ref at));");
            w.Line("    }");
            w.Line();
            w.Line("    int events = ReadInt(data, ref at);");
            w.Line("    for (int i = 0; i < events; i++)");
            w.Line("    {");
            w.Line("        article.Event(ReadString(data, ref at)" + (language.Nullable ? "!" : "") + ", ReadInt(data, ref at), ReadInts(data, ref at), ReadInt(data, ref at), ReadString(data, ref at), ReadString(data, ref at),");
            w.Line("            (global::Newswire.EventModality)ReadInt(data, ref at), ReadInt(data, ref at), ReadInt(data, ref at), ReadInt(data, ref at), ReadInt(data, ref at), ReadInt(data, ref at));");
            w.Line("    }");
            w.Line("}");
            w.Line();
            w.Line("private static int ReadInt(string data, ref int at)");
            w.Line("{");
            w.Line("    bool negative = data[at] == '-';");
            w.Line("    if (negative)");
            w.Line("    {");
            w.Line("        at++;");
            w.Line("    }");
            w.Line();
            w.Line("    int value = 0;");
            w.Line("    while (data[at] != ',')");
            w.Line("    {");
            w.Line("        value = (value * 10) + (data[at] - '0');");
            w.Line("        at++;");
            w.Line("    }");
            w.Line();
            w.Line("    at++;");
            w.Line("    return negative ? -value : value;");
            w.Line("}");
            w.Line();
            w.Line("private static string" + q + " ReadString(string data, ref int at)");
            w.Line("{");
            w.Line("    if (data[at] == '~')");
            w.Line("    {");
            w.Line("        at++;");
            w.Line("        return null;");
            w.Line("    }");
            w.Line();
            w.Line("    int length = 0;");
            w.Line("    while (data[at] != ':')");
            w.Line("    {");
            w.Line("        length = (length * 10) + (data[at] - '0');");
            w.Line("        at++;");
            w.Line("    }");
            w.Line();
            w.Line("    string value = data.Substring(at + 1, length);");
            w.Line("    at += length + 1;");
            w.Line("    return value;");
            w.Line("}");
            w.Line();
            w.Line("private static int[] ReadInts(string data, ref int at)");
            w.Line("{");
            w.Line("    int[] values = new int[ReadInt(data, ref at)];");
            w.Line("    for (int i = 0; i < values.Length; i++)");
            w.Line("    {");
            w.Line("        values[i] = ReadInt(data, ref at);");
            w.Line("    }");
            w.Line();
            w.Line("    return values;");
            w.Line("}");
            w.Line();
            w.Line("private static string[] ReadStrings(string data, ref int at)");
            w.Line("{");
            w.Line("    string[] values = new string[ReadInt(data, ref at)];");
            w.Line("    for (int i = 0; i < values.Length; i++)");
            w.Line("    {");
            w.Line("        values[i] = ReadString(data, ref at)" + (language.Nullable ? "!" : "") + ";");
            w.Line("    }");
            w.Line();
            w.Line("    return values;");
            w.Line("}");
        }
    }
}

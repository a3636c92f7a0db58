namespace Newswire.Extraction.Text;

/// <summary>Word tables and token tests the rule stages share.</summary>
internal static class TermTables
{
    /// <summary>A table holding each of <paramref name="words"/> (case-folded like every term key).</summary>
    public static TermTable<bool> Words(params string[] words)
    {
        var t = new TermTable<bool>(words.Length);
        foreach (var w in words)
        {
            t.Set(w, true);
        }

        return t;
    }

    /// <summary>A table from each even-indexed key of <paramref name="pairs"/> to the value after it.</summary>
    public static TermTable<string> Pairs(params string[] pairs)
    {
        var t = new TermTable<string>(pairs.Length / 2);
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            t.Set(pairs[i], pairs[i + 1]);
        }

        return t;
    }

    /// <summary>Whether the token is the punctuation character <paramref name="c"/>.</summary>
    public static bool IsChar(TokenizedText text, int token, char c) =>
        text.Tokens[token].Kind == TokenKind.Punctuation && text.Text[text.Tokens[token].Start] == c;

    /// <summary>Whether the token is <paramref name="word"/>, ignoring case.</summary>
    public static bool IsWord(TokenizedText text, int token, string word)
    {
        ref readonly var t = ref text.Tokens[token];
        return t.Length == word.Length && string.Compare(text.Text, t.Start, word, 0, word.Length, System.StringComparison.OrdinalIgnoreCase) == 0;
    }
}

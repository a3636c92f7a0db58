using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

/// <summary>
/// The one per-token probe of <see cref="EventLexicon.Facts"/>, with the answers that need no hash probe known in
/// advance: a one-character punctuation token ("," "." "(") is read from a table by its character, and a number
/// ("2024", "1,000") is absent when no word of the table holds a digit. Every other token probes the table. The
/// answers are the table's own, so the run sees the same facts either way.
/// </summary>
internal sealed class FactsProbe
{
    private readonly TermTable<TokenFacts> _table;
    private readonly TokenFacts[] _ascii = new TokenFacts[128];
    private readonly bool[] _asciiFound = new bool[128];
    private readonly bool _numbersAbsent = true;

    public FactsProbe(TermTable<TokenFacts> table)
    {
        _table = table;
        for (var c = 0; c < 128; c++)
        {
            _asciiFound[c] = table.TryGet(((char)c).ToString(), out _ascii[c]);
        }

        foreach (var kv in table.Entries())
        {
            foreach (var ch in kv.Key)
            {
                _numbersAbsent &= ch < '0' || ch > '9';
            }
        }
    }

    /// <summary>As <see cref="TermTable{T}.TryGet(string, in Token, out T)"/> on the facts table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(string text, in Token token, out TokenFacts facts)
    {
        if (token.Kind == TokenKind.Punctuation && token.Length == 1 && text[token.Start] < 128)
        {
            var c = text[token.Start];
            facts = _ascii[c];
            return _asciiFound[c];
        }

        if (token.Kind == TokenKind.Number && _numbersAbsent)
        {
            facts = default;
            return false;
        }

        return _table.TryGet(text, token, out facts);
    }
}

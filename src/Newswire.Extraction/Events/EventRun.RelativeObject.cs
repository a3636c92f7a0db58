using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// "the Kurdistan Workers' Party (PKK), which Ankara accuses of using bases in Iraq": when a name follows "which/whom"
// straight away, that name is the clause's subject and the relative pronoun its object, so the antecedent before the
// comma is what the act is aimed at.
internal sealed partial class EventRun
{
    /// <summary>Puts the antecedent of an object relative pronoun first among the counterparts of a verb event.</summary>
    [MethodImpl(Hot.Path)]
    private void RelativeObjectTarget(EventDraft e, in Candidate cand, VerbEntry verb)
    {
        if (cand.Passive || verb.Has(VerbFlags.Speech))
        {
            return;
        }

        var p = PrevWord(cand.Tok);
        var m = p >= 0 ? _mentionAt.At(p) : -1;
        if (m < 0 || _mentions[m].Actor != e.Agent)
        {
            return;
        }

        var rel = _mentions[m].FirstToken - 1;
        if (!(Is(rel, K.Which) || Is(rel, K.Whom)))
        {
            return;
        }

        var antecedent = AntecedentBefore(rel - 1);
        if (antecedent >= 0 && antecedent != e.Agent)
        {
            e.Counterparts.Remove(antecedent);
            e.Counterparts.Insert(0, antecedent);
        }
    }

    /// <summary>The actor named right before the comma at <paramref name="comma"/>, past a bracketed short form ("(PKK)").</summary>
    private int AntecedentBefore(int comma)
    {
        if (!Is(comma, K.Comma))
        {
            return -1;
        }

        var i = comma - 1;
        if (i > _s0 && _tokens[i].Kind == TokenKind.Punctuation && _s[_tokens[i].Start] == ')')
        {
            // "... Party (PKK),": step over the bracket to the name it abbreviates.
            var k = i - 1;
            while (k > _s0 && k > i - 4 && !(_tokens[k].Kind == TokenKind.Punctuation && _s[_tokens[k].Start] == '('))
            {
                k--;
            }

            i = k - 1;
        }

        var m = i >= _s0 ? _mentionAt.At(i) : -1;
        return m >= 0 ? _mentions[m].Actor : -1;
    }
}

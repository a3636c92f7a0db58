using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Readings of verb forms the trigger search asks about: words that are a verb and a plural noun (IsPresentVerb), and a
// gerund coordinated with one before it (IsGerundVerb).
internal sealed partial class EventRun
{
    // "Tigray forces sign peace deal": a unit word that is also a verb form ("forces") after a name is the subject's
    // noun, not the verb, unless an object follows it ("Israel forces Hamas to ...", "forces the army to").
    private bool UnitNounBeforeVerb(int i, VerbFormKind form)
    {
        var n = i + 1;
        return form == VerbFormKind.ThirdPerson && (_stageBits[i - _s0] & StageSet.ArmedUnit) != 0 && n < _s1
               && _tokens[n].Kind == TokenKind.Word && _tokens[n].IsLower && _mentionAt.At(n) < 0
               && (Class(n) & (WordClass.Determiner | WordClass.SubjectPronoun)) == 0 && !_text.Is(n, "them") && !_text.Is(n, "him");
    }

    // How far back the gerund before "and" may be ("by announcing counter-sanctions on 40 officials and recalling").
    private const int GerundAndReach = 8;

    // "responded by announcing counter-sanctions and recalling its ambassadors": a gerund after "and" whose first
    // conjunct is a gerund verb (after a preposition) is one too, with the same borrowed agent.
    private bool AfterGerundAnd(int p)
    {
        if (!Is(p, K.And))
        {
            return false;
        }

        for (var k = p - 1; k > _s0 && k >= p - GerundAndReach; k--)
        {
            if (_tokens[k].Kind == TokenKind.Punctuation && !Is(k, K.Comma))
            {
                return false;
            }

            // Only after a preposition ("by announcing ... and recalling"): a participle clause ("..., killing 12 and
            // injuring 40") borrows an agent for an accident's toll.
            var c = _candAt[k];
            if (c >= 0 && _cands[c].IsVerb)
            {
                var before = PrevWord(k);
                return _cands[c].Gerund && before > _s0 && (Class(before) & WordClass.Preposition) != 0 && !Is(before, K.Of);
            }
        }

        return false;
    }
}

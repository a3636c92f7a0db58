using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Readings of a verb pattern's object that the tables alone cannot give. "launched a wave of drones at X": "of" after a
// [salvo] measure word opens the pattern's object, not a preposition's. "Jaishankar also called on President Muizzu":
// "call on" a named person with no request after it ("to" and a verb, "for") is a courtesy call, a visit (CAMEO 042),
// not the appeal its pattern codes ("called on Muizzu to release").
internal sealed partial class EventRun
{
    // How far after "on" the person's name may start ("on Maldivian President Mohamed Muizzu").
    private const int CourtesyCallReach = 4;

    private string? CourtesyCall(string? code, VerbEntry verb, in Candidate cand, int windowEnd)
    {
        var on = cand.End;
        if (code != "020" || verb.Lemma != "call" || on >= windowEnd || !(_text.Is(on, "on") || _text.Is(on, "upon")))
        {
            return code;
        }

        var person = false;
        for (var i = on + 1; i < windowEnd && i <= on + CourtesyCallReach && !person; i++)
        {
            var m = _mentionAt.At(i);
            person = m >= 0 && _actors.Actors[_actors.Mentions[m].Actor].Kind == ActorKind.Person;
        }

        if (!person)
        {
            return code;
        }

        for (var i = on + 1; i < windowEnd; i++)
        {
            if (_tokens[i].Kind == TokenKind.Word && (_text.Is(i, "to") || _text.Is(i, "for")))
            {
                return code;
            }
        }

        return "042";
    }

    // "of" right after a word of the [salvo] table ("a barrage of rockets").
    private bool MeasureOf(int i) =>
        i > 0 && _tokens[i].Length == 2 && _text.Is(i, "of") && _tokens[i - 1].Kind == TokenKind.Word
        && _stages.Words.OnDemand(StageWords.Salvo, _s, _tokens[i - 1]);

    // How many words before the auxiliary a passive's subject may hold ("The opposition rally in the capital was").
    private const int PassiveSubjectReach = 6;

    /// <summary>
    /// "The rally was dispersed by riot police", "Ten fishermen were handed over to the navy": the subject of a passive
    /// is the object a pattern-only verb's pattern names; that pattern's code, or null.
    /// </summary>
    private string? PassiveSubjectPattern(VerbEntry verb, in Candidate cand)
    {
        if (!cand.Passive || verb.Code != null || verb.Patterns.Count == 0)
        {
            return null;
        }

        var last = cand.Tok - 1;
        while (last > _s0 && (Class(last) & (WordClass.BeAux | WordClass.HaveAux | WordClass.Adverb)) != 0)
        {
            last--;
        }

        var first = last;
        while (first > _s0 && last - first < PassiveSubjectReach && _tokens[first - 1].Kind == TokenKind.Word)
        {
            first--;
        }

        var code = last < cand.Tok - 1 ? MatchPattern(verb, first, last + 1) : null;
        return code == VerbPattern.NoEvent ? null : code;
    }
}

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
}

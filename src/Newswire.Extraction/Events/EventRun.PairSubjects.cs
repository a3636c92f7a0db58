using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events;

// A pair named by count ("The two leaders signed an agreement on power trade", "the two countries agreed to reopen the
// border"): a subject "the two" + a plural head of people or states names the two sides of the story's latest event
// between a person or state and another (a meeting, a call, an accusation); its agent acts, the other side is the
// counterpart. Reads and writes _pairAgent/_pairPartner (per article).
internal sealed partial class EventRun
{
    private int _pairAgent = -1;
    private int _pairPartner = -1;

    /// <summary>The agent a "the two leaders" subject right before <paramref name="verb"/> stands for, or -1.</summary>
    private int PairSubject(int verb, int clauseStart)
    {
        if (_pairAgent < 0)
        {
            return -1;
        }

        // "the two leaders also signed", "the two countries have agreed": an auxiliary or an adverb may stand between.
        const WordClass Between = WordClass.HaveAux | WordClass.BeAux | WordClass.Modal | WordClass.Adverb;
        var head = verb - 1;
        for (var k = 0; k < 2 && head > clauseStart && (Class(head) & Between) != 0; k++)
        {
            head--;
        }

        var first = System.Math.Max(clauseStart, _s0);
        return head - 2 >= first && !SpeechBefore(head - 2) && PairHead(head) && Is(head - 1, K.Two) && (Class(head - 2) & WordClass.Definite) != 0 ? _pairAgent : -1;
    }

    /// <summary>Adds the pair's other side to a draft whose agent came from <see cref="PairSubject"/>.</summary>
    private void AddPairPartner(EventDraft e, int verb, int clauseStart)
    {
        if (e.Agent == _pairAgent && _pairPartner >= 0 && PairSubject(verb, clauseStart) >= 0)
        {
            AddCounterpart(e, _pairPartner);
        }
    }

    /// <summary>Keeps the latest body event between a person or state and another as the story's pair.</summary>
    private void TrackPair(EventDraft e)
    {
        if (e.Agent < 0 || !IsSide(e.Agent))
        {
            return;
        }

        foreach (var c in e.Counterparts)
        {
            if (c != e.Agent && IsSide(c))
            {
                _pairAgent = e.Agent;
                _pairPartner = c;
                return;
            }
        }
    }

    private bool PairHead(int k) => Is(k, K.Leaders) || Is(k, K.Presidents) || Is(k, K.Ministers) || Is(k, K.Sides) || Is(k, K.Countries)
        || Is(k, K.Governments) || Is(k, K.Neighbours) || Is(k, K.Neighbors);

    // A person, or a state named by its country or capital (not a lake or a town).
    private bool IsSide(int actor)
    {
        var a = _actors.Actors[actor];
        return a.Kind == ActorKind.Person || (a.Country != null && Lexicons.Capitals.IsCountryOrCapital(a.Name, a.Country));
    }

    // "officials said the two neighbours would discuss the matter": inside what was said the pair is the speaker's
    // claim, not an act told as the story's.
    private bool SpeechBefore(int tok)
    {
        for (var c = 0; c < _candCount && _cands[c].Tok < tok; c++)
        {
            if (_cands[c].IsVerb && _cands[c].Verb != null && _cands[c].Verb!.Has(VerbFlags.Speech))
            {
                return true;
            }
        }

        return false;
    }
}

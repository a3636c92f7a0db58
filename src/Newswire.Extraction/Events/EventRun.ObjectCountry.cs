using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Target from a demonym in the object ("shelled Ukrainian positions", "summoned the Turkish ambassador", "fired on
// Afghan border posts"): wire copy names the side an act is aimed at by its nationality more often than by name, and
// such a demonym is no actor mention. An assault on an unnamed object in a foreign place ("a drone struck a vehicle
// near Sulaimaniyah") is aimed at the state where it fell. Reads the words after a verb; writes the draft's counterparts.
internal sealed partial class EventRun
{
    /// <summary>How far into the object a demonym may stand ("a convoy of" is beyond it: "the two Turkish ...").</summary>
    private const int ObjectDemonymReach = 5;

    /// <summary>
    /// A verb event with no counterpart whose object phrase opens with a demonym (after determiners, numbers and
    /// lower-case modifiers, maybe after "on/at/against") takes the country of that demonym as its counterpart,
    /// when the article names that country (or its capital).
    /// </summary>
    [MethodImpl(Hot.Path)]
    private void ObjectDemonymTarget(EventDraft e, int from, int windowEnd)
    {
        if (e.Counterparts.Count > 0 || e.Root < 2)
        {
            return;
        }

        var country = ObjectDemonym(from, windowEnd) ?? AimedDemonym(e, from, windowEnd);
        if (country != null)
        {
            AddCounterpart(e, ForceCountry.OfCountry(_actors, country));
        }

        if (e.Counterparts.Count == 0 && e.Root >= 18 && e.Root <= 20 && e.Location >= 0 && e.Agent >= 0)
        {
            ForeignPlaceTarget(e);
        }

        if (e.Counterparts.Count == 0 && e.Root >= 10 && e.Agent >= 0)
        {
            SpeakerOwnTarget(e, from, windowEnd);
        }
    }

    /// <summary>
    /// "Pakistan said Indian troops fired on its border posts": "its"/"their" in the object of a reported hostile act
    /// (root 10 and up) is the speaker's own when the speaker (the subject of the sentence's nearest speech verb before
    /// it) is of another country than the doer; "the company's chief said it would defend its market" is the doer's.
    /// </summary>
    private void SpeakerOwnTarget(EventDraft e, int from, int windowEnd)
    {
        var own = -1;
        for (var i = from; i < windowEnd && i < _s1; i++)
        {
            if ((Class(i) & WordClass.PossessivePronoun) != 0 && !Is(i, K.His) && !Is(i, K.Her))
            {
                own = i;
                break;
            }
        }

        for (var k = e.Trigger - 1; own >= 0 && k >= _s0; k--)
        {
            if (IsCandidateVerbAt(k) && _cands[_candAt[k]].Verb!.Has(VerbFlags.Speech))
            {
                var speaker = FindSubject(k, null);
                var theirs = _actorList[e.Agent].Country;
                var ours = speaker >= 0 ? _actorList[speaker].Country : null;
                if (ours != null && theirs != null && !string.Equals(ours, theirs, System.StringComparison.Ordinal))
                {
                    AddCounterpart(e, speaker);
                }

                return;
            }
        }
    }

    /// <summary>The state of the foreign place an assault with no named object hit (the place where it names none).</summary>
    private void ForeignPlaceTarget(EventDraft e)
    {
        var own = _actorList[e.Agent].Country;
        var there = _actorList[e.Location].Country;
        if (own == null || there == null || string.Equals(own, there, System.StringComparison.Ordinal))
        {
            return;
        }

        var state = ForceCountry.OfCountry(_actors, there);
        AddCounterpart(e, state >= 0 ? state : e.Location);
    }

    /// <summary>"fired water cannon at a Philippine supply boat": an assault's "at/on/against" phrase after its object.</summary>
    private string? AimedDemonym(EventDraft e, int from, int windowEnd)
    {
        var assault = (e.Root >= 18 && e.Root <= 20) || e.Code == "175"; // 175: water cannon, tear gas
        if (!assault)
        {
            return null;
        }

        for (var i = from + 1; i < windowEnd; i++)
        {
            if (_mentionAt.At(i) >= 0 || _tokens[i].Kind == TokenKind.Punctuation)
            {
                return null;
            }

            if (Is(i, K.On) || Is(i, K.At) || Is(i, K.Against))
            {
                return ObjectDemonym(i, windowEnd);
            }
        }

        return null;
    }

    /// <summary>The country code of a demonym that heads the object phrase after <paramref name="from"/>, or null.</summary>
    private string? ObjectDemonym(int from, int windowEnd)
    {
        var end = windowEnd < from + ObjectDemonymReach ? windowEnd : from + ObjectDemonymReach;
        if (end > _s1 - 1)
        {
            end = _s1 - 1; // the demonym needs a noun after it
        }

        for (var i = from; i < end; i++)
        {
            if (_mentionAt.At(i) >= 0 || _tokens[i].Kind == TokenKind.Punctuation || _tokens[i].Kind == TokenKind.Possessive)
            {
                return null; // a named object is the window's business; punctuation closes the phrase
            }

            if (i == from && (Is(i, K.On) || Is(i, K.At) || Is(i, K.Against)))
            {
                continue;
            }

            if ((Class(i) & (WordClass.Preposition | WordClass.Conjunction | WordClass.Subordinator)) != 0)
            {
                return null;
            }

            if (!_tokens[i].IsLower && _tokens[i].Kind == TokenKind.Word)
            {
                return DemonymBeforeNoun(i);
            }
        }

        return null;
    }

    /// <summary>The country of a capitalised demonym followed by a lower-case noun ("Russian positions"), or null.</summary>
    private string? DemonymBeforeNoun(int i)
    {
        var next = _tokens[i + 1];
        if (next.Kind != TokenKind.Word || !next.IsLower)
        {
            return null;
        }

        return DemonymCountry(i);
    }
}

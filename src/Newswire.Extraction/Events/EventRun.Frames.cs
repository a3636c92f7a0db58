using System.Runtime.CompilerServices;
using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

/// <summary>
/// Verb frames: whether a form is a verb here (reduced relatives, attributive participles, adjectives after "be"),
/// whether a verb's default code fits its object, votes, and the story kind read from the headline.
/// </summary>
internal sealed partial class EventRun
{
    // Whether the last MatchPattern hit was a hand-written pattern (it outranks a light verb's object noun).
    private bool _curatedPattern;

    // The stage tables of any word of the current sentence (from the probe).
    private StageSet _sentenceStage;

    // Whether a body sentence has been read, and whether the first one (the lede) reports a game.
    private bool _bodyRead;
    private bool _ledeSport;

    /// <summary>
    /// The headline tells what kind of story the body is (a game, an obituary): read by the filter stages. Words of
    /// names do not count ("Arab League", "Olympic Steel").
    /// </summary>
    private void ReadStoryKind(bool headline)
    {
        if (!headline)
        {
            ReadLede();
            ReadBodyKind(_sentenceStage);
            CreditProtestOrganizer();
            return;
        }

        FillStageBits();
        var bits = StageSet.None;
        for (var i = _s0; i < _s1; i++)
        {
            if (_mentionAt.At(i) < 0)
            {
                bits |= _stageBits[i - _s0];
                _context.AccidentHeadline |= _context.Words.OnDemand(Stages.StageWords.Accident, _text.Text, _tokens[i]);
            }
        }

        _context.StoryBits |= bits;
    }

    /// <summary>
    /// "Zambia beat Malawi to reach COSAFA final": a headline is coded before the body shows the story is about a
    /// game; once the body has (<see cref="ReadBodyKind"/>), the headline's acts are the game's too, as the sport
    /// stage treats the body's (protests and arrests around a game stay).
    /// </summary>
    private bool SportBodyDrops(int root) => ((_context.StoryBits & StageSet.Sport) != 0 || _ledeSport) && root != 14 && root != 17;

    /// <summary>
    /// "Namibia storm past Zimbabwe" over "Namibia stormed past Zimbabwe ... to reach the volleyball final": the lede
    /// restates the headline, so a lede with a <c>[sport]</c> word outside names makes the headline's acts the game's
    /// (the lede's own acts are already sport by the sport stage). Only the headline is read so; the rest of the body
    /// still needs <see cref="ReadBodyKind"/>'s evidence.
    /// </summary>
    private void ReadLede()
    {
        if (_bodyRead || !HasLowerWord())
        {
            return; // a dateline on its own ("RABAT -") is no lede
        }

        _bodyRead = true;
        FillStageBits(); // phrases ("water polo") and hyphenated words ("5-wicket") are complete only there
        for (var i = _s0; i < _s1 && !_ledeSport; i++)
        {
            _ledeSport = (_stageBits[i - _s0] & StageSet.Sport) != 0 && _mentionAt.At(i) < 0;
        }
    }

    private bool HasLowerWord()
    {
        for (var i = _s0; i < _s1; i++)
        {
            if (_tokens[i].Kind == TokenKind.Word && _tokens[i].IsLower)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A body that keeps reporting a game makes a sport story even under a headline with no sport word ("X storm back
    /// to beat Y"): a sentence with a <c>[sport]</c> word outside names scores 1, 2 with a scoreline too; from 3 on,
    /// the rest of the story is sport (a coach's "we attacked them from every side" is no fighting). Only sentences
    /// whose probe saw a sport word are read.
    /// </summary>
    private void ReadBodyKind(StageSet sentenceStage)
    {
        if ((sentenceStage & StageSet.Sport) == 0 || (_context.StoryBits & StageSet.Sport) != 0)
        {
            return;
        }

        var sport = false;
        var score = false;
        for (var i = _s0; i < _s1; i++)
        {
            sport |= (_stageBits[i - _s0] & StageSet.Sport) != 0 && _mentionAt.At(i) < 0;
            score |= IsScoreAt(i) && !DatedAt(i);
        }

        _context.SportPoints += sport ? (score ? 2 : 1) : 0;
        if (_context.SportPoints >= 3)
        {
            _context.StoryBits |= StageSet.Sport;
        }
    }

    /// <summary>
    /// Whether the verb's default code fits what follows it. "Transitive" verbs have their default meaning only with a
    /// named object ("X called Y" is a phone call, "what he called interference" is not); intransitive ones only
    /// without a direct object ("protesters demonstrated outside", not "the strikes demonstrate its resolve").
    /// </summary>
    private bool DefaultFrameFits(VerbEntry verb, int end)
    {
        if (verb.Has(VerbFlags.NeedsObject) && !(end < _s1 && _mentionAt.At(end) >= 0))
        {
            return false;
        }

        return !(verb.Has(VerbFlags.Intransitive) && DirectObjectAt(end));
    }

    /// <summary>The verb's default code fits its frame, and a verb that needs an object is not naming ("a state they call X").</summary>
    private bool DefaultReadingFits(VerbEntry verb, in Candidate cand) =>
        DefaultFrameFits(verb, cand.End) && !(verb.Has(VerbFlags.NeedsObject) && (NamingRelative(cand.Tok) || ObjectComplement(cand.End)));

    /// <summary>
    /// "Milei had called Lula a \"corrupt communist\"": a named object followed by "a/an" or a quote is given a name or
    /// label (an insult or a description), not telephoned.
    /// </summary>
    private bool ObjectComplement(int end)
    {
        var m = _mentionAt.At(end);
        var j = end;
        while (j < _s1 && _mentionAt.At(j) == m)
        {
            j++;
        }

        if (j >= _s1)
        {
            return false;
        }

        ref readonly var t = ref _tokens[j];
        return (t.Kind == TokenKind.Word && t.Length <= 2 && (_text.Is(j, "a") || _text.Is(j, "an"))) || t.Is(TokenFlags.Quote);
    }

    /// <summary>
    /// "a state they call Ambazonia", "what it calls the Zone": a verb whose pronoun subject follows a noun (or "what")
    /// with no relative word between is a relative clause naming that noun, not the verb's act.
    /// </summary>
    private bool NamingRelative(int tok)
    {
        var pronoun = PrevWord(tok);
        if (pronoun <= _s0 || (Class(pronoun) & WordClass.SubjectPronoun) == 0)
        {
            return false;
        }

        var noun = pronoun - 1;
        if (_tokens[noun].Kind != TokenKind.Word || !_tokens[noun].IsLower || _mentionAt.At(noun) >= 0)
        {
            return false;
        }

        if (Is(noun, K.What))
        {
            return true;
        }

        if ((Class(noun) & ~WordClass.PlaceNoun) != 0)
        {
            return false;
        }

        // The noun's phrase: a determiner a few plain words before it ("an independent state they call").
        for (var i = noun - 1; i >= _s0 && i >= noun - 3; i--)
        {
            if (_tokens[i].Kind != TokenKind.Word || _mentionAt.At(i) >= 0 || IsCandidateVerbAt(i))
            {
                return false;
            }

            if ((Class(i) & (WordClass.Determiner | WordClass.PossessivePronoun)) != 0)
            {
                return true;
            }

            if (Class(i) != WordClass.None)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A present form after a name that itself follows a preposition is a noun the name modifies: "the destruction
    /// of ISIL targets", "against Houthi attacks" (not after a preposition that also opens clauses: "after Iran
    /// strikes"; after a determiner the name is often a subject: "the Philippines agree"). So is one after a name
    /// that is the object of an act's verb: "warplanes struck PKK targets" (not after a speech or directive verb,
    /// whose object may be a clause: "said Iran attacks").
    /// </summary>
    private bool NamedModifierOfNoun(int p, bool prevIsMention)
    {
        if (!prevIsMention)
        {
            return false;
        }

        var before = _mentions[_mentionAt.At(p)].FirstToken - 1;
        if (before < _s0 || _mentionAt.At(before) >= 0 || _tokens[before].Kind != TokenKind.Word)
        {
            return false;
        }

        return ((Class(before) & WordClass.Preposition) != 0 && (Class(before) & WordClass.Subordinator) == 0) || ActVerbEndsAt(before + 1);
    }

    /// <summary>Whether an active verb candidate that is no speech or directive verb ends at <paramref name="end"/>.</summary>
    private bool ActVerbEndsAt(int end) =>
        CandidateEndingAt(end) is var c && c >= 0 && _cands[c].IsVerb && !_cands[c].Passive && _cands[c].Verb is { } v
        && !v.Has(VerbFlags.Speech | VerbFlags.Directive);

    /// <summary>A base form after "be" or after "it/he/she" is an adjective or a noun: "was clear", "made it clear".</summary>
    private bool AdjectiveBase(int p, WordClass pc, VerbFormKind form) =>
        form == VerbFormKind.Base && ((pc & WordClass.BeAux) != 0 || Is(p, K.It) || Is(p, K.He) || Is(p, K.She));

    /// <summary>A name, a determiner, a possessive or a number right after the verb starts a direct object.</summary>
    private bool DirectObjectAt(int i) =>
        i < _s1 && (_mentionAt.At(i) >= 0 || _tokens[i].Kind == TokenKind.Number
                    || (_tokens[i].Kind == TokenKind.Word && (Class(i) & (WordClass.Determiner | WordClass.PossessivePronoun)) != 0));

    /// <summary>"voted to censure", "votes unanimously to impose", "voted 13-2 to expel": up to two words between.</summary>
    private bool VotedInfinitive(int tok)
    {
        var p = PrevWord(tok);
        for (var k = 0; k < 3 && p > _s0; k++)
        {
            p = PrevWord(p);
            if (p < 0)
            {
                return false;
            }

            if (Is(p, K.Voted) || Is(p, K.Votes))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "-ed" right after a common noun that is the object of a verb of the same clause modifies that noun: "conducted
    /// 11 strikes coordinated with the government", "had met the targets agreed with the fund". A speech or directive
    /// verb before it opens a new clause instead ("said protesters clashed"). Before "by" it is the reduced passive
    /// read below ("a summit hosted by X": X hosts).
    /// </summary>
    private bool ReducedRelative(int i, int p, WordClass pc, bool prevIsMention)
    {
        if (i + 1 < _s1 && Is(i + 1, K.By))
        {
            return false;
        }

        const WordClass Function = WordClass.Determiner | WordClass.Preposition | WordClass.SubjectPronoun | WordClass.HaveAux
            | WordClass.BeAux | WordClass.Modal | WordClass.DoAux | WordClass.Conjunction | WordClass.Subordinator | WordClass.Negation;
        // A force or weapon noun is the subject of its own verb ("coast guard vessels fired water cannon"), unless
        // the form has no object and an act's verb comes before: "intercepted a rocket fired from Gaza".
        if (prevIsMention || (pc & Function) != 0 || _tokens[p].Kind != TokenKind.Word || !_tokens[p].IsLower
            || ((_stageBits[p - _s0] & (StageSet.ArmedUnit | StageSet.SecurityForce | StageSet.StateBody | StageSet.Crowd)) != 0
                && !(i + 1 < _s1 && (Class(i + 1) & WordClass.Preposition) != 0)))
        {
            return false;
        }

        if (InPrepositionalObject(p))
        {
            return true;
        }

        for (var j = p - 1; j >= _s0 && j >= p - 8; j--)
        {
            if (Is(j, K.Comma) || Is(j, K.That) || Is(j, K.And) || (Class(j) & (WordClass.Subordinator | WordClass.Conjunction)) != 0)
            {
                return false;
            }

            var k = _candAt[j];
            if (k >= 0 && _cands[k].IsVerb && !_cands[k].Gerund)
            {
                return (_cands[k].Verb!.Flags & (VerbFlags.Speech | VerbFlags.Directive)) == 0;
            }
        }

        return false;
    }

    /// <summary>
    /// "in violation of a ceasefire agreed in November", "under the deal signed last year": a common noun with its
    /// determiner right after a preposition is that preposition's object, never the subject of the "-ed" after it.
    /// After "of" only inside another preposition's phrase ("supporters of the opposition protested" keeps its verb),
    /// and a crowd or force noun may still act.
    /// </summary>
    private bool InPrepositionalObject(int noun) =>
        noun - 2 >= _s0 && (Class(noun - 1) & WordClass.Determiner) != 0 && _mentionAt.At(noun - 1) < 0
        && (Class(noun - 2) & WordClass.Preposition) != 0 && _mentionAt.At(noun - 2) < 0
        && (!Is(noun - 2, K.Of) || OfInsidePrepositionalPhrase(noun - 2))
        && (_stageBits[noun - _s0] & (StageSet.ArmedUnit | StageSet.SecurityForce | StageSet.StateBody | StageSet.Crowd)) == 0;

    // How many lower-case words may stand between a preposition and the "of" of its object ("in the latest violation of").
    private const int OfPhraseReach = 3;

    // "in (the latest) violation of": the "of" phrase hangs on a preposition's object, so nothing in it is a subject.
    private bool OfInsidePrepositionalPhrase(int of)
    {
        for (var k = of - 1; k >= _s0 && k >= of - 1 - OfPhraseReach; k--)
        {
            if (_tokens[k].Kind != TokenKind.Word || !_tokens[k].IsLower || _mentionAt.At(k) >= 0)
            {
                return false;
            }

            if (k < of - 1 && (Class(k) & WordClass.Preposition) != 0)
            {
                return !Is(k, K.Of);
            }
        }

        return false;
    }

    /// <summary>"-ed" before a noun, not after its subject, is an adjective ("newly deployed equipment", "allied partners").</summary>
    private bool IsAttributiveParticiple(int i, int p, WordClass pc, bool prevIsMention)
    {
        if (prevIsMention || (pc & (WordClass.SubjectPronoun | WordClass.HaveAux)) != 0 || ((pc & WordClass.Conjunction) != 0 && PrevIsVerb(p)))
        {
            return false;
        }

        // After a unit, a state body or a crowd ("coast guard vessels fired water cannon", "a court sentenced two men",
        // "protesters blocked highways") the form is its verb.
        if ((_stageBits[p - _s0] & (StageSet.ArmedUnit | StageSet.SecurityForce | StageSet.StateBody | StageSet.Crowd)) != 0)
        {
            return false;
        }

        ref readonly var t = ref _tokens[i];
        if (!(t.Length > 3 && _s[t.End - 1] == 'd' && _s[t.End - 2] == 'e'))
        {
            return false;
        }

        // "units in the Basarkechar district fired small arms": after the head noun of a name the form is its verb.
        if (p > _s0 && _mentionAt.At(p - 1) >= 0 && _tokens[p].IsLower && (Class(p) & ~WordClass.PlaceNoun) == 0)
        {
            return false;
        }

        // "... and demanded that Caracas release them": a clause after the form makes it a verb.
        return i + 1 < _s1 && _tokens[i + 1].Kind == TokenKind.Word && _tokens[i + 1].IsLower && !Is(i + 1, K.That)
               && _mentionAt.At(i + 1) < 0 && (Class(i + 1) & (WordClass.Determiner | WordClass.Preposition | WordClass.PossessivePronoun | WordClass.Subordinator)) == 0;
    }
}

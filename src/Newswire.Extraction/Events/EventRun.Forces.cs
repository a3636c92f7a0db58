using System.Runtime.CompilerServices;
using Newswire.Extraction.Events.Stages;

namespace Newswire.Extraction.Events;

// A subject that is a state's unit or body named by its nationality ("a Chinese coast guard ship", "Turkish
// warplanes", "an Algerian court"):
// the unit acts for that country. Reads the sentence; writes nothing.
internal sealed partial class EventRun
{
    /// <summary>
    /// The actor standing for the country of a demonym that modifies an <c>[armed-unit]</c> or <c>[state-body]</c> word in the subject
    /// before <paramref name="verb"/> ("a Chinese coast guard ship fired ..."), or -1. That actor is the country's
    /// (or, where the article does not name it, its capital's); a country the article never names gives none.
    /// </summary>
    [MethodImpl(Hot.Path)]
    private int NationalUnitAgent(int clauseStart, int verb)
    {
        var first = clauseStart < _s0 ? _s0 : clauseStart;
        string? country = null;
        for (var i = first; i < verb; i++)
        {
            if (_mentionAt.At(i) >= 0 || _tokens[i].Kind != Text.TokenKind.Word)
            {
                return -1; // a named subject (or a clause break) is the other rules' business
            }

            if (country == null)
            {
                // "No Turkish jets struck ...": nothing happened.
                if (_tokens[i].Length == 2 && string.Compare(_s, _tokens[i].Start, "no", 0, 2, System.StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return -1;
                }

                country = DemonymCountry(i);
                continue;
            }

            if ((_stageBits[i - _s0] & (StageSet.ArmedUnit | StageSet.StateBody)) != 0)
            {
                return ForceCountry.OfCountry(_actors, country);
            }
        }

        return -1;
    }

    /// <summary>
    /// "A Dakar court sentenced ...", "Riverton police detained ...": a place written before a court or force word
    /// (<c>[security-force]</c>) as the subject's own modifier stands for its state as those forces do
    /// (<see cref="ForceCountry"/>): the country where the article names it, not the city. Any other agent is kept.
    /// </summary>
    private int PlaceForceSubject(int agent, int clauseStart, int verb)
    {
        if (agent < 0 || _actorList[agent].Kind != ActorKind.Location)
        {
            return agent;
        }

        for (var i = clauseStart < _s0 ? _s0 : clauseStart; i < verb; i++)
        {
            var m = _mentionAt.At(i);
            if (m < 0)
            {
                continue;
            }

            var next = _mentions[m].EndToken;
            if (_mentions[m].Actor == agent && next < verb && _tokens[next].IsLower && (_stageBits[next - _s0] & StageSet.SecurityForce) != 0)
            {
                return ForceCountry.Agent(_actors, agent);
            }

            i = next - 1;
        }

        return agent;
    }

    /// <summary>
    /// Whether the words from <paramref name="from"/> to <paramref name="verb"/> are a unit named by its nationality
    /// ("Ukrainian drones", "the Indian army"), whether or not the article names that country.
    /// </summary>
    private bool NationalUnitBetween(int from, int verb)
    {
        var demonym = false;
        for (var i = from; i < verb; i++)
        {
            if (_tokens[i].Kind != Text.TokenKind.Word)
            {
                return false;
            }

            if (!demonym)
            {
                demonym = !_tokens[i].IsLower && Lexicons.Lexicon.BuiltIn.TryDemonym(_s, _tokens[i], out _);
            }
            else if ((_stageBits[i - _s0] & (StageSet.ArmedUnit | StageSet.StateBody)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // The most words of a reported clause's force subject ("the security forces", "rebel fighters").
    private const int ForceSubjectReach = 3;

    // Words of armed men of any side: state forces by function, rebels, militants.
    private const StageSet AnyForce = StageSet.SecurityForce | StageSet.NonStateForce | StageSet.ArmedGroup;

    /// <summary>
    /// Whether the words from <paramref name="from"/> to <paramref name="verb"/> (its verb group left out) name armed
    /// men by function, of the state or not ("troops had destroyed", "rebel fighters attacked"), with no possessive
    /// ("its fighters" are the speaker's side): after a speech verb they are the reported clause's own subject, and the
    /// spokesman who reports their act does not do it.
    /// </summary>
    private bool ForceSubjectBetween(int from, int verb)
    {
        var end = BeforeVerbGroup(from, verb);

        if (end <= from || end - from > ForceSubjectReach)
        {
            return false;
        }

        var force = false;
        for (var i = from; i < end; i++)
        {
            if (_tokens[i].Kind != Text.TokenKind.Word || !_tokens[i].IsLower || (Class(i) & WordClass.PossessivePronoun) != 0)
            {
                return false;
            }

            force |= (_stageBits[i - _s0] & AnyForce) != 0;
        }

        return force;
    }

    /// <summary>
    /// The first word of security forces named by function (no name: "police", "riot police") standing right before
    /// <paramref name="verb"/>'s verb group after "and" or a comma that follow a verb, which makes them its clause's
    /// own subject; else -1.
    /// </summary>
    private int ForcesAfterAnd(int verb)
    {
        var i = verb - 1;
        while (i > _s0 && (Class(i) & (WordClass.BeAux | WordClass.HaveAux | WordClass.Modal | WordClass.Adverb)) != 0)
        {
            i--;
        }

        if (i <= _s0 || _mentionAt.At(i) >= 0 || (_stageBits[i - _s0] & StageSet.SecurityForce) == 0)
        {
            return -1;
        }

        var first = i;
        while (first - 1 > _s0 && _mentionAt.At(first - 1) < 0 && _tokens[first - 1].IsLower && (_stageBits[first - 1 - _s0] & StageSet.SecurityForce) != 0)
        {
            first--; // "riot police"
        }

        // "Protesters gathered in Lima and police ...": the "and" joins clauses only after a verb ("Opposition
        // supporters and riot police clashed" is one subject).
        return (Is(first - 1, K.And) || Is(first - 1, K.Comma)) && VerbBefore(first - 1) ? first : -1;
    }

    /// <summary>The country code of a capitalized demonym at token <paramref name="i"/> ("Venezuelan"), or null.</summary>
    private string? DemonymCountry(int i) =>
        !_tokens[i].IsLower && _tokens[i].Kind == Text.TokenKind.Word && Lexicons.Lexicon.BuiltIn.TryDemonym(_s, _tokens[i], out var c) && c.Length == 3 ? c : null;
}

using System;
using System.Collections.Generic;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// "X met Y in Almaty. The two ministers agreed to ...": a subject that counts two of a kind of side ("the two
// leaders", "both countries") names no actor, but the two last named before it of that kind act together. Reads the
// sentence and earlier mentions; writes _pairPartner (the second of the pair, a counterpart of the event).
internal sealed partial class EventRun
{
    // Heads of a pair of people ("the two ministers") and of a pair of states ("the two countries", "both sides").
    private static readonly HashSet<string> PairPersonHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministers", "leaders", "presidents", "premiers", "counterparts", "heads",
    };

    private static readonly HashSet<string> PairStateHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "countries", "governments", "neighbours", "neighbors", "nations", "delegations", "states", "capitals",
    };

    // How far back (tokens) the pair may have been named: this sentence and about one before it.
    private const int PairReach = 80;

    private int _pairPartner = -1;

    /// <summary>
    /// The first of the two actors a pair subject before <paramref name="verb"/> stands for ("The two leaders also
    /// agreed"), with the second in <see cref="_pairPartner"/>; -1 when the subject is no pair or no pair is named.
    /// </summary>
    private int PairSubjectAgent(int clauseStart, int verb)
    {
        var i = clauseStart < _s0 ? _s0 : clauseStart;
        if (i < verb && WordIs(i, "the"))
        {
            i++;
        }

        if (i >= verb || !(WordIs(i, "two") || WordIs(i, "both")))
        {
            return -1;
        }

        // The head: the last word before the verb group ("the two foreign ministers also agreed").
        var end = verb;
        while (end > i + 1 && (Class(end - 1) & VerbGroup) != 0)
        {
            end--;
        }

        if (end - i > 3 || end <= i + 1 || _tokens[end - 1].Kind != TokenKind.Word || ModalBetween(end, verb))
        {
            return -1;
        }

        var head = _s.Substring(_tokens[end - 1].Start, _tokens[end - 1].Length);
        var persons = PairPersonHeads.Contains(head);
        if (!persons && !PairStateHeads.Contains(head))
        {
            return -1;
        }

        return (persons ? LastPair(clauseStart, people: true) : -1) is var a && a >= 0 ? a : LastPair(clauseStart, people: false);
    }

    // The later-named of the last two distinct actors of a kind (people, or states and bodies) before <paramref name="before"/>.
    private int LastPair(int before, bool people)
    {
        int second = -1, first = -1;
        for (var m = _actors.Mentions.Count - 1; m >= 0; m--)
        {
            var mention = _mentions[m];
            if (mention.FirstToken >= before)
            {
                continue;
            }

            if (mention.FirstToken < before - PairReach)
            {
                break;
            }

            var a = mention.Actor;
            if (a < 0 || a == second || (_actorList[a].Kind == ActorKind.Person) != people || (!people && !StateSide(a)))
            {
                continue;
            }

            if (second < 0)
            {
                second = a;
            }
            else
            {
                first = a;
                break;
            }
        }

        _pairPartner = first >= 0 ? second : -1;
        return first;
    }

    // A state or a body with a country (an acting country is an organization while events are found), not a city.
    private bool StateSide(int a) =>
        _actorList[a].Country != null
        && (_actorList[a].Kind == ActorKind.Organization
            || (Lexicons.Lexicon.BuiltIn.Country(_actorList[a].Country!) is { } c && string.Equals(c.Name, _actorList[a].Name, StringComparison.Ordinal)));

    // "the two neighbours would discuss": a pair's promised act is the speaker's report of a plan, no act of theirs.
    private bool ModalBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if ((Class(k) & (WordClass.Modal | WordClass.Future)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool WordIs(int i, string word) =>
        _tokens[i].Kind == TokenKind.Word && _tokens[i].Length == word.Length
        && string.Compare(_s, _tokens[i].Start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
}

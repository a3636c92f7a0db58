using System;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Actors;
using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Location and time: the sentence's fronted place (writes _sentenceLocation), an event's place from the
// prepositions around a mention, destinations, and the nearest time expression. The rest write only the
// draft they are given.
internal sealed partial class EventRun
{
    /// <summary>"In Rostov-on-Don, ..." and "There, ..." give the sentence's events their place.</summary>
    [MethodImpl(Hot.Path)]
    private void FindSentenceLocation()
    {
        if (_s1 - _s0 < 3)
        {
            return;
        }

        if (Is(_s0, K.There) && Is(_s0 + 1, K.Comma))
        {
            _sentenceLocation = _lastLocation;
            return;
        }

        if (!(Is(_s0, K.In) || Is(_s0, K.At)))
        {
            return;
        }

        for (var i = _s0 + 1; i < _s1 && i < _s0 + 10; i++)
        {
            if (Is(i, K.Comma))
            {
                var m = LastPlaceMention(_s0 + 1, i);
                if (m >= 0)
                {
                    _sentenceLocation = _mentions[m].Actor;
                }

                return;
            }
        }
    }

    /// <summary>
    /// "Federal police detained four demonstrators outside the parliament": a subject naming security forces by
    /// function only acts for the state of the place it is said to be from ("police in Riverton detained"), else for the state
    /// of the country where it acted ("... detained ... in Riverton") or the story is about (<see cref="StoryCountry"/>):
    /// the country or its capital, never a city that is only where it happened (<see cref="ForceCountry"/>), or -1.
    /// </summary>
    private int SecurityForcePlace(int clauseStart, int verb, int windowEnd)
    {
        StageSet force = 0;
        var forceWord = -1;
        string? demonym = null;
        var first = Math.Max(clauseStart, _s0);
        for (var i = first; i < verb; i++)
        {
            // "The navy seized three Kenyan boats and detained ...": an earlier verb's object is no part of the subject;
            // with no forces before that verb, the subject comes after it ("30 people were injured and police detained").
            if (IsCandidateVerbAt(i))
            {
                if (IsStateForce(force))
                {
                    break;
                }

                force = 0;
                forceWord = -1;
                demonym = null;
                continue;
            }

            var m = _mentionAt.At(i);
            if (m >= 0)
            {
                // Only a place the forces are in ("Police in Riverton"); any other name is the subject's. The
                // place stands for its state: the country where the article names it, not a city ("Police in Port Ellis").
                var town = forceWord >= 0 && ForceCountry.IsPolice(_s.Substring(_tokens[forceWord].Start, _tokens[forceWord].Length));
                return IsStateForce(force) && LocatedPlace(m, first, town) ? ForceOf(_mentions[m].Actor, forceWord, town) : -1;
            }

            var bits = _stageBits[i - _s0] & (StageSet.SecurityForce | StageSet.SecurityForceAbroad | StageSet.NonStateForce);
            if (forceWord < 0 && (bits & StageSet.SecurityForce) != 0)
            {
                forceWord = i;
            }

            force |= bits;
            demonym ??= DemonymCountry(i);
        }

        if (!IsStateForce(force))
        {
            return -1;
        }

        // "Venezuelan security agents detained ...": another country's forces, never the story's; that country acts
        // where the article names it (or its capital), else nobody.
        return demonym != null ? ForceCountry.OfCountry(_actors, demonym)
            : ForceOf(ForceAgentFromPlace(verb, windowEnd, (force & StageSet.SecurityForceAbroad) != 0), forceWord);
    }

    // A city standing for forces gives way to the article's own force of that country named by the same word or one
    // of its kind ("Police ..." acts as "Bangladesh police", never as the "Criminal Court"; "The soldiers ..." as the
    // "Cameroonian troops" named before).
    private int ForceOf(int place, int forceWord, bool town = false)
    {
        if (forceWord < 0)
        {
            return ForceCountry.Agent(_actors, place);
        }

        var word = _s.Substring(_tokens[forceWord].Start, _tokens[forceWord].Length);
        return ForceCountry.ForceAgent(_actors, place, w => ForceCountry.SameForce(w, word), town);
    }

    /// <summary>
    /// The state security forces act for: the country of the place after the verb where it happened ("detained 40
    /// protesters in Riverton"), else the country the story is about (<see cref="StoryCountry"/>), or -1.
    /// </summary>
    private int ForceAgentFromPlace(int verb, int windowEnd, bool abroad)
    {
        for (var i = verb + 1; i < windowEnd; i++)
        {
            var m = _mentionAt.At(i);
            if (m < 0)
            {
                continue;
            }

            if (LocatedPlace(m, verb + 1))
            {
                return ForceCountry.Agent(_actors, _mentions[m].Actor);
            }

            i = _mentions[m].EndToken - 1;
        }

        var story = StoryCountry.Before(_text, _actors, _datelineStart, verb, abroad);
        return ForceCountry.Agent(_actors, story < 0 && !abroad ? PlaceEarlierInSentence(verb) : story);
    }

    /// <summary>
    /// "Thousands gathered outside city hall in Riverton, and police used tear gas": with no story country, home
    /// forces act where the sentence placed what happened before them (its latest place with a country), or -1.
    /// </summary>
    private int PlaceEarlierInSentence(int verb)
    {
        for (var i = verb - 1; i >= _s0; i--)
        {
            var m = _mentionAt.At(i);
            if (m >= 0 && _actors.Actors[_mentions[m].Actor] is { Kind: ActorKind.Location, Country: not null })
            {
                return _mentions[m].Actor;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Thousands of protesters marched through Riverton", "Students in Riverton rallied": a protest by a crowd
    /// named by what it is (<c>[crowd]</c>) is the people of the country where it happened (a place in the subject,
    /// after the verb, or the story's country), or -1. A relative clause ("protesters who marched") reads the words
    /// before its "who".
    /// </summary>
    private int CrowdAgent(int clauseStart, int verb, int windowEnd)
    {
        var first = Math.Max(clauseStart, _s0);
        if (Is(first, K.Who) || Is(first - 1, K.Who))
        {
            first = Math.Max(_s0, first - 4);
        }

        var crowd = false;
        for (var i = first; i < verb; i++)
        {
            var m = _mentionAt.At(i);
            if (m >= 0 && FollowerLeader(m))
            {
                i = _mentions[m].EndToken - 1; // "supporters of X": the crowd's leader, not its place
                continue;
            }

            if (m >= 0)
            {
                return crowd && LocatedPlace(m, first) ? ForceCountry.Agent(_actors, _mentions[m].Actor) : -1;
            }

            crowd |= (_stageBits[i - _s0] & StageSet.Crowd) != 0;
        }

        return crowd ? ForceAgentFromPlace(verb, windowEnd, abroad: false) : -1;
    }

    /// <summary>
    /// "Police in Riverton arrested ...", "Students at the University of X marched": a place the subject is said to be
    /// in or at, with no comma before the verb, is where the act happened when the words after it name none; or -1.
    /// </summary>
    private int SubjectPlace(int clauseStart, int trigger)
    {
        var first = Math.Max(clauseStart, _s0);
        for (var i = Math.Min(trigger, _s1) - 1; i >= first; i--)
        {
            if (_tokens[i].Kind == TokenKind.Punctuation)
            {
                return -1;
            }

            var m = _mentionAt.At(i);
            if (m < 0)
            {
                continue;
            }

            var prep = GoverningPreposition(_mentions[m].FirstToken, first);
            if (prep >= 0 && (Is(prep, K.In) || Is(prep, K.At)) && LocatedPlace(m, first, true))
            {
                return _mentions[m].Actor;
            }

            i = _mentions[m].FirstToken;
        }

        return -1;
    }

    /// <summary>A subject with a security-force word and none saying they are not the state's ("Rebel soldiers").</summary>
    private static bool IsStateForce(StageSet force) =>
        (force & (StageSet.SecurityForce | StageSet.SecurityForceAbroad)) != 0 && (force & StageSet.NonStateForce) == 0;

    /// <summary>Whether mention <paramref name="m"/> is a place with a country after a locative preposition ("in Riverton").</summary>
    private bool LocatedPlace(int m, int from, bool town = false)
    {
        var mention = _mentions[m];
        var actor = _actorList[mention.Actor];
        if (actor.Kind != ActorKind.Location || !ForceCountry.TellsState(_actors, actor, town) || mention.Kind == MentionKind.Adjective)
        {
            return false;
        }

        var prep = GoverningPreposition(mention.FirstToken, from);
        return prep >= 0 && (Class(prep) & WordClass.Locative) != 0;
    }

    /// <summary>"took him to the Kazakh capital, Astana": the first "to" place after the phrase.</summary>
    [MethodImpl(Hot.Path)]
    private void ReadDestination(EventDraft e, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (Is(i, K.To))
            {
                ReadWindow(e, i, to, true, false);
                return;
            }
        }
    }

    [MethodImpl(Hot.Path)]
    private int NearestTime(int trigger, int from, int to)
    {
        var best = -1;
        var bestDist = int.MaxValue;
        for (var k = 0; k < _timeCount; k++)
        {
            ref readonly var t = ref _times[k];
            if (t.First < from || t.First >= to)
            {
                continue;
            }

            var d = Math.Abs(t.First - trigger);
            if (d < bestDist)
            {
                bestDist = d;
                best = k;
            }
        }

        return best;
    }

    private bool IsTimeWord(int i) => InTime(i) || Is(i, K.Morning) || Is(i, K.Day) || Is(i, K.Week);

    [MethodImpl(Hot.Path)]
    private int LastPlaceMention(int from, int to)
    {
        var best = -1;
        for (var i = from; i < to; i++)
        {
            var m = _mentionAt.At(i);
            if (m < 0)
            {
                continue;
            }

            var mention = _mentions[m];
            if (_actorList[mention.Actor].Kind == ActorKind.Location && (best < 0 || mention.Kind != MentionKind.Adjective))
            {
                best = m;
            }

            i = mention.EndToken - 1;
        }

        return best;
    }

    /// <summary>The preposition a mention's phrase hangs from ("in" for Belgorod in "in the Russian city of Belgorod"), or -1.</summary>
    [MethodImpl(Hot.Path)]
    private int GoverningPreposition(int mentionStart, int from)
    {
        for (var i = mentionStart - 1; i >= from; i--)
        {
            ref readonly var t = ref _tokens[i];
            if (t.Kind == TokenKind.Punctuation)
            {
                return -1;
            }

            if (_mentionAt.At(i) >= 0 || t.Kind == TokenKind.Possessive)
            {
                continue;
            }

            var wc = Class(i);
            if ((wc & WordClass.Preposition) != 0)
            {
                // "killed at least 35 militants": "at least"/"at most" counts, it places nothing.
                if (Is(i, K.Of) || (Is(i, K.At) && (Is(i + 1, K.Least) || Is(i + 1, K.Most))))
                {
                    continue;
                }

                return i;
            }

            if (IsCandidateVerbAt(i) || (wc & (WordClass.Conjunction | WordClass.Subordinator)) != 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Troops recaptured the village of Kibati": a place occupied (192) is where the occupation happened, the
    /// first counterpart that is a place within a country; a country invaded ("invaded Kuwait") is the side attacked,
    /// its place left to the sentence. -1 for any other code or when no such place is taken.
    /// </summary>
    private int OccupiedPlace(EventDraft e)
    {
        if (e.Code != "192")
        {
            return -1;
        }

        foreach (var c in e.Counterparts)
        {
            if (c >= 0 && _actorList[c].Kind == ActorKind.Location
                && !(_actorList[c].Country is { } country && ForceCountry.OfCountry(_actors, country) == c))
            {
                return c;
            }
        }

        return -1;
    }
}

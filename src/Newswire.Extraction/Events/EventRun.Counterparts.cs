using System;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Actors;
using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Counterparts: reads the words after a trigger (ReadWindow) for objects, "with/to/between" partners, place
// and a passive's "by" agent. Reads mentions and word keys; writes the draft's Counterparts/Location/Agent.
internal sealed partial class EventRun
{
    /// <summary>What <see cref="ReadWindow"/> is reading for and the places it has found so far.</summary>
    private struct WindowRead
    {
        public bool Movement;
        public bool Passive;
        public bool PlacesOnly;
        public bool Assault;
        public int From;

        /// <summary>The place of the phrase ("in the Russian city of X").</summary>
        public int Place;

        /// <summary>A movement's destination ("to X").</summary>
        public int PlaceFromTo;

        /// <summary>The place an assault is aimed at or a visit is hosted by.</summary>
        public int PlaceTarget;
    }

    /// <summary>Counterparts, place and "by" agent from the words after a trigger.</summary>
    private void ReadWindow(EventDraft e, int from, int to, bool movement, bool passive, bool placesOnly = false)
    {
        var read = new WindowRead
        {
            Movement = movement,
            Passive = passive,
            PlacesOnly = placesOnly,
            Assault = e.Root >= 18 && e.Root <= 20,
            From = from,
            Place = -1,
            PlaceFromTo = -1,
            PlaceTarget = -1,
        };
        for (var i = from; i < to; i++)
        {
            var m = _mentionAt.At(i);
            if (m < 0)
            {
                continue;
            }

            var mention = _mentions[m];
            i = mention.EndToken - 1;
            ReadWindowMention(e, mention, ref read);
        }

        if (movement)
        {
            ReadApposedPlace(e, from, to, ref read);
        }

        if (read.PlaceTarget >= 0 && e.Counterparts.Count == 0 && !placesOnly && !SameCountry(e.Agent, read.PlaceTarget))
        {
            AddCounterpart(e, read.PlaceTarget);
        }

        if (read.Place >= 0)
        {
            e.Location = read.Place;
        }
        else if (read.PlaceFromTo >= 0)
        {
            e.Location = read.PlaceFromTo;
        }
    }

    /// <summary>One mention of the window: a place after a locative, a destination, or a counterpart.</summary>
    private void ReadWindowMention(EventDraft e, in ResolvedMention mention, ref WindowRead read)
    {
        var prep = GoverningPreposition(mention.FirstToken, read.From);
        var actor = mention.Actor;
        var kind = _actorList[actor].Kind;
        if (read.Passive && prep >= 0 && Is(prep, K.By))
        {
            return;
        }

        if (prep >= 0 && (Class(prep) & WordClass.Locative) != 0 && !Is(prep, K.On))
        {
            ReadLocativeMention(mention, prep, kind, ref read);
            return;
        }

        if (read.PlacesOnly)
        {
            return;
        }

        if (prep >= 0 && read.Movement && Is(prep, K.To) && kind == ActorKind.Location)
        {
            if (read.PlaceFromTo < 0 || mention.Kind != MentionKind.Adjective)
            {
                read.PlaceFromTo = actor;
            }

            AddCounterpart(e, actor);
            return;
        }

        // "visited Pemba", "toured Bangladesh": a place a movement verb takes as its object is where it happens.
        if (prep < 0 && read.Movement && kind == ActorKind.Location && read.PlaceFromTo < 0 && mention.Kind != MentionKind.Adjective)
        {
            read.PlaceFromTo = actor;
        }

        if (e.Counterparts.Count < 4)
        {
            AddCounterpart(e, actor);
        }
    }

    // "at APC supporters", "at opposition protesters": the name only says whose crowd it is.
    private bool NamesACrowd(in ResolvedMention mention) =>
        mention.EndToken < _s1 && (_stageBits[mention.EndToken - _s0] & StageSet.Crowd) != 0;

    /// <summary>A mention after "in/at/near": the event's place, and maybe what it is aimed at.</summary>
    private void ReadLocativeMention(in ResolvedMention mention, int prep, ActorKind kind, ref WindowRead read)
    {
        var actor = mention.Actor;

        // A place: the most specific mention of the phrase ("in the Russian city of Belgorod"); a body after "at" ("at
        // the foreign ministry") is where too, a person never ("fired tear gas at supporters of X").
        // A body naming whose crowd it is ("fired tear gas at APC supporters") is no place.
        if (kind == ActorKind.Location || (Is(prep, K.At) && kind != ActorKind.Person && mention.Kind != MentionKind.Adjective && !NamesACrowd(mention)))
        {
            if (read.Place < 0 || mention.Kind != MentionKind.Adjective)
            {
                read.Place = actor;
            }
        }

        // "fired shells at Seoul": what an assault is aimed at; "arrived in Beijing": the host of a visit.
        if (read.PlaceTarget < 0 && kind == ActorKind.Location && mention.Kind != MentionKind.Adjective
            && ((read.Assault && Is(prep, K.At)) || (read.Movement && Is(prep, K.In))))
        {
            read.PlaceTarget = actor;
        }
    }

    /// <summary>"to the Kazakh capital, Astana": the apposed name after the window is the place.</summary>
    private void ReadApposedPlace(EventDraft e, int from, int to, ref WindowRead read)
    {
        if (!(to < _s1 && Is(to, K.Comma) && to + 1 < _s1 && to - 1 >= from && (Class(to - 1) & WordClass.PlaceNoun) != 0))
        {
            return;
        }

        var m = _mentionAt.At(to + 1);
        if (m >= 0 && _actorList[_mentions[m].Actor].Kind == ActorKind.Location)
        {
            read.PlaceFromTo = _mentions[m].Actor;
            if (e.Counterparts.Count == 0)
            {
                AddCounterpart(e, read.PlaceFromTo);
            }
        }
    }

    /// <summary>Whether both actors are known and of one country (a visit home is no visit to a host).</summary>
    private bool SameCountry(int a, int b)
    {
        if (a < 0 || b < 0)
        {
            return false;
        }

        var ca = _actorList[a].Country;
        return ca != null && string.Equals(ca, _actorList[b].Country, StringComparison.Ordinal);
    }

    private static void AddCounterpart(EventDraft e, int actor)
    {
        if (actor >= 0 && actor != e.Agent && !e.Counterparts.Contains(actor))
        {
            e.Counterparts.Add(actor);
        }
    }

    /// <summary>The agent of a passive: "by X" in the window, or the state of "by police" (<see cref="ByForce"/>).</summary>
    [MethodImpl(Hot.Path)]
    private int ByAgent(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (Is(i, K.By))
            {
                if (ByForce(i + 1, to, out var demonym))
                {
                    // "by Syrian border guards": another country's forces act for that country, never the story's.
                    var state = demonym != null ? ForceCountry.OfCountry(_actors, demonym) : -1;
                    if (state >= 0 || demonym == null)
                    {
                        return state >= 0 ? state : ForceAgentFromPlace(i, to, abroad: false);
                    }
                }

                var m = FirstMentionHead(i + 1, Math.Min(to, i + 8));
                if (m >= 0 && !PlaceOfByPhrase(m, i + 1))
                {
                    return _mentions[m].Actor;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// "were seized by armed men near the town of X": a name after a locative in the "by" phrase is where the act
    /// happened, not who did it.
    /// </summary>
    private bool PlaceOfByPhrase(int m, int from)
    {
        var prep = GoverningPreposition(_mentions[m].FirstToken, from);
        return prep >= 0 && (Class(prep) & WordClass.Locative) != 0;
    }

    /// <summary>
    /// "was detained by police at his home in X", "were dispersed by riot police": a "by" phrase naming state
    /// security forces by function only (no name before its next preposition or comma). They act for the state of
    /// the place where it happened, not for the place itself; a demonym before them ("by Syrian border guards") is
    /// returned in <paramref name="demonym"/>.
    /// </summary>
    private bool ByForce(int from, int to, out string? demonym)
    {
        var force = StageSet.None;
        demonym = from < to ? DemonymCountry(from) : null;
        var own = demonym != null ? _mentionAt.At(from) : -1; // "Syrian" or a name "Syrian border guards" it opens
        for (var i = demonym != null ? from + 1 : from; i < to && i < from + 4; i++)
        {
            var m = _mentionAt.At(i);
            if ((m >= 0 && m != own) || _tokens[i].Kind != TokenKind.Word || (Class(i) & WordClass.Preposition) != 0)
            {
                break;
            }

            force |= _stageBits[i - _s0] & (StageSet.SecurityForce | StageSet.NonStateForce);
        }

        return (force & StageSet.SecurityForce) != 0 && (force & StageSet.NonStateForce) == 0;
    }
}

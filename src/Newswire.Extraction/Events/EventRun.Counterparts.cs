using System;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Actors;

namespace Newswire.Extraction.Events;

// Counterparts: reads the words after a trigger (ReadWindow) for objects, "with/to/between" partners, place
// and a passive's "by" agent. Reads mentions and word keys; writes the draft's Counterparts/Location/Agent.
internal sealed partial class EventRun
{
    /// <summary>Counterparts, place and "by" agent from the words after a trigger.</summary>
    private void ReadWindow(EventDraft e, int from, int to, bool movement, bool passive, bool placesOnly = false)
    {
        var placeFromTo = -1;
        var place = -1;
        var placeTarget = -1;
        var assault = e.Root >= 18 && e.Root <= 20;
        for (var i = from; i < to; i++)
        {
            var m = _actors.MentionAtToken(i);
            if (m < 0)
            {
                continue;
            }

            var mention = _actors.Mentions[m];
            i = mention.EndToken - 1;
            var prep = GoverningPreposition(mention.FirstToken, from);
            var actor = mention.Actor;
            var kind = _actors.Actors[actor].Kind;
            if (passive && prep >= 0 && Is(prep, K.By))
            {
                continue;
            }

            if (prep >= 0 && (Class(prep) & WordClass.Locative) != 0 && !Is(prep, K.On))
            {
                // A place: the most specific mention of the phrase ("in the Russian city of Belgorod").
                if (kind == ActorKind.Location || (Is(prep, K.At) && mention.Kind != MentionKind.Adjective))
                {
                    if (place < 0 || mention.Kind != MentionKind.Adjective)
                    {
                        place = actor;
                    }
                }

                // "fired shells at Seoul": what an assault is aimed at; "arrived in Beijing": the host of a visit.
                if (placeTarget < 0 && kind == ActorKind.Location && mention.Kind != MentionKind.Adjective
                    && ((assault && Is(prep, K.At)) || (movement && Is(prep, K.In))))
                {
                    placeTarget = actor;
                }

                continue;
            }

            if (placesOnly)
            {
                continue;
            }

            if (prep >= 0 && movement && Is(prep, K.To) && kind == ActorKind.Location)
            {
                if (placeFromTo < 0 || mention.Kind != MentionKind.Adjective)
                {
                    placeFromTo = actor;
                }

                AddCounterpart(e, actor);
                continue;
            }

            if (e.Counterparts.Count < 4)
            {
                AddCounterpart(e, actor);
            }
        }

        // "to the Kazakh capital, Astana": the apposed name after the window is the place.
        if (movement && to < _s1 && Is(to, K.Comma) && to + 1 < _s1 && to - 1 >= from && (Class(to - 1) & WordClass.PlaceNoun) != 0)
        {
            var m = _actors.MentionAtToken(to + 1);
            if (m >= 0 && _actors.Actors[_actors.Mentions[m].Actor].Kind == ActorKind.Location)
            {
                placeFromTo = _actors.Mentions[m].Actor;
                if (e.Counterparts.Count == 0)
                {
                    AddCounterpart(e, placeFromTo);
                }
            }
        }

        if (placeTarget >= 0 && e.Counterparts.Count == 0 && !placesOnly && !SameCountry(e.Agent, placeTarget))
        {
            AddCounterpart(e, placeTarget);
        }

        if (place >= 0)
        {
            e.Location = place;
        }
        else if (placeFromTo >= 0)
        {
            e.Location = placeFromTo;
        }
    }

    /// <summary>Whether both actors are known and of one country (a visit home is no visit to a host).</summary>
    private bool SameCountry(int a, int b)
    {
        if (a < 0 || b < 0)
        {
            return false;
        }

        var ca = _actors.Actors[a].Country;
        return ca != null && string.Equals(ca, _actors.Actors[b].Country, StringComparison.Ordinal);
    }

    private static void AddCounterpart(EventDraft e, int actor)
    {
        if (actor >= 0 && actor != e.Agent && !e.Counterparts.Contains(actor))
        {
            e.Counterparts.Add(actor);
        }
    }

    /// <summary>The agent of a passive: "by X" in the window.</summary>
    [MethodImpl(Hot.Path)]
    private int ByAgent(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (Is(i, K.By))
            {
                var m = FirstMentionHead(i + 1, Math.Min(to, i + 8));
                if (m >= 0)
                {
                    return _actors.Mentions[m].Actor;
                }
            }
        }

        return -1;
    }
}

using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Newswire.Extraction.Events;

// Subject lists of verb events: "X and Y condemned Z" gives one event per member, "X and Y clashed" one event
// with the other member as counterpart, "X and Y agree" a mutual act coded both ways.
internal sealed partial class EventRun
{
    /// <summary>
    /// Coordinated subjects ("X and Y condemned Z") each act when the verb has a target of its own or is one-sided
    /// by nature (returned, to copy the event for each); otherwise ("X and Y clashed") the others are counterparts.
    /// </summary>
    private int[]? SplitCoSubjects(EventDraft e, VerbEntry verb, bool fromNoun, in Candidate cand, List<int> co)
    {
        if (co.Count == 0)
        {
            return null;
        }

        // An event noun ("pledged aid", "issued a statement") splits only when one-sided by nature: "held talks" is
        // mutual.
        var split = !verb.Has(VerbFlags.Reciprocal) && !cand.Passive && !cand.Gerund
                    && (OneSidedRoot(e.Root) || OneSidedPraise(e.Code) || (!fromNoun && HasOtherCounterpart(e, co)));
        if (split)
        {
            return co.ToArray();
        }

        for (var k = co.Count - 1; k >= 0; k--)
        {
            if (co[k] != e.Agent && !e.Counterparts.Contains(co[k]))
            {
                e.Counterparts.Insert(0, co[k]);
            }
        }

        return null;
    }

    /// <summary>"X and Y agree ...": a mutual act with no other party is coded both ways; the partner, or -1.</summary>
    private int MutualPartner(EventDraft e, VerbEntry verb, bool fromNoun, List<int> co)
    {
        var mutual = verb.Has(VerbFlags.Reciprocal) && !fromNoun && co.Count == 1 && e.Counterparts.Count >= 1 && e.Counterparts[0] == co[0]
                     && OnlyPlacesBesides(e, co[0]) && e.Code == (verb.Code ?? e.Code);
        return mutual ? co[0] : -1;
    }

    /// <summary>
    /// "Pakistan and Afghanistan agreed to reopen the Torkham crossing": a place the act names that is no country or
    /// capital is no third party; any other counterpart is.
    /// </summary>
    private bool OnlyPlacesBesides(EventDraft e, int partner)
    {
        foreach (var c in e.Counterparts)
        {
            var a = _actorList[c];
            if (c != partner && (a.Kind != ActorKind.Location || a.Country == null || Lexicons.Capitals.IsCountryOrCapital(a.Name, a.Country)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The copies of a just-finished event for the other members of its subject list, or its mutual partner.</summary>
    private void AddCoAgentEvents(EventDraft e, int[]? coList, int partner)
    {
        if (coList != null && IsLastEvent(e))
        {
            foreach (var a in coList)
            {
                var twin = CopyWithAgent(e, a);
                twin.Counterparts.AddRange(e.Counterparts);
                twin.Counterparts.Remove(a);
                _events.Add(twin);
            }
        }

        if (partner >= 0 && IsLastEvent(e))
        {
            var back = CopyWithAgent(e, partner);
            back.Counterparts.Add(e.Agent);
            _events.Add(back);
        }
    }

    private bool IsLastEvent(EventDraft e) => _events.Count > 0 && ReferenceEquals(_events[_events.Count - 1], e);

    private EventDraft CopyWithAgent(EventDraft e, int agent)
    {
        var copy = NewDraft();
        copy.Code = e.Code;
        copy.Agent = agent;
        copy.Sentence = e.Sentence;
        copy.Trigger = e.Trigger;
        copy.TriggerEnd = e.TriggerEnd;
        copy.Headline = e.Headline;
        copy.Location = e.Location == agent ? -1 : e.Location;
        copy.TimeFirst = e.TimeFirst;
        copy.TimeEnd = e.TimeEnd;
        copy.Date = e.Date;
        copy.Modality = e.Modality;
        copy.Source = e.Source == agent ? -1 : e.Source;
        copy.TriggerStrength = e.TriggerStrength;
        copy.AgentCertainty = e.AgentCertainty;
        return copy;
    }

    [MethodImpl(Hot.Path)]
    private static bool HasOtherCounterpart(EventDraft e, List<int> co)
    {
        foreach (var a in e.Counterparts)
        {
            if (!co.Contains(a))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Statements, appeals, aid, investigation, demands, disapproval, rejection, threats, protest, cutting ties,
    /// coercion, assault: one side acts ("Japan and South Korea pledged aid" give it to a third, not to each other).
    /// </summary>
    // "Saudi Arabia and France welcomed the election": praise, defence, rallying support, recognition, apology and
    // forgiveness (051-056) are each member's own; signing an agreement (057) and cooperation in general are mutual.
    private static bool OneSidedPraise(string code) =>
        code.Length == 3 && code[0] == '0' && code[1] == '5' && code[2] >= '1' && code[2] <= '6';

    private static bool OneSidedRoot(int root) => root == 1 || root == 2 || root == 7 || root == 9 || (root >= 10 && root <= 18) || root == 20;

    /// <summary>
    /// "Energy ministers from Ghana", "Envoys of Chile": a group named by lower-case words before "from"/"of" and a
    /// name ending the phrase [<paramref name="start"/>, <paramref name="end"/>); the name's first token, or -1.
    /// </summary>
    private int GroupMember(int start, int end)
    {
        var p = start;
        while (p < end && _mentionAt.At(p) < 0 && _tokens[p].Kind == Text.TokenKind.Word && !Is(p, K.From) && !Is(p, K.Of)
               && !IsCandidateVerbAt(p) && (_tokens[p].IsLower || p == _s0))
        {
            p++;
        }

        if (p == start || p + 1 >= end || !(Is(p, K.From) || Is(p, K.Of)))
        {
            return -1;
        }

        return SkipModifiers(p + 1, end);
    }

    /// <summary>
    /// "X and his Portuguese counterpart(,) Y met": the token after "his/her [demonym] counterpart" and an optional
    /// comma, where the name stands; <paramref name="n"/> itself when no such title opens the member.
    /// </summary>
    private int AfterCounterpartTitle(int n, int end)
    {
        if (!(Is(n, K.His) || Is(n, K.Her)))
        {
            return n;
        }

        for (var k = n + 1; k < end && k <= n + 2; k++)
        {
            if (Is(k, K.Counterpart))
            {
                return Is(k + 1, K.Comma) ? k + 2 : k + 1;
            }
        }

        return n;
    }

    /// <summary>Coordination after a subject head: "X and Y", "X, Y and Z" put Y and Z in <paramref name="co"/>.</summary>
    private void AddCoordinated(int agent, int chunkEnd, int end, List<int> co)
    {
        var k = chunkEnd;
        while (k + 1 < end && (Is(k, K.And) || Is(k, K.Comma)))
        {
            var n = k + 1;
            if (n < end && Is(n, K.And))
            {
                n++;
            }

            n = SkipModifiers(AfterCounterpartTitle(n, end), end);
            if (n < 0)
            {
                break;
            }

            var h2 = ChunkHead(n, end, out var e2);
            var a2 = _mentions[h2].Actor;
            if (a2 != agent && !co.Contains(a2))
            {
                co.Add(a2);
            }

            k = e2;
        }
    }
}

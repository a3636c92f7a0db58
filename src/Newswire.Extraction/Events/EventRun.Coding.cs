using System;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Coding and finishing: merges a draft into an earlier same-coded event, runs the filter stages
// (Rejected, with the per-token stage bits of the sentence) and finishes a draft (time, place, modality); after
// a sentence, drops statements whose complement holds an event and tracks the story's latest agent and place.
// Reads the sentence state; writes the draft, _events, _stageBits/_targets, _lastAgent/_lastLocation.
internal sealed partial class EventRun
{
    [MethodImpl(Hot.Path)]
    private EventDraft? FindEarlier(string code, int agent)
    {
        for (var i = _events.Count - 1; i >= 0; i--)
        {
            var e = _events[i];
            if (e.Dropped || e.Headline != _headline)
            {
                continue;
            }

            if (e.Code == code && (agent < 0 || e.Agent == agent))
            {
                return e;
            }
        }

        return null;
    }

    [MethodImpl(Hot.Path)]
    private void MergeInto(EventDraft earlier, EventDraft later, bool planned)
    {
        if (earlier.Location < 0)
        {
            earlier.Location = later.Location;
        }

        if (earlier.TimeFirst < 0)
        {
            var t = NearestTime(later.Trigger, _s0, _s1);
            if (t >= 0)
            {
                earlier.TimeFirst = _times[t].First;
                earlier.TimeEnd = _times[t].End;
                earlier.Date = TimeExpressions.Normalize(_times[t], _published, planned || earlier.Modality == EventModality.Planned);
            }
        }

        if (earlier.Counterparts.Count == 0)
        {
            foreach (var a in later.Counterparts)
            {
                AddCounterpart(earlier, a);
            }
        }

        if (planned)
        {
            earlier.Modality = EventModality.Planned;
        }
    }

    /// <summary>
    /// The place read after the trigger, else the one the subject is in, else the sentence's; never the agent, unless
    /// the agent was borrowed from that place ("supporters protested outside the court in Sarajevo": the crowd is the
    /// place's people, and the protest still happened there).
    /// </summary>
    private int EventPlace(EventDraft e, int clauseStart)
    {
        var place = e.Location >= 0 ? e.Location : OccupiedPlace(e);
        place = place >= 0 ? place : SubjectPlace(clauseStart, e.Trigger);
        place = place >= 0 ? place : _sentenceLocation;
        return place == e.Agent && !(e.Location == place && e.AgentCertainty == EventConfidence.BorrowedAgent) ? -1 : place;
    }

    [MethodImpl(Hot.Path)]
    private void Finish(EventDraft e, int clauseStart, int windowEnd)
    {
        e.Code = InternalDeployment.Code(_actors.Actors, e.Code, e.Agent, e.Counterparts);
        e.Code = DisputeCode(e);
        if (Rejected(e, clauseStart, windowEnd))
        {
            return;
        }

        e.Counterparts.Remove(e.Agent);
        e.Location = EventPlace(e, clauseStart);

        // "who visited Beijing in November, is expected to raise ... next month": a verb in the simple past happened,
        // whatever plan or time the rest of the sentence tells.
        var past = SimplePastTrigger(e);
        var planned = e.Modality == EventModality.Planned || (!past && PlannedAround(clauseStart, windowEnd));
        var t = NearestTime(e.Trigger, clauseStart, windowEnd);
        if (t < 0)
        {
            t = NearestTime(e.Trigger, _s0, _s1);
        }

        if (t >= 0)
        {
            planned |= _times[t].Future && !past;
            e.TimeFirst = _times[t].First;
            e.TimeEnd = _times[t].End;
            e.Date = TimeExpressions.Normalize(_times[t], _published, planned);
        }

        e.Modality = planned ? EventModality.Planned : _reported ? EventModality.Reported : EventModality.Happened;
        if (_source >= 0 && _source != e.Agent)
        {
            e.Source = _source;
        }

        if (!FoldedIntoSentenceEvent(e))
        {
            _events.Add(e);
        }
    }

    /// <summary>
    /// Two codes of one root tell one act unless the root is a material conflict (15-20) and both name a different
    /// three-digit act ("seized" 171, "detained" 173); words (11 "denounced and accused") stay one act. A root's own
    /// code (180) is the general word for its specific ones, a four-digit code refines its three-digit parent.
    /// </summary>
    internal static bool DistinctActs(int root, string a, string b) =>
        root >= 15 && a.Length >= 3 && b.Length >= 3 && a[2] != b[2] && a[2] != '0' && b[2] != '0';

    /// <summary>Runs the filter stages (<see cref="EventStages"/>) over a draft about to be coded (statements meet only those that judge who speaks).</summary>
    private bool Rejected(EventDraft e, int clauseStart, int windowEnd)
    {
        if (e.Agent < 0)
        {
            return false;
        }

        if (_stageSentence != _sentence)
        {
            FillStageBits();
        }

        var c = _context;
        c.ClauseStart = Math.Max(clauseStart, _s0);
        c.Trigger = e.Trigger;
        c.TriggerEnd = e.TriggerEnd;
        c.WindowEnd = Math.Min(Math.Max(windowEnd, e.TriggerEnd), _s1);
        c.Code = e.Code;
        c.Agent = e.Agent;
        c.Counterparts = e.Counterparts;
        c.Passive = e.Passive;
        c.FromNoun = e.FromNoun;
        return _stages.Rejecting(c) != null;
    }

    /// <summary>Looks up the stage tables for each token of the current sentence (once, when it first has an event).</summary>
    private void FillStageBits()
    {
        _stageSentence = _sentence;
        var words = _stages.Words;
        var all = StageSet.None;
        for (var i = _s0; i < _s1; i++)
        {
            // The token facts probe of Sentence() already holds each word's tables; phrases and hyphenated words need more.
            var b = words.Complete(_s, _tokens, i, _s1, _stageBits[i - _s0]) & ~StageSet.PhraseStart;

            // "2-1", "41-10": a score (one token or three); "October 25-26", "11-13 Dec." are dates.
            if (_tokens[i].Is(TokenFlags.HasDigit) && ((ScoreAt(i) && !DatedAt(i)) || MarginAt(i)))
            {
                b |= StageSet.Scoreline;
            }

            if ((b & StageSet.ProtestNoun) != 0 && DatedMonthAt(i))
            {
                b &= ~StageSet.ProtestNoun;
            }

            _stageBits[i - _s0] = b;
            all |= b;
        }

        var c = _context;
        c.Text = _s;
        c.Words = words;
        c.Tokens = _tokens;
        c.Actors = _actors;
        c.Mentions = _mentionAt;
        c.Published = _published;
        c.Bits = _stageBits;
        c.SentenceBits = all;
        c.SentenceStart = _s0;
        c.SentenceEnd = _s1;
    }

    // "in the Urdesa district last March", "on March 3": a month named as a date is no march. Only a capitalised
    // calendar word after a lower-case word or before a number ("Thousands March in Capital" keeps its verb).
    private bool DatedMonthAt(int i) =>
        !_tokens[i].IsLower && (_bits[i] & TokenFacts.CalendarWord) != 0
        && ((i > _s0 && _tokens[i - 1].IsLower) || (i + 1 < _s1 && _tokens[i + 1].Is(TokenFlags.HasDigit)));

    private bool DatedAt(int i) =>
        (i > _s0 && (_bits[i - 1] & TokenFacts.CalendarWord) != 0) || (i + 1 < _s1 && (_bits[i + 1] & TokenFacts.CalendarWord) != 0)
        || (i + 3 < _s1 && (_bits[i + 3] & TokenFacts.CalendarWord) != 0);

    // Both forms start with a digit: a token without one (most of them) is tested by its flag alone, at the call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsScoreAt(int i) => _tokens[i].Is(TokenFlags.HasDigit) && ScoreAt(i);

    private bool ScoreAt(int i) =>
        IsScore(_tokens[i])
        || (_tokens[i].Kind == TokenKind.Number && _tokens[i].Length <= 3 && i + 2 < _s1 && _tokens[i + 2].Kind == TokenKind.Number
            && _tokens[i + 2].Length <= 3 && _tokens[i + 1].Start == _tokens[i].End && _tokens[i + 2].Start == _tokens[i + 1].End
            && (_s[_tokens[i + 1].Start] == '-' || _s[_tokens[i + 1].Start] == '\u2013'));

    // "won by 88 runs", "beat Oman by 3 goals": a winning margin in figures is a score too ("by" + number + [sport-margin]).
    private bool MarginAt(int i) =>
        _tokens[i].Kind == TokenKind.Number && i + 1 < _s1 && Is(i - 1, K.By)
        && _stages.Words.OnDemand(StageWords.SportMargin, _s, _tokens[i + 1]);

    private bool IsScore(in Token t)
    {
        if (t.Length < 3 || t.Length > 7 || _s[t.Start] < '0' || _s[t.Start] > '9')
        {
            return false;
        }

        var dash = -1;
        for (var k = t.Start; k < t.End; k++)
        {
            var ch = _s[k];
            if (ch == '-' || ch == '\u2013')
            {
                if (dash >= 0)
                {
                    return false;
                }

                dash = k;
            }
            else if (ch < '0' || ch > '9')
            {
                return false;
            }
        }

        return dash > t.Start && dash < t.End - 1 && dash - t.Start <= 3 && t.End - dash - 1 <= 3;
    }

    /// <summary>A statement whose complement holds an event is that event's attribution, not an event of its own.</summary>
    private void DropStatementsOfEvents(int firstEvent)
    {
        for (var i = firstEvent; i < _events.Count; i++)
        {
            var st = _events[i];
            if (st.ComplementEnd < 0 || st.Dropped)
            {
                continue;
            }

            for (var j = firstEvent; j < _events.Count; j++)
            {
                var inner = _events[j];
                if (j != i && !inner.Dropped && inner.Trigger > st.Trigger && inner.Trigger < st.ComplementEnd)
                {
                    st.Dropped = true;
                    if (st.OwnActFrom >= 0 && inner.Trigger >= st.OwnActFrom)
                    {
                        break; // the speaker's own next act ("said X was illegal and demanded"), not what was said
                    }

                    inner.Modality = inner.Modality == EventModality.Planned ? EventModality.Planned : EventModality.Reported;
                    if (inner.Source < 0)
                    {
                        inner.Source = st.Agent;
                    }

                    ReportedObligation(st.Agent, inner, ObligationCode(inner.Trigger));

                    break;
                }
            }
        }
    }

    /// <summary>The story's latest agent and place, for noun events with no actor of their own.</summary>
    private void TrackStoryActors(int firstEvent)
    {
        for (var i = firstEvent; i < _events.Count; i++)
        {
            var e = _events[i];
            if (e.Dropped || e.Headline)
            {
                continue;
            }

            if (e.Agent >= 0)
            {
                _lastAgent = e.Agent;
            }

            TrackPair(e);

            if (e.Location >= 0)
            {
                _lastLocation = e.Location;
            }
        }
    }
}

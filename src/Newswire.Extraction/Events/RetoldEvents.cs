using System;
using System.Collections.Generic;
using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

/// <summary>
/// One happening told again later in the body ("Police arrested two men on Thursday ... A spokesman said officers
/// detained the suspects at a rented flat") is one event: a later act of the same agent and the same kind whose object
/// is already known (a definite or pronoun object, or a definite passive subject) and that no date, place or other side
/// sets apart is folded into the latest such event told before it, which keeps its sentence and takes the more
/// specific code. A sentence that says it is another happening ("a second strike", "another 14 people") stays apart,
/// as do two dates, two places or two different sides. The in-article counterpart of the cross-article incidents of
/// <c>Dataset/IncidentLinker</c> (same root, agent and side, a place and a date that fit).
/// </summary>
internal static class RetoldEvents
{
    public static IReadOnlyList<ExtractedEvent> Merge(TokenizedText text, StageWords words, IReadOnlyList<ExtractedEvent> events)
    {
        if (events.Count < 2)
        {
            return events;
        }

        List<ExtractedEvent>? kept = null;
        for (var i = 1; i < events.Count; i++)
        {
            var e = events[i];
            // The earlier event first: most events have none (a few field compares each), and the object test reads
            // the whole sentence.
            var byNoun = false;
            var told = Told(kept ?? events, kept?.Count ?? i, e) is { } earlier && RetoldObject(text, words, e) ? earlier : null;
            if (told == null && DefiniteEventNoun(text, words, e))
            {
                told = ToldBefore(kept ?? events, kept?.Count ?? i, e);
                byNoun = true;
            }

            if (told == null)
            {
                kept?.Add(e);
                continue;
            }

            kept ??= new List<ExtractedEvent>(Prefix(events, i));
            Fold(told, e, keepCode: byNoun);
        }

        return kept ?? events;
    }

    internal static IEnumerable<ExtractedEvent> Prefix(IReadOnlyList<ExtractedEvent> events, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return events[i];
        }
    }

    // The latest event before the later one that it may tell again, or null.
    private static ExtractedEvent? Told(IReadOnlyList<ExtractedEvent> earlier, int count, ExtractedEvent later)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            if (SameHappening(earlier[i], later))
            {
                return earlier[i];
            }
        }

        return null;
    }

    // "Whipps made the appeal during a call with X", "after the talks, De Wever called on": an event noun after "the"
    // names a happening of its root told before in which its agent took part (as agent or as the other side), even
    // when the sentence names a new side for it: one event (issue #11, NewsCheck30).
    private static ExtractedEvent? ToldBefore(IReadOnlyList<ExtractedEvent> earlier, int count, ExtractedEvent later)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            var a = earlier[i];
            if (a.Sentence.Start != later.Sentence.Start && string.CompareOrdinal(a.Code, 0, later.Code, 0, 2) == 0
                && string.CompareOrdinal(a.Code, 0, "01", 0, 2) != 0 && (a.Agent == later.Agent || Contains(a.Counterparts, later.Agent))
                && (a.Modality == EventModality.Planned) == (later.Modality == EventModality.Planned) && SameDay(a, later))
            {
                return a;
            }
        }

        return null;
    }

    private static bool Contains(IReadOnlyList<int> sides, int actor)
    {
        foreach (var c in sides)
        {
            if (c == actor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the event's trigger is a noun after "the" ("the appeal", "the talks"; a verb never follows it), in a
    /// sentence that does not say it is another happening of the kind; the agent must be known.
    /// </summary>
    internal static bool DefiniteEventNoun(TokenizedText text, StageWords words, ExtractedEvent e)
    {
        var trigger = TokenAt(text, e.Trigger.Start);
        if (e.Agent < 0 || trigger < 1)
        {
            return false;
        }

        var sentence = text.Sentences[text.SentenceOf(trigger)];
        return trigger > sentence.FirstToken && text.Is(trigger - 1, "the") && !NewOccurrence(text, words, sentence);
    }

    private static bool NewOccurrence(TokenizedText text, StageWords words, in Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (words.OnDemand(StageWords.NewOccurrence, text.Text, text.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether two events of different sentences may be one happening: one agent, one root (statements aside: each
    /// is its own), one act of that root (as <see cref="EventRun.DistinctActs"/>, for every root: tear gas
    /// (175) and arrests (173) told in two sentences are two acts), neither planned where the other is not, and no two dates, places or disjoint sides.
    /// </summary>
    internal static bool SameHappening(ExtractedEvent a, ExtractedEvent b) =>
        a.Agent >= 0 && a.Agent == b.Agent && a.Sentence.Start != b.Sentence.Start && string.CompareOrdinal(a.Code, 0, b.Code, 0, 2) == 0
        && string.CompareOrdinal(a.Code, 0, "01", 0, 2) != 0 && OneAct(a.Code, b.Code)
        && (a.Modality == EventModality.Planned) == (b.Modality == EventModality.Planned)
        && SameDay(a, b) && (a.Location < 0 || b.Location < 0 || a.Location == b.Location) && SidesMeet(a.Counterparts, b.Counterparts);

    // Two codes name one act when their third digits agree or one is the root's general code ("170", "110").
    private static bool OneAct(string a, string b) => a.Length < 3 || b.Length < 3 || a[2] == b[2] || a[2] == '0' || b[2] == '0';

    private static bool SameDay(ExtractedEvent a, ExtractedEvent b)
    {
        if (a.Date != null && b.Date != null)
        {
            return a.Date == b.Date;
        }

        return a.Time == null || b.Time == null || string.Equals(Day(a.Time), Day(b.Time), StringComparison.OrdinalIgnoreCase);
    }

    // "on Monday" and "Monday" are one day.
    private static string Day(string time) => time.StartsWith("on ", StringComparison.OrdinalIgnoreCase) ? time.Substring(3) : time;

    private static bool SidesMeet(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return true;
        }

        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (x == y)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the act's object is one the article already told of: "detained the suspects", "arrested them" (the
    /// word after the trigger), or "the men were arrested" (a definite subject before the passive's auxiliaries);
    /// never in a sentence that says it is another happening of the kind.
    /// </summary>
    internal static bool RetoldObject(TokenizedText text, StageWords words, ExtractedEvent e)
    {
        var trigger = TokenAt(text, e.Trigger.Start);
        if (trigger < 0)
        {
            return false;
        }

        var sentence = text.Sentences[text.SentenceOf(trigger)];
        if (NewOccurrence(text, words, sentence))
        {
            return false;
        }

        var next = After(text, e);
        if (next >= 0 && words.OnDemand(StageWords.RetoldObject, text.Text, text.Tokens[next]))
        {
            return true;
        }

        var p = trigger - 1;
        var auxiliaries = 0;
        while (p >= sentence.FirstToken && (text.Is(p, "was") || text.Is(p, "were") || text.Is(p, "been") || text.Is(p, "had") || text.Is(p, "have")))
        {
            p--;
            auxiliaries++;
        }

        // The passive's subject: a definite noun phrase of up to three words right before the auxiliaries.
        for (var k = p; auxiliaries > 0 && k >= sentence.FirstToken && k > p - 3; k--)
        {
            if (words.OnDemand(StageWords.RetoldObject, text.Text, text.Tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token after the event's trigger in its sentence, or -1.</summary>
    internal static int After(TokenizedText text, ExtractedEvent e)
    {
        var trigger = TokenAt(text, e.Trigger.Start);
        if (trigger < 0)
        {
            return -1;
        }

        var end = text.Sentences[text.SentenceOf(trigger)].EndToken;
        var next = trigger + 1;
        while (next < end && text.Tokens[next].End <= e.Trigger.End)
        {
            next++;
        }

        return next < end ? next : -1;
    }

    internal static int TokenAt(TokenizedText text, int start)
    {
        int lo = 0, hi = text.Tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var s = text.Tokens[mid].Start;
            if (s == start)
            {
                return mid;
            }

            if (s < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    // The earlier telling keeps its sentence and trigger; it takes the later one's more specific code (not from a
    // noun that only names it again: "met" stays a meeting after "the talks"), its other sides, and the place and
    // time it lacked.
    internal static void Fold(ExtractedEvent told, ExtractedEvent later, bool keepCode = false)
    {
        if (!keepCode && Specificity(later.Code) > Specificity(told.Code))
        {
            told.Code = later.Code;
        }

        var sides = new List<int>(told.Counterparts);
        foreach (var c in later.Counterparts)
        {
            if (!sides.Contains(c))
            {
                sides.Add(c);
            }
        }

        told.Counterparts = sides;
        if (told.Location < 0)
        {
            told.Location = later.Location;
        }

        if (told.Time == null)
        {
            told.Time = later.Time;
            told.Date = later.Date;
        }

        told.Confidence = Math.Max(told.Confidence, later.Confidence);
    }

    // "173" says more than "170", "1731" more than "173".
    private static int Specificity(string code) => code.Length >= 3 && code[2] == '0' ? code.Length - 1 : code.Length;
}

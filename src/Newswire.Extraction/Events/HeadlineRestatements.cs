using System.Collections.Generic;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

/// <summary>
/// A headline restates the story's lead ("Freedonia and Elbonia Agree to Settle Border Row" over "Freedonia and
/// Elbonia signed an agreement on Wednesday ..."): a headline event that a body event also tells (the same agent and
/// CAMEO root, or two participants in common) is the same happening, counted once, as the body tells it.
/// </summary>
internal static class HeadlineRestatements
{
    public static IReadOnlyList<ExtractedEvent> Drop(TokenizedText text, IReadOnlyList<ExtractedEvent> events)
    {
        if (events.Count < 2 || HeadlineEnd(text) is not { } end)
        {
            return events;
        }

        List<ExtractedEvent>? kept = null;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Sentence.Start < end && IsRestated(e, events, end))
            {
                kept ??= Prefix(events, i);
                continue;
            }

            kept?.Add(e);
        }

        return kept ?? events;
    }

    private static List<ExtractedEvent> Prefix(IReadOnlyList<ExtractedEvent> events, int count)
    {
        var list = new List<ExtractedEvent>(events.Count);
        for (var i = 0; i < count; i++)
        {
            list.Add(events[i]);
        }

        return list;
    }

    // The end of the headline (its last sentence), or null when the article has none.
    private static int? HeadlineEnd(TokenizedText text)
    {
        int? end = null;
        foreach (var s in text.Sentences)
        {
            if (!s.IsHeadline)
            {
                break;
            }

            end = s.Span.Start + s.Span.Length;
        }

        return end;
    }

    private static bool IsRestated(ExtractedEvent headline, IReadOnlyList<ExtractedEvent> events, int end)
    {
        foreach (var body in events)
        {
            if (body.Sentence.Start >= end
                && ((body.Agent == headline.Agent && string.CompareOrdinal(body.Code, 0, headline.Code, 0, 2) == 0) || SharedParticipants(body, headline) >= 2))
            {
                return true;
            }
        }

        return false;
    }

    // Participants (agent and counterparts) the two events have in common.
    private static int SharedParticipants(ExtractedEvent a, ExtractedEvent b)
    {
        var shared = a.Agent >= 0 && Takes(b, a.Agent) ? 1 : 0;
        foreach (var c in a.Counterparts)
        {
            shared += c >= 0 && c != a.Agent && Takes(b, c) ? 1 : 0;
        }

        return shared;
    }

    private static bool Takes(ExtractedEvent e, int actor)
    {
        if (e.Agent == actor)
        {
            return true;
        }

        foreach (var c in e.Counterparts)
        {
            if (c == actor)
            {
                return true;
            }
        }

        return false;
    }
}

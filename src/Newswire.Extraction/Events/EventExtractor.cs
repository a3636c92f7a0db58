using System;
using System.Collections.Generic;
using Newswire.Extraction.Actors;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

/// <summary>
/// Finds CAMEO-coded events sentence by sentence: verb and noun triggers from <see cref="EventLexicon"/>, the
/// agent from the clause before the trigger (or the noun's possessor), counterparts and place from the words
/// after it, plus time, modality and attribution. One left-to-right pass over each sentence with bounded
/// look-around, so the cost is linear in the text; no regular expressions.
/// </summary>
internal static class EventExtractor
{
    /// <summary>The events of one article in text order.</summary>
    public static IReadOnlyList<ExtractedEvent> Extract(AnalysisDocument document, TokenizedText text, ActorExtractionResult actors)
    {
        // Every event has an actor as its agent: an article without actors has none to find.
        if (text.Sentences.Length == 0 || actors.Actors.Length == 0)
        {
            return Array.Empty<ExtractedEvent>();
        }

        // The first body paragraph (after a byline), where a dateline ("RIVERTON, May 4 -") would stand.
        var datelineStart = document.DatelineStart;
        var run = EventRun.Rent(document.Published, text, FollowUpDescriptions.Link(text, actors), EventLexicon.Default, datelineStart);
        var events = RetoldEvents.Merge(text, Stages.StageWords.Default, HeadlineRestatements.Drop(text, run.Run()));
        ReactionTargets.Aim(text, Stages.StageWords.Default, events);
        return events;
    }
}

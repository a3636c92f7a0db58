using System;
using System.Collections.Generic;
using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

/// <summary>
/// "Northland and Southland signed a security pact on Friday. ... Northland's defence minister and his Southland
/// counterpart signed the agreement in Riverton." A joint act of states (talks, a signed agreement, material
/// cooperation) told again with the officials who performed it is one event: the later telling, whose agent is a
/// person of one of the earlier event's states, whose other sides are all of those states, and whose object is one
/// the article already told of (as <see cref="RetoldEvents.RetoldObject"/>, or a definite noun trigger: "signed the
/// pact"), folds into the states' event. Runs once actors have their countries. Officials acting on their own (a new
/// object) stay apart, as does any act of another kind (praise of the deal).
/// </summary>
internal static class RetoldPacts
{
    public static IReadOnlyList<ExtractedEvent> Merge(TokenizedText text, StageWords words, IReadOnlyList<ExtractedActor> actors, IReadOnlyList<ExtractedEvent> events)
    {
        List<ExtractedEvent>? kept = null;
        for (var i = 1; i < events.Count; i++)
        {
            var e = events[i];
            var told = IsOfficialsJointAct(actors, e) && (RetoldEvents.RetoldObject(text, words, e) || DefiniteNoun(text, words, e)) ? Told(actors, events, i, e) : null;
            if (told == null)
            {
                kept?.Add(e);
                continue;
            }

            kept ??= new List<ExtractedEvent>(RetoldEvents.Prefix(events, i));
            RetoldEvents.Fold(told, e);
        }

        return kept ?? events;
    }

    // A noun trigger the article already told of: "signed the pact", "after the talks".
    private static bool DefiniteNoun(TokenizedText text, StageWords words, ExtractedEvent e)
    {
        var trigger = RetoldEvents.TokenAt(text, e.Trigger.Start);
        return trigger > 0 && text.SentenceOf(trigger - 1) == text.SentenceOf(trigger)
               && words.OnDemand(StageWords.RetoldObject, text.Text, text.Tokens[trigger - 1]);
    }

    // A joint act whose agent is a person of some country.
    private static bool IsOfficialsJointAct(IReadOnlyList<ExtractedActor> actors, ExtractedEvent e) =>
        IsJointRoot(e.Code) && e.Agent >= 0 && actors[e.Agent] is { Kind: ActorKind.Person, Country: not null };

    // Talks (04), signing an agreement (057) and material cooperation (06): acts the states' officials perform for
    // them; praise, intents and the like are each side's own.
    private static bool IsJointRoot(string code) => code.StartsWith("04", StringComparison.Ordinal) || code.StartsWith("057", StringComparison.Ordinal)
        || code.StartsWith("06", StringComparison.Ordinal);

    // The latest earlier event of the same root (057: the same code), in another sentence, by a state actor (not a person) whose sides'
    // countries hold the later agent's and each of its sides' countries.
    private static ExtractedEvent? Told(IReadOnlyList<ExtractedActor> actors, IReadOnlyList<ExtractedEvent> events, int count, ExtractedEvent later)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            var t = events[i];
            if (t.Agent >= 0 && actors[t.Agent].Kind != ActorKind.Person && t.Sentence.Start != later.Sentence.Start
                && string.CompareOrdinal(t.Code, 0, later.Code, 0, later.Code.StartsWith("057", StringComparison.Ordinal) ? 3 : 2) == 0 && (t.Modality == EventModality.Planned) == (later.Modality == EventModality.Planned)
                && OfParties(actors, t, later))
            {
                return t;
            }
        }

        return null;
    }

    private static bool OfParties(IReadOnlyList<ExtractedActor> actors, ExtractedEvent told, ExtractedEvent later)
    {
        var parties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var x in Sides(told))
        {
            if (actors[x].Country is { } c)
            {
                parties.Add(c);
            }
        }

        foreach (var x in Sides(later))
        {
            if (actors[x].Country is not { } c || !parties.Contains(c))
            {
                return false;
            }
        }

        return parties.Count >= 2;
    }

    private static IEnumerable<int> Sides(ExtractedEvent e)
    {
        yield return e.Agent;
        foreach (var c in e.Counterparts)
        {
            if (c >= 0)
            {
                yield return c;
            }
        }
    }
}

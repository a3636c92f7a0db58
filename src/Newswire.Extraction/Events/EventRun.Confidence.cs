using System.Runtime.CompilerServices;
using Newswire.Extraction.Actors;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events;

// The evidence of a finished event, for EventConfidence.
internal sealed partial class EventRun
{
    [MethodImpl(Hot.Path)]
    private EventEvidenceRecord Evidence(EventDraft e)
    {
        var agent = _actorList[e.Agent];
        var trigger = e.TriggerStrength == EventConfidence.Pattern ? TriggerEvidence.Pattern
            : e.TriggerStrength == EventConfidence.Noun ? TriggerEvidence.Noun
            : e.FromNoun ? TriggerEvidence.LightVerbNoun : TriggerEvidence.VerbDefault;
        var way = e.AgentCertainty == EventConfidence.PassiveAgent ? AgentEvidence.Passive
            : e.AgentCertainty == EventConfidence.FrontedAgent ? AgentEvidence.Fronted
            : e.AgentCertainty == EventConfidence.PronounAgent ? AgentEvidence.Pronoun
            : e.AgentCertainty == EventConfidence.BorrowedAgent ? AgentEvidence.Borrowed : AgentEvidence.Subject;
        var counterpartCountry = false;
        foreach (var c in e.Counterparts)
        {
            counterpartCountry |= _actorList[c].Country != null;
        }

        var form = AgentMention(e, out var distance);
        return new EventEvidenceRecord(trigger, way, form, e.Modality, agent.Country != null, e.Counterparts.Count > 0, counterpartCountry,
            e.Headline || !_hasBody, distance, agent.Confidence, agent.Kind, e.Source >= 0);
    }

    /// <summary>The form of the agent's mention nearest the trigger in the event's sentence, and its distance in tokens.</summary>
    [MethodImpl(Hot.Path)]
    private MentionKind? AgentMention(EventDraft e, out int distance)
    {
        distance = -1;
        var sentence = _text.Sentences[e.Sentence];
        var s0 = sentence.FirstToken;
        var s1 = s0 + sentence.TokenCount;
        var mentions = _actors.Mentions;

        // First mention at or after the sentence start (mentions are in text order).
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (mentions[mid].FirstToken < s0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        MentionKind? form = null;
        for (var m = lo; m < mentions.Count && mentions[m].FirstToken < s1; m++)
        {
            var mention = mentions[m];
            if (mention.Actor != e.Agent)
            {
                continue;
            }

            var d = mention.EndToken <= e.Trigger ? e.Trigger - mention.EndToken : mention.FirstToken >= e.TriggerEnd ? mention.FirstToken - e.TriggerEnd : 0;
            if (distance < 0 || d < distance)
            {
                distance = d;
                form = mention.Kind;
            }
        }

        return form;
    }
}

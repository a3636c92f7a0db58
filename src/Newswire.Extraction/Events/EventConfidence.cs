using System;
using Newswire.Extraction.Actors;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events;

/// <summary>
/// A confidence in [0, 1] for each event: a logistic model over the evidence that coded it (how the code and the
/// agent were found, the agent's form and country, modality, counterpart, distance from agent to trigger, the
/// agent actor's own confidence). The weights are data, fitted by tools/FitEventConfidence on the project's own
/// labelled events and written to <see cref="EventConfidenceWeights"/>; README ("Event confidence") shows the
/// calibration on the held-out dev/events-news set.
/// </summary>
internal static class EventConfidence
{
    // How the extractor marks its evidence while reading a clause (EventDraft.TriggerStrength / AgentCertainty):
    // distinct values, read back as categories by EventRun.Evidence.
    public const double Pattern = 0.95;
    public const double VerbDefault = 0.85;
    public const double LightVerbNoun = 0.85;
    public const double Noun = 0.75;

    public const double PassiveAgent = 0.9;
    public const double FrontedAgent = 0.85;
    public const double PronounAgent = 0.8;
    public const double BorrowedAgent = 0.65;

    /// <summary>Feature names, in the order of <see cref="Features"/> and of the fitted weights (0: the bias).</summary>
    public static readonly string[] FeatureNames =
    {
        "bias", "trigger_pattern", "trigger_light_verb_noun", "trigger_noun",
        "agent_passive", "agent_fronted", "agent_pronoun", "agent_borrowed",
        "form_description", "form_demonym", "form_group_or_modifier", "form_not_in_sentence",
        "modality_reported", "modality_planned", "agent_has_country", "has_counterpart", "counterpart_has_country",
        "headline_only", "log_distance", "agent_actor_confidence", "agent_person", "agent_organization", "attributed",
    };

    public static int FeatureCount => FeatureNames.Length;

    /// <summary>Writes the feature vector of <paramref name="e"/> into <paramref name="x"/> (length <see cref="FeatureCount"/>).</summary>
    public static void Features(in EventEvidenceRecord e, double[] x)
    {
        Array.Clear(x, 0, x.Length);
        x[0] = 1;
        x[1] = e.Trigger == TriggerEvidence.Pattern ? 1 : 0;
        x[2] = e.Trigger == TriggerEvidence.LightVerbNoun ? 1 : 0;
        x[3] = e.Trigger == TriggerEvidence.Noun ? 1 : 0;
        x[4] = e.Agent == AgentEvidence.Passive ? 1 : 0;
        x[5] = e.Agent == AgentEvidence.Fronted ? 1 : 0;
        x[6] = e.Agent == AgentEvidence.Pronoun || e.AgentForm == MentionKind.Pronoun ? 1 : 0;
        x[7] = e.Agent == AgentEvidence.Borrowed ? 1 : 0;
        x[8] = e.AgentForm == MentionKind.Description ? 1 : 0;
        x[9] = e.AgentForm == MentionKind.Adjective ? 1 : 0;
        x[10] = e.AgentForm == MentionKind.Group || e.AgentForm == MentionKind.Modifier ? 1 : 0;
        x[11] = e.AgentForm == null ? 1 : 0;
        x[12] = e.Modality == EventModality.Reported ? 1 : 0;
        x[13] = e.Modality == EventModality.Planned ? 1 : 0;
        x[14] = e.AgentHasCountry ? 1 : 0;
        x[15] = e.HasCounterpart ? 1 : 0;
        x[16] = e.CounterpartHasCountry ? 1 : 0;
        x[17] = e.HeadlineOnly ? 1 : 0;
        x[18] = e.Distance < 0 ? 0 : Math.Log(1 + e.Distance);
        x[19] = e.AgentConfidence;
        x[20] = e.AgentKind == ActorKind.Person ? 1 : 0;
        x[21] = e.AgentKind == ActorKind.Organization ? 1 : 0;
        x[22] = e.Attributed ? 1 : 0;
    }

    [ThreadStatic]
    private static double[]? _x;

    /// <summary>The calibrated probability that the event is right (root and agent), rounded to 3 decimals.</summary>
    public static double Score(in EventEvidenceRecord e) => Math.Round(Probability(e, EventConfidenceWeights.Weights), 3);

    /// <summary>The logistic model with <paramref name="weights"/> (the fitting tool passes its own).</summary>
    public static double Probability(in EventEvidenceRecord e, double[] weights)
    {
        var x = _x ??= new double[FeatureCount];
        Features(e, x);
        var z = 0.0;
        for (var i = 0; i < x.Length && i < weights.Length; i++)
        {
            z += weights[i] * x[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }
}

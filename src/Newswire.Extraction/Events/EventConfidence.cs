using System;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events;

/// <summary>
/// A confidence in [0, 1] for each event from the evidence that coded it: how the code was found (a verb with its
/// object pattern beats a verb's default code, which beats a light verb's noun and a bare event noun), how the
/// agent was found (the clause's own subject beats a passive "by" phrase, a fronted phrase, a pronoun and an agent
/// borrowed from the sentence or story), the modality (what happened beats what is reported or planned), whether
/// the agent has a country and the event a counterpart, and whether only a headline tells it. The factors multiply;
/// their values were set by hand and checked on the dev sets for order (matched events score higher than
/// unmatched ones), not fitted.
/// </summary>
internal static class EventConfidence
{
    public const double Pattern = 0.95;
    public const double VerbDefault = 0.85;
    public const double LightVerbNoun = 0.85;
    public const double Noun = 0.75;

    public const double PassiveAgent = 0.9;
    public const double FrontedAgent = 0.85;
    public const double PronounAgent = 0.8;
    public const double BorrowedAgent = 0.65;

    public const double Reported = 0.85;
    public const double Planned = 0.8;
    public const double NoCountry = 0.85;
    public const double NoCounterpart = 0.9;
    public const double HeadlineOnly = 0.95;

    public static double Score(double trigger, double agent, EventModality modality, bool agentHasCountry, bool hasCounterpart, bool headlineOnly)
    {
        var c = trigger * agent;
        c *= modality == EventModality.Happened ? 1.0 : modality == EventModality.Reported ? Reported : Planned;
        if (!agentHasCountry)
        {
            c *= NoCountry;
        }

        if (!hasCounterpart)
        {
            c *= NoCounterpart;
        }

        if (headlineOnly)
        {
            c *= HeadlineOnly;
        }

        return Math.Round(Math.Max(0, Math.Min(1, c)), 3);
    }
}

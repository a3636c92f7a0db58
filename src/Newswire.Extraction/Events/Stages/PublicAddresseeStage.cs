using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// Advice to the public is no appeal between actors: "police urged residents to stay indoors", "the ministry called
/// on parents to vaccinate their children", "the bank urged shareholders to accept the offer". Rejects an appeal (02),
/// a demand (10) or an endorsement (05, "encouraged visitors to book early") whose addressee, the noun phrase right
/// after the verb (after "on" or "to": "called on", "appealed to"; after a day: "appealed on Tuesday for donations"), is headed by a <c>[public-addressee]</c> word
/// ("residents", "every parent", "the public", "minority investors"); so does an order to the public to leave (an
/// evacuation from a hazard, not an expulsion: 174 after an <c>[order-verb]</c> in a <c>[hazard]</c> sentence). An addressee naming an actor of another country
/// than the agent's stays an appeal ("urged residents of Belarus to resist", "urged Kenyan traders" said by Uganda),
/// and so does one named by an actor ("urged Japan", "called on the opposition").
/// </summary>
internal sealed class PublicAddresseeStage : IEventStage
{
    // "the" + two modifiers + head: "all coastal residents", "the country's dairy farmers".
    private const int PhraseReach = 4;

    // The addressee and what qualifies it, up to the infinitive: "residents of the coastal towns of X to".
    private const int QualifierReach = 8;

    public string Name => "public-addressee";

    public bool Rejects(EventContext c)
    {
        var root = c.Root;
        if (c.FromNoun || (root != 2 && root != 5 && root != 10 && !Evacuation(c)))
        {
            return false;
        }

        var start = SkipDay(c, c.TriggerEnd);
        if (start < c.SentenceEnd && c.Has(start, StageSet.Preposition))
        {
            start++;
        }

        return HeadedByPublic(c, start, foreignKeeps: true) && !NamesAnotherSide(c, start);
    }

    // Whether the lower-case noun phrase starting at <paramref name="start"/> ends in a <c>[public-addressee]</c> word:
    // one followed by a preposition, "of", "not" ("appeal to every parent not to wait"), a relative pronoun ("thanked
    // the engineers who built it") or a mark, so "the public prosecutor" is no public; a possessive inside it is passed
    // ("praised the airline's management"). Ships and seafarers (<c>[public-vessel]</c>) are the public unless "the" opens the
    // phrase ("urged the ships to leave" points back at ships named before). A name of another country inside the
    // phrase keeps the appeal when <paramref name="foreignKeeps"/> ("urged Ukrainian soldiers"); guests stay private
    // ("welcomed Brazilian investors").
    internal static bool HeadedByPublic(EventContext c, int start, bool foreignKeeps)
    {
        for (var i = start; i < start + PhraseReach && i < c.SentenceEnd && (!Ends(c, i) || c.Tokens[i].Kind == TokenKind.Possessive); i++)
        {
            if (foreignKeeps && c.MentionAt(i) >= 0 && !SameCountry(c, c.MentionAt(i), qualifier: true))
            {
                return false;
            }

            var publicWord = c.Words.OnDemand(StageWords.PublicAddressee, c.Text, c.Tokens[i])
                || (!c.IsWord(start, "the") && c.Words.OnDemand(StageWords.PublicVessel, c.Text, c.Tokens[i]));
            if (publicWord && (i + 1 >= c.SentenceEnd || Ends(c, i + 1) || c.IsAnyWord(i + 1, PhraseClosers)))
            {
                return true;
            }
        }

        return false;
    }

    // "appeal to every parent not to wait", "thanked the engineers who built it": words closing the addressee's phrase.
    private static readonly string[] PhraseClosers = { "not", "who", "whose", "which", "that" };

    private static readonly string[] Days = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

    // "appealed on Tuesday for blood donors": the day told between the verb and its addressee is skipped.
    private static int SkipDay(EventContext c, int i)
    {
        if (i + 2 < c.SentenceEnd && c.IsWord(i, "on") && c.IsAnyWord(i + 1, Days))
        {
            return i + 2;
        }

        return i < c.SentenceEnd && (c.IsWord(i, "yesterday") || c.IsWord(i, "today")) ? i + 1 : i;
    }

    // Where a noun phrase ends: a mark, a preposition or "of".
    private static bool Ends(EventContext c, int i) => !c.IsWord(i) || c.Has(i, StageSet.Preposition) || c.IsWord(i, "of");

    // "ordered residents of riverside villages to leave their homes as floodwaters rose" (174 by the order's object
    // pattern) is an evacuation from a hazard, not an expulsion; "expelled residents of the village" and an army's
    // order with no hazard in the sentence ("ordered residents of three villages to leave within 24 hours") stay.
    private static bool Evacuation(EventContext c) => c.Code == "174" && c.Has(c.Trigger, StageSet.OrderVerb) && c.SentenceHas(StageSet.Hazard);

    // Whether the addressee's words up to the infinitive name an actor of another country ("residents of Belarus").
    private static bool NamesAnotherSide(EventContext c, int start)
    {
        var qualifier = true;
        for (var i = start; i < start + QualifierReach && i < c.SentenceEnd && !c.IsPunctuation(i, ','); i++)
        {
            qualifier &= !c.IsWord(i, "to");
            var m = c.MentionAt(i);
            if (m >= 0 && !SameCountry(c, m, qualifier) && !Destination(c, i, m, start))
            {
                return true;
            }
        }

        return false;
    }

    // "advised travellers to Indonesia to take precautions": a place right after "<public word> to" is where the
    // public goes, not a side addressed.
    private static bool Destination(EventContext c, int i, int mention, int start) =>
        i - 2 >= start && c.IsWord(i - 1, "to") && c.Actors.Actors[c.Actors.Mentions[mention].Actor].Kind == ActorKind.Location
        && c.Words.OnDemand(StageWords.PublicAddressee, c.Text, c.Tokens[i - 2]);

    // A mention of the agent itself or of a place or group of the agent's own country ("Uruguayan residents"); a place of
    // no country (a lake, a sea, a region) qualifying the addressee before the infinitive is no other side either
    // ("fishermen on Lake Victoria", "Gulf investors"), but one the addressee is told to leave is ("urged Chinese vessels
    // to leave the Scarborough Shoal").
    private static bool SameCountry(EventContext c, int mention, bool qualifier)
    {
        var actor = c.Actors.Mentions[mention].Actor;
        if (actor == c.Agent)
        {
            return true;
        }

        var other = c.Actors.Actors[actor];
        if (qualifier && other.Country == null && other.Kind == ActorKind.Location)
        {
            return true;
        }

        var country = other.Country;
        return country != null && country == c.AgentActor.Country;
    }
}

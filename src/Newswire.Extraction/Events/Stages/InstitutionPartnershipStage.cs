using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// Partnerships among institutions are no political event: "the University of Nairobi signed a cooperation
/// agreement with Germany's Heidelberg Institute", "the museum will lend 40 masks to the British Museum", "the
/// hospital signed a partnership with Canada's Toronto General Hospital". Rejects a cooperation, consultation or aid
/// root (03-06) whose agent is named as an institution (a word of <c>[institution]</c>: university, hospital,
/// museum, orchestra ...) and whose every counterpart is another institution, a company by name, or a country
/// written only as the partner's possessive ("South Korea's Daejeon Institute").
/// The line (issue #11): cooperation is coded when a government, a ministry, a state agency, an official or an
/// international body is a party, also with a company or a university ("the energy ministry signed a contract with
/// US company X", "the Ministry of Health and the University of Nairobi agreed to cooperate"); institutions and
/// companies among themselves are not. Companies among themselves are <see cref="CommercialStage"/>'s.
/// </summary>
internal sealed class InstitutionPartnershipStage : IEventStage
{
    public string Name => "institution-partnership";

    public bool Rejects(EventContext c)
    {
        var root = c.Root;
        if (root < 3 || root > 6 || !Institution(c, c.AgentActor))
        {
            return false;
        }

        foreach (var other in c.Counterparts)
        {
            var actor = c.Actors.Actors[other];
            if (!Institution(c, actor) && !CommercialStage.CompanyByName(c.Words, actor.Name) && !PartnersPlace(c, other))
            {
                return false;
            }
        }

        return true;
    }

    // A body with no office and an [institution] word in its name; never an international body of the lexicon, nor a
    // name with a state body's word ("University Hospital Authority" stays private, "Ministry of Higher Education" is no institution).
    internal static bool Institution(EventContext c, ExtractedActor actor)
    {
        if (actor.Kind == ActorKind.Person || actor.Roles.Count > 0 || CommercialStage.KnownOrganization(actor.Name))
        {
            return false;
        }

        var institution = false;
        var name = actor.Name;
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i < name.Length && name[i] != ' ' && name[i] != '-')
            {
                continue;
            }

            if (i > start)
            {
                if (c.Words.Has(name, start, i - start, StageSet.StateBody | StageSet.PoliticalHead))
                {
                    return false;
                }

                institution |= c.Words.OnDemandSpan(StageWords.Institution, name, start, i - start);
            }

            start = i + 1;
        }

        return institution;
    }

    // "with South Korea's Daejeon Institute": the country is where the partner is, when every mention of it after the
    // trigger is a possessive before a capitalised word that heads no state body ("France's Ministry of Health" and
    // "France's health ministry" keep the country a party).
    internal static bool PartnersPlace(EventContext c, int actor)
    {
        var seen = false;
        for (var i = c.TriggerEnd; i < c.WindowEnd && i < c.SentenceEnd; i++)
        {
            var m = c.MentionAt(i);
            if (m < 0 || c.Actors.Mentions[m].Actor != actor || (i > c.TriggerEnd && c.MentionAt(i - 1) == m))
            {
                continue;
            }

            var after = c.Actors.Mentions[m].EndToken;
            if (after + 1 >= c.SentenceEnd || c.Tokens[after].Kind != TokenKind.Possessive || c.IsLower(after + 1)
                || !c.IsWord(after + 1) || c.Has(after + 1, StageSet.StateBody | StageSet.PoliticalHead))
            {
                return false;
            }

            seen = true;
        }

        return seen;
    }
}

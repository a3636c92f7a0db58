using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// An organization nothing ties to a state or to politics does not act in CAMEO's sense: no country, unknown to
/// the built-in lexicon, no role, and no political head word in its name ("… Party", "… Council", "… Police") nor a
/// word of a public mission (<c>[public-mission]</c>: "… Centres for Disease Control and Prevention").
/// These are the companies, brands and clubs a name tagger finds in ordinary news ("Ryanair and Lufthansa
/// clashed over landing slots", "Nintendo released a new game in Japan").
/// </summary>
internal sealed class PrivateOrganizationStage : IEventStage
{
    public string Name => "private-organization";

    public bool Rejects(EventContext c)
    {
        var agent = c.AgentActor;
        return agent.Kind == ActorKind.Organization
            && agent.Country == null
            && agent.Roles.Count == 0
            && !ActorGate.NamedAsOfficial(c, agent.Name)
            && !NamesPublicMission(c, agent.Name)
            && !CommercialStage.KnownOrganization(agent.Name)
            && !AcronymOfPublicBody(c, agent.Name)
            && !DescribedAsPolitical(c)
            && !CreedMovement(c, agent.Name);
    }

    private static readonly string[] ApposedDeterminers = ["the", "a", "an"];
    private static readonly string[] ApposedHeadEnds = ["of", "in", "for", "that", "which", "who", "with", "at", "led"];
    private const int MaxApposedWords = 6;

    /// <summary>
    /// How the article describes the organization at a mention ties it to politics though nothing else does: an
    /// apposition opened by a determiner with a political head ("The Patriots for Change (PFC), the main opposition
    /// party, rejected ..."; "party", "rebels", "union"), a lower-case political head right after the name ("the
    /// opposition Harambee party", "Kivu rebels"), or "opposition" or "ruling" right before it ("the opposition
    /// National Congress for Freedom").
    /// </summary>
    private static bool DescribedAsPolitical(EventContext c)
    {
        var mentions = c.Actors.Mentions;
        for (var m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].Actor != c.Agent)
            {
                continue;
            }

            var end = mentions[m].EndToken;
            var before = mentions[m].FirstToken - 1;
            if (IsPoliticalHead(c, ApposedHead(c, AfterBracket(c, end))) || end < c.Tokens.Length && c.IsLower(end) && IsPoliticalHead(c, end)
                || before >= 0 && (c.IsWord(before, "opposition") || c.IsWord(before, "ruling")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPoliticalHead(EventContext c, int i) => i >= 0 && (c.Words.At(c.Text, c.Tokens, i, i + 1) & StageSet.PoliticalHead) != 0;

    // Skips a bracketed acronym after the name ("(PFC)").
    private static int AfterBracket(EventContext c, int i) =>
        i + 2 < c.Tokens.Length && c.IsPunctuation(i, '(') && c.IsPunctuation(i + 2, ')') ? i + 3 : i;

    // The head of ", the main opposition party," or ", a rebel group in the north": the last word before the
    // apposition ends or a preposition or relative word turns it; -1 when no such apposition follows.
    private static int ApposedHead(EventContext c, int comma)
    {
        if (comma + 2 >= c.Tokens.Length || !c.IsPunctuation(comma, ',') || !c.IsAnyWord(comma + 1, ApposedDeterminers))
        {
            return -1;
        }

        var head = -1;
        for (var j = comma + 2; j < c.Tokens.Length && j <= comma + 1 + MaxApposedWords && c.IsWord(j) && !c.IsAnyWord(j, ApposedHeadEnds); j++)
        {
            head = j;
        }

        return head;
    }

    /// <summary>"Centres for Disease Control", "Office for Refugees": a word of the name tells a public mission.</summary>
    private static bool NamesPublicMission(EventContext c, string name)
    {
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i == name.Length || name[i] == ' ' || name[i] == '-')
            {
                if (i > start && c.Words.Has(name, start, i - start, StageSet.PublicMission))
                {
                    return true;
                }

                start = i + 1;
            }
        }

        return false;
    }

    /// <summary>
    /// "the Harwick Support Forces ... The HSF denied": an acronym of another actor of the article whose name ends in
    /// a political head is that body, not a company.
    /// </summary>
    private static bool AcronymOfPublicBody(EventContext c, string name)
    {
        if (name.Length < 2 || name.Length > 6 || !IsUpper(name))
        {
            return false;
        }

        foreach (var other in c.Actors.Actors)
        {
            if (other.Kind == ActorKind.Organization && other.Name != name && Initials(other.Name) == name && PoliticalHeadLast(c, other.Name))
            {
                return true;
            }
        }

        return false;
    }

    // The name's head, its last word, is a political one ("... Forces", "... Council"; not "State Railway of X").
    private static bool PoliticalHeadLast(EventContext c, string name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && c.Words.Has(name, space + 1, name.Length - space - 1, StageSet.PoliticalHead);
    }

    private static bool IsUpper(string s)
    {
        foreach (var ch in s)
        {
            if (ch < 'A' || ch > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    // "Harwick Support Forces" -> "HSF"; lower-case words ("of", "the") are skipped, as acronyms do.
    private static string Initials(string name)
    {
        var sb = new System.Text.StringBuilder(6);
        foreach (var word in name.Split(' ', '-'))
        {
            if (word.Length > 0 && char.IsUpper(word[0]))
            {
                sb.Append(word[0]);
            }
        }

        return sb.ToString();
    }

    /// <summary>"Militant Socialist Movement", "Patriotic Front": a creed word and a movement's head make a party.</summary>
    private static bool CreedMovement(EventContext c, string name)
    {
        var last = name.LastIndexOf(' ') + 1;
        if (last == 0 || !c.Words.OnDemandSpan(StageWords.PartyHead, name, last, name.Length - last))
        {
            return false;
        }

        var start = 0;
        for (var i = 0; i < last; i++)
        {
            if (name[i] == ' ')
            {
                if (i > start && c.Words.OnDemandSpan(StageWords.CreedWord, name, start, i - start))
                {
                    return true;
                }

                start = i + 1;
            }
        }

        return false;
    }
}

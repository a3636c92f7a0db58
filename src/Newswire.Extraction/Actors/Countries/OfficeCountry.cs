using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;
using static Newswire.Extraction.Text.TermTables;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// Who acts for the state the story is about: a person with a state office ("Governor Ada Brelik", "Interior Minister
/// Ada Brelik", "police chief Ada Brelik") and a national body named by its function alone ("the Treasury", "Supreme
/// Court", "Ministry of Health", "National Assembly"). With no country of their own they take the story's country.
/// Untitled people do not: wire copy quotes foreigners, experts and players without saying where they are from, and a
/// wrong country misleads more than a missing one. Offices held for another body are not the state's: a name right
/// after an organization's mention ("Acme President Ada Brelik"), a role naming another body ("Acme Board Chairman")
/// or a foreign office ("Ambassador", "envoy", "Secretary-General") keeps no country. Military ranks are no state
/// office here: commanders abroad are common ("Gen. Ada Brelik" in a story about the war she fights).
/// </summary>
internal static class OfficeCountry
{
    // Words of a state office (a role or the words before the name); one is enough.
    private static readonly TermTable<bool> Offices = Words(
        "president", "vice-president", "minister", "governor", "senator", "sen", "mayor", "premier", "chancellor",
        "lawmaker", "legislator", "mp", "congressman", "congresswoman", "speaker", "king", "queen", "sultan", "emir",
        "prosecutor", "attorney-general", "police", "policeman", "policewoman", "treasury", "cabinet",
        "secretary", "justice", "judge", "magistrate", "parliamentarian", "councillor", "councilor", "sheriff",
        "inspector", "president-elect", "minister-designate");

    // Offices only a state has: a portfolio before them ("Maritime Affairs Minister") is no other body's name.
    private static readonly TermTable<bool> StateOnly = Words(
        "minister", "governor", "senator", "sen", "mayor", "lawmaker", "legislator", "mp", "congressman", "congresswoman",
        "premier", "secretary", "prosecutor", "attorney-general", "magistrate", "parliamentarian", "sheriff");

    // Words that make an office another body's or a foreign one.
    private static readonly TermTable<bool> Foreign = Words(
        "ambassador", "envoy", "consul", "diplomat", "secretary-general", "general-secretary", "commissioner", "rapporteur",
        "un", "eu", "nato");

    // A national body named by its function: its head words, and the only other words it may have.
    private static readonly TermTable<byte> BodyWords = BodyTable(
        "treasury parliament senate assembly court cabinet ministry police judiciary government presidency tribunal " +
        "commission department bank house congress office",
        "national federal state supreme high constitutional appeal appeals of the and for & interior foreign affairs " +
        "finance health defence defense justice education agriculture trade industry energy environment transport labour " +
        "labor information home internal electoral independent boundaries central revenue statistics border public " +
        "prosecutions audit immigration customs security intelligence criminal investigations elections election " +
        "commerce economy planning water mining petroleum lands housing works communications tourism service reserve " +
        "prisons correctional");

    private const byte Head = 1;
    private const byte Function = 2;

    /// <summary>
    /// Whether the actor whose first name mention is <paramref name="k"/> holds a state office or is a national body
    /// (and so may take the story's country).
    /// </summary>
    public static bool IsStateActor(TokenizedText text, ActorExtractionResult actors, CountryWords words, int k)
    {
        var mention = actors.Mentions[k];
        var actor = actors.Actors[mention.Actor];
        if (actor.Kind == ActorKind.Organization)
        {
            return IsNationalBody(actor.Name) || MinistryNames.Is(actor.Name);
        }

        if (actor.Kind != ActorKind.Person || AfterOrganization(text, actors, k) || BodyInPhrase(text, words, mention))
        {
            return false;
        }

        var office = false;
        foreach (var role in actor.Roles)
        {
            // "Attorney General", "National Security Adviser": no word alone is a state office ("defense attorney",
            // "Gen.", "financial adviser").
            office |= role.IndexOf("attorney general", System.StringComparison.OrdinalIgnoreCase) >= 0
                      || role.IndexOf("national security advis", System.StringComparison.OrdinalIgnoreCase) >= 0;
            if (!WordsOf(role, ref office))
            {
                return false;
            }
        }

        return TitleBefore(text, mention, ref office) && office;
    }

    /// <summary>Whether a token is a state body's head or function word ("ministry", "police", "central").</summary>
    internal static bool IsBodyWord(TokenizedText text, int token) =>
        text.Tokens[token].IsWord && BodyWords.TryGet(text.Text, text.Tokens[token], out _);

    /// <summary>Whether a token is a state body's head word ("ministry", "department", "commission").</summary>
    internal static bool IsBodyHead(string text, in Token token) => token.IsWord && BodyWords.TryGet(text, token, out var kind) && kind == Head;

    /// <summary>Whether a word of a name is a state body's head or function word, and which.</summary>
    internal static bool IsBodyWord(string name, int start, int length, int hash, out bool head)
    {
        var found = BodyWords.TryGet(name, start, length, hash, out var kind);
        head = kind == Head;
        return found;
    }

    /// <summary>An organization named by a state body's head and function words only ("Ministry of Health").</summary>
    internal static bool IsNationalBody(string name) => IsBody(name, councils: false);

    /// <summary>
    /// A body named for the place or people it deals with ("Border Affairs Office", "Mainland Affairs Council",
    /// "Veterans Affairs Ministry"): a place in such a name is its portfolio, not its owner.
    /// </summary>
    internal static bool IsPortfolioBody(string name)
    {
        var last = name.LastIndexOf(' ');
        var before = last > 0 ? name.LastIndexOf(' ', last - 1) : -1;
        return before > 0 && string.Compare(name, before + 1, "Affairs", 0, last - before - 1, System.StringComparison.OrdinalIgnoreCase) == 0
               && last - before - 1 == 7 && PortfolioHeads.TryGet(name.Substring(last + 1), out _);
    }

    private static readonly TermTable<bool> PortfolioHeads = Words(
        "office", "ministry", "council", "commission", "department", "bureau", "committee", "agency", "administration");

    /// <summary>
    /// <see cref="IsNationalBody"/> or a council ("Security Council", "State Council"): for names an owner says whose
    /// they are, as a bare "Council" is as often a city's or the EU's.
    /// </summary>
    internal static bool IsNationalBodyOrCouncil(string name) => IsBody(name, councils: true);

    private static bool IsBody(string name, bool councils)
    {
        var head = false;
        for (var start = 0; start < name.Length;)
        {
            var end = name.IndexOf(' ', start);
            end = end < 0 ? name.Length : end;
            if (!BodyWords.TryGet(name, start, end - start, TermKey.Hash(name, start, end - start), out var kind))
            {
                if (!councils || string.Compare(name, start, "council", 0, end - start, System.StringComparison.OrdinalIgnoreCase) != 0 || end - start != 7)
                {
                    return false;
                }

                kind = Head;
            }

            head |= kind == Head;
            start = end + 1;
        }

        return head;
    }

    // Reads the words of a role; false when one makes it foreign or names another body ("Acme Board Chairman",
    // "Minister for the Northern Isles": every word must be a title's), `office` set when one is a state office.
    private static bool WordsOf(string role, ref bool office)
    {
        for (var start = 0; start < role.Length;)
        {
            var end = role.IndexOf(' ', start);
            end = end < 0 ? role.Length : end;
            var hash = TermKey.Hash(role, start, end - start);
            if (Foreign.TryGet(role, start, end - start, hash, out _))
            {
                return false;
            }

            var isOffice = Offices.TryGet(role, start, end - start, hash, out _);
            if (!isOffice && !WordLists.TitleHeads.TryGet(role, start, end - start, hash, out _)
                && !WordLists.TitleModifiers.TryGet(role, start, end - start, hash, out _))
            {
                return false;
            }

            office |= isOffice;
            start = end + 1;
        }

        return true;
    }

    // The title words right before the name ("police chief Ada Brelik"); false when one makes the office foreign.
    private static bool TitleBefore(TokenizedText text, in ResolvedMention mention, ref bool office)
    {
        var tokens = text.Tokens;
        for (var t = mention.FirstToken - 1; t >= 0 && t >= mention.FirstToken - 3 && tokens[t].IsWord; t--)
        {
            if (Foreign.Contains(text.Text, tokens[t]))
            {
                return false;
            }

            var isOffice = Offices.Contains(text.Text, tokens[t]);
            if (!isOffice && !WordLists.TitleHeads.Contains(text.Text, tokens[t]) && !WordLists.TitleModifiers.Contains(text.Text, tokens[t]))
            {
                break;
            }

            office |= isOffice;
        }

        return true;
    }

    // "Acme Mining President Ada Brelik" read as one phrase: a name that is no place before a title bodies share
    // makes the office that body's ("Sylvania State Governor Ada Brelik", "Senate President", "Social Affairs Minister"
    // stay the state's).
    private static bool BodyInPhrase(TokenizedText text, CountryWords words, in ResolvedMention mention)
    {
        var tokens = text.Tokens;
        var other = false;
        for (var t = mention.FirstToken; t < mention.EndToken; t++)
        {
            if (!tokens[t].IsWord || tokens[t].IsLower)
            {
                continue;
            }

            if (WordLists.TitleHeads.Contains(text.Text, tokens[t]) || Offices.Contains(text.Text, tokens[t]))
            {
                if (other && !StateOnly.Contains(text.Text, tokens[t]))
                {
                    return true;
                }

                continue;
            }

            var reading = words.Read(t, mention.EndToken, out _, out var count, out _);
            other |= reading != CountryWords.Reading.Country && reading != CountryWords.Reading.Place
                && !WordLists.TitleModifiers.Contains(text.Text, tokens[t]) && !BodyWords.TryGet(text.Text, tokens[t], out _);
            t += count - 1;
        }

        return false;
    }

    // "Acme President Ada Brelik", "Acme's chief Ada Brelik": the office is the organization's.
    private static bool AfterOrganization(TokenizedText text, ActorExtractionResult actors, int k)
    {
        var first = actors.Mentions[k].FirstToken;
        for (var j = k - 1; j >= 0 && actors.Mentions[j].EndToken >= first - 4; j--)
        {
            var m = actors.Mentions[j];
            if (actors.Actors[m.Actor].Kind == ActorKind.Organization && m.EndToken <= first && OnlyTitlesBetween(text, m.EndToken, first))
            {
                return !IsCountryActor(actors.Actors[m.Actor]);
            }
        }

        return false;
    }

    private static bool OnlyTitlesBetween(TokenizedText text, int from, int to)
    {
        var tokens = text.Tokens;
        for (var t = from; t < to; t++)
        {
            var word = tokens[t].IsWord && (WordLists.TitleHeads.Contains(text.Text, tokens[t]) || WordLists.TitleModifiers.Contains(text.Text, tokens[t])
                || Offices.Contains(text.Text, tokens[t]));
            if (!word && tokens[t].Kind != TokenKind.Possessive)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCountryActor(ExtractedActor actor) =>
        actor.Country != null && Capitals.IsCountryOrCapital(actor.Name, actor.Country);

    /// <summary>
    /// The country whose place mention (the country or its capital) ends at token <paramref name="last"/> ("the U.S.
    /// delegation", "In Kabul,"), with the mention's first token; null when no such mention ends there.
    /// </summary>
    internal static string? StateNamedAt(ActorExtractionResult actors, int last, out int first)
    {
        first = -1;
        var m = actors.MentionAtToken(last);
        if (m < 0 || actors.Mentions[m].EndToken != last + 1)
        {
            return null;
        }

        var actor = actors.Actors[actors.Mentions[m].Actor];
        first = actors.Mentions[m].FirstToken;
        return actor.Kind == ActorKind.Location && IsCountryActor(actor) ? actor.Country : null;
    }

    private static TermTable<byte> BodyTable(string heads, string functions)
    {
        var table = new TermTable<byte>(128);
        foreach (var w in functions.Split(' '))
        {
            table.Set(w, Function);
        }

        foreach (var w in heads.Split(' '))
        {
            table.Set(w, Head);
        }

        return table;
    }
}

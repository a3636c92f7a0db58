using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;
using static Newswire.Extraction.Text.TermTables;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// A person who speaks or sits for a national body takes the body's country: a party, a state body or a body named
/// for its country ("Freedonian Labour Party leader Ada Brelik", "Freedonia Police spokesman Ada Brelik", "Ada Brelik
/// of the Freedonian People's Party", "Ada Brelik (Freedonia Unity Front)", "Ada Brelik, a spokesman for the Freedonian
/// People's Party", "Ada Brelik, representing the Freedonian government"). A company's country is not its
/// people's ("Acme Freedonia chief executive Ada Brelik" may come from anywhere), so company names give none.
/// </summary>
internal static class AffiliationCountry
{
    private const int MaxTitleWords = 4;

    // Last words of the bodies a person belongs to for a country (parties, the state's own bodies).
    private static readonly TermTable<bool> NationalHeads = Words(
        "party", "congress", "movement", "front", "league", "alliance", "police", "army", "navy", "force", "forces",
        "military", "guard", "ministry", "government", "senate", "parliament", "assembly", "court", "commission",
        "cabinet", "presidency", "treasury", "coalition", "union");

    // Last words of companies: a company's country is not its people's.
    private static readonly TermTable<bool> CompanyHeads = Words(
        "airways", "airlines", "air", "inc", "corp", "corporation", "ltd", "limited", "llc", "plc", "company", "co",
        "group", "holdings", "industries", "motors", "telecom", "energy", "oil", "petroleum", "mining", "media", "bank",
        "capital", "partners", "fund", "airport", "times", "post", "news", "daily", "television", "tv", "radio");

    /// <summary>The country of the national body person mention <paramref name="k"/> speaks for, or null.</summary>
    public static string? Of(TokenizedText text, ActorExtractionResult actors, int k) =>
        Before(text, actors, k) ?? After(text, actors, k);

    // "Freedonian Labour Party leader Ada Brelik", "the Freedonia Police's Ada Brelik".
    private static string? Before(TokenizedText text, ActorExtractionResult actors, int k)
    {
        var tokens = text.Tokens;
        var p = actors.Mentions[k].FirstToken;
        var titles = 0;
        var member = p > 2 && IsChar(text, p - 1, ',') && IsMemberWord(text, p - 2); // "a Hamas official, Ada Brelik"
        if (member || p > 1 && IsMemberWord(text, p - 1))
        {
            p -= member ? 2 : 1;
            member = true;
            titles++;
        }

        var player = false;
        while (titles < MaxTitleWords && p > 0 && IsTitleWord(text, p - 1))
        {
            p--;
            titles++;
            player |= PlayerRoles.Contains(text.Text, tokens[p]);
        }

        p = titles > 0 ? BeforeBracketedAcronym(text, p) : p;
        if (p > 0 && tokens[p - 1].Kind == TokenKind.Possessive)
        {
            p--;
        }
        else if (titles == 0)
        {
            return null; // "the Freedonian Labour Party Ada Brelik": no title, no possessive, no link
        }

        for (var j = k - 1; j >= 0 && actors.Mentions[j].EndToken >= p; j--)
        {
            if (actors.Mentions[j].EndToken == p)
            {
                return member ? MovementCountry(text, actors, actors.Mentions[j])
                    : BodyCountry(text, actors, actors.Mentions[j]) ?? (player ? TeamCountry(text, actors, actors.Mentions[j]) : null);
            }

            // "a Hamas official": the member's phrase, read as one nameless description of the body's country.
            if (member && actors.Mentions[j].EndToken == p + 1 && actors.Mentions[j].Kind != MentionKind.Name && actors.Mentions[j].FirstToken < p)
            {
                return actors.Actors[actors.Mentions[j].Actor].Country;
            }
        }

        return null;
    }

    // "the Maldivian Democratic Party (MDP) lawmaker Ada Brelik": the body's acronym in brackets after its name; the
    // token before the bracket (or p itself when there is none).
    private static int BeforeBracketedAcronym(TokenizedText text, int p) =>
        p > 3 && IsChar(text, p - 1, ')') && IsChar(text, p - 3, '(') && text.Tokens[p - 2].IsAllCaps ? p - 3 : p;

    // "Hezbollah lawmaker Ada Brelik", "a Hamas official, Ada Brelik": a member of a movement or party with a country
    // (not a company) is of that country, whatever the body's name ends in.
    private static string? MovementCountry(TokenizedText text, ActorExtractionResult actors, in ResolvedMention mention)
    {
        var actor = actors.Actors[mention.Actor];
        var last = LastWord(text, mention);
        return actor.Kind == ActorKind.Organization && (mention.Kind == MentionKind.Name || mention.Kind == MentionKind.Acronym) && last >= 0
               && !CompanyHeads.Contains(text.Text, text.Tokens[last])
            ? actor.Country
            : null;
    }

    // The title of a team's player (no coach or manager: those are often foreign).
    private static readonly TermTable<bool> PlayerRoles = Words("captain");

    // "Black Stars captain Ada Brelik": the captain of a team the lexicon knows with a country (a national side
    // named by its nickname) plays for that country; a club named by the rules gives none (its players come from
    // anywhere).
    private static string? TeamCountry(TokenizedText text, ActorExtractionResult actors, in ResolvedMention mention)
    {
        var actor = actors.Actors[mention.Actor];
        var lexicon = Lexicon.BuiltIn;
        return actor.Kind == ActorKind.Organization && actor.Country != null && mention.Kind == MentionKind.Name
               && lexicon.Match(text, lexicon.WordIds(text), mention.FirstToken, mention.EndToken, false, out var match)
               && match.TokenCount == mention.EndToken - mention.FirstToken && match.Entry.Kind == LexiconKind.Organization
            ? actor.Country
            : null;
    }

    // Words for a body's members that are no title ("lawmaker", "official").
    private static readonly TermTable<bool> MemberWords = Words("lawmaker", "legislator", "official", "member", "politician", "militant", "fighter");

    private static bool IsMemberWord(TokenizedText text, int token) =>
        text.Tokens[token].IsWord && text.Tokens[token].IsLower && MemberWords.Contains(text.Text, text.Tokens[token]);

    // "Ada Brelik of the Freedonian People's Party", "Ada Brelik, of the …", "Ada Brelik (Freedonia Unity Front)".
    private static string? After(TokenizedText text, ActorExtractionResult actors, int k)
    {
        var tokens = text.Tokens;
        var t = actors.Mentions[k].EndToken;
        var titled = false;
        if (t < tokens.Length && IsChar(text, t, ','))
        {
            t = AfterAppositiveTitle(text, t + 1, out titled);
        }

        var paren = !titled && t < tokens.Length && IsChar(text, t, '(');
        if (paren || titled || (t < tokens.Length && (IsWord(text, t, "of") || IsWord(text, t, "from"))))
        {
            t += paren || !titled ? 1 : 0;
        }
        else
        {
            return null;
        }

        // The body's mention may hold its determiner ("the Freedonian People's Party") or start after it.
        var skipThe = !paren && t < tokens.Length && IsWord(text, t, "the") ? 1 : 0;
        if (k + 1 >= actors.Mentions.Count)
        {
            return null;
        }

        var body = actors.Mentions[k + 1];
        return body.FirstToken == t || body.FirstToken == t + skipThe ? BodyCountry(text, actors, body) : null;
    }

    // ", (a) spokesman for the", ", a senior official of the", ", representing the": where the body starts after an
    // appositive title and its preposition (titled), or t itself.
    private static int AfterAppositiveTitle(TokenizedText text, int t, out bool titled)
    {
        titled = false;
        var tokens = text.Tokens;
        if (t < tokens.Length && IsWord(text, t, "representing"))
        {
            titled = true;
            return t + 1;
        }

        var j = t < tokens.Length && (IsWord(text, t, "a") || IsWord(text, t, "an")) ? t + 1 : t;
        var titles = 0;
        while (titles < MaxTitleWords && j < tokens.Length && tokens[j].IsLower && (IsTitleWord(text, j) || IsMemberWord(text, j)))
        {
            j++;
            titles++;
        }

        titled = titles > 0 && j < tokens.Length && (IsWord(text, j, "for") || IsWord(text, j, "of"));
        return titled ? j + 1 : t;
    }

    // The country of an organization mention that names a national body, or null.
    private static string? BodyCountry(TokenizedText text, ActorExtractionResult actors, in ResolvedMention mention)
    {
        var actor = actors.Actors[mention.Actor];
        if (actor.Kind != ActorKind.Organization || actor.Country is not { } country || (mention.Kind != MentionKind.Name && mention.Kind != MentionKind.Acronym))
        {
            return null;
        }

        var last = LastWord(text, mention);
        if (last < 0 || CompanyHeads.Contains(text.Text, text.Tokens[last]))
        {
            return null;
        }

        return NationalHeads.Contains(text.Text, text.Tokens[last]) || Capitals.IsCountryOrCapital(actor.Name, country) || NamesCountry(actor.Name, country)
            ? country
            : null;
    }

    // Whether a body's name holds its country's name as whole words ("Freedonia Unity Front", not "Freedoniana
    // College"): a party or a movement of that country.
    private static bool NamesCountry(string name, string country)
    {
        var entry = Lexicon.BuiltIn.Country(country);
        if (entry == null)
        {
            return false;
        }

        var c = entry.Name;
        for (var at = name.IndexOf(c, System.StringComparison.OrdinalIgnoreCase); at >= 0; at = name.IndexOf(c, at + 1, System.StringComparison.OrdinalIgnoreCase))
        {
            var end = at + c.Length;
            if ((at == 0 || !char.IsLetter(name[at - 1])) && (end == name.Length || !char.IsLetter(name[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static int LastWord(TokenizedText text, in ResolvedMention mention)
    {
        for (var t = mention.EndToken - 1; t >= mention.FirstToken; t--)
        {
            if (text.Tokens[t].IsWord)
            {
                return t;
            }
        }

        return -1;
    }

    private static bool IsTitleWord(TokenizedText text, int token) =>
        text.Tokens[token].IsWord
        && (WordLists.TitleHeads.Contains(text.Text, text.Tokens[token]) || WordLists.TitleModifiers.Contains(text.Text, text.Tokens[token]));
}

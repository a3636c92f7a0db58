using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;
using static Newswire.Extraction.Text.TermTables;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// A name owned or described by a country where it is written:
/// <list type="bullet">
/// <item>a possessive place before it, titles (and a state body's words before them) between allowed: "Freedonia's
/// Ada Brelik", "Freedonia's finance minister Ada Brelik", "Freedonia's central bank governor Ada Brelik";</item>
/// <item>a demonym before its titles, a comma between allowed: "the Freedonian Foreign Minister, Ada Brelik";</item>
/// <item>an apposition after it: "Ada Brelik, Freedonia's finance minister", "Ada Brelik, the Freedonian trade
/// minister", "Ada Brelik, a Freedonian national".</item>
/// </list>
/// The owner is a place with a country (a country, a city, a region) or a country acting as a state ("Freedonia
/// said"); a company's possessive gives no country ("Acme's Ada Brelik" may be anyone's).
/// </summary>
internal static class OwnerCountry
{
    private const int MaxTitleWords = 4;

    private static readonly TermTable<bool> OwnershipWords = Words(
        "state-owned", "state-run", "state-controlled", "state-backed", "government-owned", "government-run", "publicly-owned");

    /// <summary>"state-run", "state-owned": only a body (a company, a broadcaster) is owned so.</summary>
    /// <remarks>Every such word has a hyphen, and the tokenizer flags each word with one: the others need no probe.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsOwnershipWord(TokenizedText text, int t) =>
        text.Tokens[t].Is(TokenFlags.Hyphenated) && OwnershipWords.Contains(text.Text, text.Tokens[t]);

    /// <summary>
    /// The country of the possessive owner or the demonym before mention <paramref name="k"/>, titles between
    /// ("Freedonia's finance minister Ada Brelik", "the Freedonian Foreign Minister, Ada Brelik"), or null.
    /// </summary>
    public static string? Before(TokenizedText text, ActorExtractionResult actors, Lexicon lexicon, int k)
    {
        var tokens = text.Tokens;
        var p = actors.Mentions[k].FirstToken - 1;
        var comma = p > 0 && IsChar(text, p, ',');
        p -= comma ? 1 : 0;
        p = comma ? BeforePostComplement(text, actors, k, p) : p;
        if (!comma && DescribedByNationality(text, actors, lexicon, k, p) is { } nationality)
        {
            return nationality;
        }

        var titles = 0;
        var head = false;
        for (; titles < MaxTitleWords && p > 0 && (IsTitleWord(text, p) || (titles > 0 && OfficeCountry.IsBodyWord(text, p))); titles++)
        {
            head |= WordLists.TitleHeads.Contains(text.Text, tokens[p]);
            p--; // "Freedonia's finance minister Ada Brelik", "Freedonia's foreign ministry spokeswoman Ada Brelik"
        }

        if (p < 1 || (comma && titles == 0))
        {
            return null;
        }

        if (tokens[p].Kind == TokenKind.Possessive)
        {
            return PossessiveOwner(actors, k, p) ?? (titles == 0 ? LeadersParty(text, actors, k, p) : null);
        }

        // "Bhutan's state-owned Druk Green Power Corporation": an ownership word between owner and name.
        if (titles == 0 && !comma && OwnershipWords.Contains(text.Text, tokens[p]) && tokens[p - 1].Kind == TokenKind.Possessive)
        {
            return PossessiveOwner(actors, k, p - 1);
        }

        // A demonym needs a title's head after it: "the Freedonian former Ada Brelik" says nothing of her.
        return head ? CountryBeforeTitles(text, actors, lexicon, k, p, titles > 0) : null;
    }

    // "Algeria's ambassador to the UN, Amar Bendjama", "the British envoy in Kenya, Ada Brelik": a post's "to/at/in
    // <name>" complement before the comma is skipped,
    // so the owner before the post is read. Returns the token before "to", or p when there is none.
    private static int BeforePostComplement(TokenizedText text, ActorExtractionResult actors, int k, int p)
    {
        var j = k - 1;
        if (j < 0 || actors.Mentions[j].EndToken != p + 1)
        {
            return p;
        }

        var q = actors.Mentions[j].FirstToken - 1;
        q -= q > 0 && text.Is(q, "the") ? 1 : 0;
        return q > 1 && (text.Is(q, "to") || text.Is(q, "at") || text.Is(q, "in")) ? q - 1 : p;
    }

    // The demonym at token p before a title's words, or (lower-case titles only) a country's name ending there: "U.S.
    // special envoy Ada Brelik", "the U.S. ambassador, Ada Brelik", "Freedonia police chief Ada Brelik" are that
    // country's, like "the Freedonian envoy".
    private static string? CountryBeforeTitles(TokenizedText text, ActorExtractionResult actors, Lexicon lexicon, int k, int p, bool titled)
    {
        var tokens = text.Tokens;
        if (titled && tokens[p + 1].IsLower && CountryEndingAt(actors, k, p + 1) is { } named)
        {
            return named;
        }

        return tokens[p].IsWord && lexicon.TryDemonym(text.Text, tokens[p], out var demonym) && demonym.Length == 3
            && !NameCountry.IsQualifier(text, p - 1)
            ? demonym
            : null;
    }

    // "Polish striker Ada Brelik", "the Freedonian carmaker Acme": a demonym right before an occupation or a kind of
    // business (token p, lower case) right before the name. A country's name or its possessive there says the same
    // ("Freedonia coach Ada Brelik", "Freedonia's striker Ada Brelik"): the side or state the person works for.
    private static string? DescribedByNationality(TokenizedText text, ActorExtractionResult actors, Lexicon lexicon, int k, int p)
    {
        var tokens = text.Tokens;
        if (p < 1 || !tokens[p].IsWord || !tokens[p].IsLower || !IsDescribedNoun(text, p))
        {
            return null;
        }

        if (tokens[p - 1].IsWord && lexicon.TryDemonym(text.Text, tokens[p - 1], out var demonym) && demonym.Length == 3)
        {
            return !NameCountry.IsQualifier(text, p - 2) ? demonym : null;
        }

        return tokens[p - 1].Kind == TokenKind.Possessive ? CountryEndingAt(actors, k, p - 1) : CountryEndingAt(actors, k, p);
    }

    private static bool IsDescribedNoun(TokenizedText text, int p) =>
        WordLists.Occupations.Contains(text.Text, text.Tokens[p]) || WordLists.NationalityNouns.Contains(text.Text, text.Tokens[p])
        || WordLists.BusinessKinds.Contains(text.Text, text.Tokens[p]);

    // "SEOUL - ... Tanabe's Liberal Democratic Party": a party owned by a person is the party of that person's country
    // (a company owned so may be anyone's, and a person's country is read before the bodies named after it).
    private static string? LeadersParty(TokenizedText text, ActorExtractionResult actors, int k, int p)
    {
        var owned = actors.Actors[actors.Mentions[k].Actor];
        var last = actors.Mentions[k].EndToken - 1;
        if (owned.Kind != ActorKind.Organization || !text.Tokens[last].IsWord || !PartyHeads.Contains(text.Text, text.Tokens[last]))
        {
            return null;
        }

        for (var j = k - 1; j >= 0 && actors.Mentions[j].EndToken >= p; j--)
        {
            var owner = actors.Actors[actors.Mentions[j].Actor];
            if (actors.Mentions[j].EndToken == p && actors.Mentions[j].Kind == MentionKind.Name && owner.Kind == ActorKind.Person)
            {
                return owner.Country;
            }
        }

        return null;
    }

    private static readonly TermTable<bool> PartyHeads = Words("party", "front", "movement", "alliance", "congress", "coalition", "league");

    // The country of a country's name mention (as a place or a state) ending at token `end`, else null.
    private static string? CountryEndingAt(ActorExtractionResult actors, int k, int end)
    {
        for (var j = k - 1; j >= 0 && actors.Mentions[j].EndToken >= end; j--)
        {
            var m = actors.Mentions[j];
            if (m.EndToken == end && PlaceCountry(actors, m) is { } country && Capitals.IsCountryOrCapital(actors.Actors[m.Actor].Name, country))
            {
                return country;
            }
        }

        return null;
    }

    // The country of the place mention that ends at the possessive token p.
    private static string? PossessiveOwner(ActorExtractionResult actors, int k, int p)
    {
        for (var j = k - 1; j >= 0 && actors.Mentions[j].EndToken >= p; j--)
        {
            if (actors.Mentions[j].EndToken == p)
            {
                return PlaceCountry(actors, actors.Mentions[j]);
            }
        }

        return null;
    }

    /// <summary>The country of an apposition after mention <paramref name="k"/> (", Freedonia's …", ", the Freedonian …"), or null.</summary>
    public static string? After(TokenizedText text, ActorExtractionResult actors, Lexicon lexicon, int k)
    {
        var tokens = text.Tokens;
        var comma = actors.Mentions[k].EndToken;
        if (comma + 3 >= tokens.Length || !IsChar(text, comma, ','))
        {
            return null;
        }

        // ", the Freedonian trade minister", ", a Freedonian national": a demonym after an article, then a lower-case
        // word or a title.
        var d = comma + 1;
        if (IsArticle(text, d) && lexicon.TryDemonym(text.Text, tokens[d + 1], out var demonym) && demonym.Length == 3
            && IsDescriptionWord(text, d + 2))
        {
            return demonym;
        }

        // ", Freedonia's finance minister": the place mention right after the comma, its possessive, a word.
        if (k + 1 < actors.Mentions.Count && actors.Mentions[k + 1].FirstToken == comma + 1)
        {
            var owner = actors.Mentions[k + 1];
            var p = owner.EndToken;
            if (p + 1 < tokens.Length && tokens[p].Kind == TokenKind.Possessive && IsDescriptionWord(text, p + 1))
            {
                return PlaceCountry(actors, owner);
            }
        }

        return null;
    }

    // A place with a country, or a country (or its capital) acting as a state.
    private static string? PlaceCountry(ActorExtractionResult actors, in ResolvedMention mention)
    {
        if (mention.Kind != MentionKind.Name && mention.Kind != MentionKind.Acronym)
        {
            return null;
        }

        var actor = actors.Actors[mention.Actor];
        if (actor.Country is not { } country)
        {
            return null;
        }

        return actor.Kind == ActorKind.Location || (actor.Kind == ActorKind.Organization && Capitals.IsCountryOrCapital(actor.Name, country))
            ? country
            : null;
    }

    private static bool IsTitleWord(TokenizedText text, int token) =>
        text.Tokens[token].IsWord
        && (WordLists.TitleHeads.Contains(text.Text, text.Tokens[token]) || WordLists.TitleModifiers.Contains(text.Text, text.Tokens[token]));

    // A word that describes the name: lower case ("minister", "largest") or a title ("Finance Minister").
    private static bool IsDescriptionWord(TokenizedText text, int token) =>
        token < text.Tokens.Length && text.Tokens[token].IsWord && (text.Tokens[token].IsLower || IsTitleWord(text, token));

    private static bool IsArticle(TokenizedText text, int token)
    {
        ref readonly var t = ref text.Tokens[token];
        if (!t.IsWord || t.Length > 3)
        {
            return false;
        }

        var s = text.Text;
        return (t.Length == 3 && string.Compare(s, t.Start, "the", 0, 3, System.StringComparison.OrdinalIgnoreCase) == 0)
            || (t.Length == 1 && (s[t.Start] == 'a' || s[t.Start] == 'A'))
            || (t.Length == 2 && string.Compare(s, t.Start, "an", 0, 2, System.StringComparison.OrdinalIgnoreCase) == 0);
    }
}

using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;
using static Newswire.Extraction.Text.TermTables;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// A name described by what holds it, a few lower-case words between:
/// <list type="bullet">
/// <item>a company a country owns: "Freedonia's state shipping company, Acme Maritime", "Freedonia's largest lender
/// Acme Bank" (a possessive place, then a description ending in a kind of business);</item>
/// <item>an officer of an organization with a country: "Acme's chief executive, Ada Brelik", "Its chief operating
/// officer, Ada Brelik" ("its": the last organization named before the sentence or in it).</item>
/// </list>
/// </summary>
internal static class HolderCountry
{
    private const int MaxWords = 4;

    /// <summary>The country of the holder described before mention <paramref name="k"/>, or null.</summary>
    public static string? Of(TokenizedText text, ActorExtractionResult actors, int k, ActorKind kind)
    {
        var m = actors.Mentions[k];
        var p = m.FirstToken - 1;
        if (p > 1 && IsChar(text, p, ','))
        {
            p--;
        }

        var last = p;
        var officer = false;
        var words = 0;
        for (; words < MaxWords && p > 0 && text.Tokens[p].IsWord && (text.Tokens[p].IsLower || IsTitle(text, p)); words++, p--)
        {
            officer |= IsTitle(text, p) || IsWord(text, p, "executive");
        }

        if (words == 0 || p < 0)
        {
            return null;
        }

        if (kind == ActorKind.Organization)
        {
            return text.Tokens[p].Kind == TokenKind.Possessive && WordLists.BusinessKinds.Contains(text.Text, text.Tokens[last])
                ? OwnerCountry(actors, k, p, ActorKind.Location)
                : null;
        }

        if (kind != ActorKind.Person || !officer)
        {
            return null;
        }

        return text.Tokens[p].Kind == TokenKind.Possessive ? OwnerCountry(actors, k, p, ActorKind.Organization) ?? GovernmentOwnerCountry(text, actors, k, p)
            : IsWord(text, p, "its") ? LastOrganizationCountry(actors, k) : null;
    }

    // "the Taliban government's spokesman Ada Brelik", "the Kessel government's spokesman": a body or place named as
    // a government before the possessive at p governs a country, and its officer speaks for that country's state. The
    // owner's mention may end at the government word, or hold it ("the Taliban government" read as one phrase).
    private static string? GovernmentOwnerCountry(TokenizedText text, ActorExtractionResult actors, int k, int p)
    {
        if (p < 2 || !text.Tokens[p - 1].IsWord || !text.Tokens[p - 1].IsLower || !GovernmentWords.Contains(text.Text, text.Tokens[p - 1]))
        {
            return null;
        }

        for (var j = k - 1; j >= 0 && actors.Mentions[j].EndToken >= p - 1; j--)
        {
            var m = actors.Mentions[j];
            var owner = actors.Actors[m.Actor];
            if ((m.EndToken == p - 1 && IsNamed(m) || m.EndToken == p && m.FirstToken < p - 1 && text.Tokens[p - 2].IsCapitalized)
                && (owner.Kind == ActorKind.Organization || owner.Kind == ActorKind.Location))
            {
                return owner.Country;
            }
        }

        return null;
    }

    private static readonly TermTable<bool> GovernmentWords = Words("government", "administration", "authorities");

    private static bool IsTitle(TokenizedText text, int p) =>
        WordLists.TitleHeads.Contains(text.Text, text.Tokens[p]) || WordLists.TitleModifiers.Contains(text.Text, text.Tokens[p]);

    // The country of the mention of `kind` that ends at the possessive token p.
    private static string? OwnerCountry(ActorExtractionResult actors, int k, int p, ActorKind kind)
    {
        for (var j = k - 1; j >= 0 && actors.Mentions[j].EndToken >= p; j--)
        {
            var owner = actors.Actors[actors.Mentions[j].Actor];
            if (actors.Mentions[j].EndToken == p && IsNamed(actors.Mentions[j]))
            {
                return owner.Kind == kind ? owner.Country : null;
            }
        }

        return null;
    }

    // "Its chief executive": the organization named last before mention k (its country, or null).
    private static string? LastOrganizationCountry(ActorExtractionResult actors, int k)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            var a = actors.Actors[actors.Mentions[j].Actor];
            if (IsNamed(actors.Mentions[j]) && a.Kind == ActorKind.Organization && !Capitals.IsCountryOrCapital(a.Name, a.Country ?? ""))
            {
                return a.Country;
            }
        }

        return null;
    }

    private static bool IsNamed(in ResolvedMention m) => m.Kind == MentionKind.Name || m.Kind == MentionKind.Acronym;
}

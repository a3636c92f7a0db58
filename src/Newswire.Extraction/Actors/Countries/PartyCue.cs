using Newswire.Extraction.Text;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// A "... Movement" or "... Front" the text introduces as a political party ("the opposition Patriotic Front", "the
/// ruling Movement for Democracy", "the Orange Movement party", "the Renewal Front, the largest opposition party",
/// "her party, the Basotho Renewal Movement"): a party, not an armed group, so it may take the story's country
/// (<see cref="StoryCountryOthers"/> holds such names back because rebel fronts and movements cross borders).
/// </summary>
internal static class PartyCue
{
    // Words right before a party's name that only parties take ("the opposition X", "the ruling X").
    private static readonly TermTable<bool> StandingWords = TermTables.Words("opposition", "ruling", "governing");

    private static readonly TermTable<bool> PartyWords = TermTables.Words("party", "parties");

    // How far an apposition after the name may run before its "party" ("X, the largest opposition party").
    private const int AppositionReach = 5;

    /// <summary>Whether the name mention <paramref name="m"/> is introduced as a party by the words around it.</summary>
    public static bool IsParty(TokenizedText text, ResolvedMention m) => PartyBefore(text, m.FirstToken) || PartyAfter(text, m.EndToken);

    private static bool PartyBefore(TokenizedText text, int first)
    {
        var t = first - 1;
        if (t >= 0 && text.Is(t, "the"))
        {
            t--;
        }

        if (t >= 0 && text.Is(t, "of") && HeldByPartyMember(text, t))
        {
            return true;
        }

        if (t < 0 || !text.Tokens[t].IsWord)
        {
            // "her party, the Basotho Renewal Movement": the party word, a comma, then the name.
            return t >= 1 && text.Tokens[t].Kind != TokenKind.Word && text.TokenText(t) == "," && PartyWords.Contains(text.Text, text.Tokens[t - 1]);
        }

        return StandingWords.Contains(text.Text, text.Tokens[t]);
    }

    // How many words a person's name between a party title and "of" may have.
    private const int MaxNameWords = 4;

    // Titles of a party's people in parliament ("Opposition Leader", "MP", "lawmaker").
    private static readonly TermTable<bool> MemberTitles = TermTables.Words("mp", "lawmaker", "legislator", "senator", "deputy");

    // "Opposition Leader Ada Brelik of the People's National Movement", "MP Ada Brelik of the ...": the body a member
    // of parliament sits for before "of" (token <paramref name="of"/>) is a party.
    private static bool HeldByPartyMember(TokenizedText text, int of)
    {
        var t = of - 1;
        for (var words = 0; t >= 0 && words < MaxNameWords && text.Tokens[t].IsWord && text.Tokens[t].IsCapitalized; words++)
        {
            if (MemberTitles.Contains(text.Text, text.Tokens[t]) || (text.Is(t, "leader") && t > 0 && text.Is(t - 1, "opposition")))
            {
                return words > 0;
            }

            t--;
        }

        return t >= 0 && t < of - 1 && (MemberTitles.Contains(text.Text, text.Tokens[t]) || (text.Is(t, "leader") && t > 0 && text.Is(t - 1, "opposition")));
    }

    private static bool PartyAfter(TokenizedText text, int end)
    {
        var sentence = text.Sentences[text.SentenceOf(end - 1)];
        if (end < sentence.EndToken && PartyWords.Contains(text.Text, text.Tokens[end]))
        {
            return true;
        }

        if (end >= sentence.EndToken || text.TokenText(end) != ",")
        {
            return false;
        }

        for (var t = end + 1; t < sentence.EndToken && t <= end + AppositionReach && text.Tokens[t].IsWord; t++)
        {
            if (PartyWords.Contains(text.Text, text.Tokens[t]))
            {
                return true;
            }
        }

        return false;
    }
}

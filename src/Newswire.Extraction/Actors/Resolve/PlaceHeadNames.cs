using Newswire.Extraction.Text;

// Resolve: "Tarvo Beng village", "Maroka township", "the Kesh Varan district": a name followed by a lower-case
// settlement or area noun is that place, whatever its shape or the tagger's reading. Counted in the training text
// (../shared/train/ner, capitalized word before the noun): district 4/4 LOC, region 11/15, province 3/4, suburb and
// neighbourhood 3/3; the misses are determiners and demonyms ("The village", "Moslem region"), which are no unknown
// names here. "city", "area", "state" and "island" are left out: there most capitalized words before them were not
// places; "area" counts only before "of" and a name. The span stays the name alone (CoNLL convention).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Whether the token at end is a lower-case settlement or area noun that makes the name before it a place, or
        // the name opens a list that a plural one closes ("Olun Dar and Pesk Hali villages").
        private bool BeforePlaceHead(int end)
        {
            // "a Soviet-era crossing", "a Taliban-run district": a capitalized word with a lower-case tail after its
            // hyphen describes the place; it names none.
            if (end > 0 && HasLowerHyphenTail(end - 1))
            {
                return false;
            }

            if (IsSettlementHead(end) || IsResourceSite(end) || IsAreaOfPlace(end))
            {
                return true;
            }

            var j = end;
            for (var members = 0; members < MaxPlaceListMembers && j < _tokens.Length && IsListJoint(j); members++)
            {
                j++;
                while (j < _tokens.Length && _tokens[j].IsCapitalized && _tokens[j].Kind == TokenKind.Word && (_tokens[j].Flags & TokenFlags.NewlineBefore) == 0)
                {
                    j++;
                }

                if (IsSettlementHead(j))
                {
                    return _text[_tokens[j].Start + _tokens[j].Length - 1] == 's';
                }
            }

            return false;
        }

        private bool HasLowerHyphenTail(int t)
        {
            ref readonly var w = ref _tokens[t];
            if ((w.Flags & TokenFlags.Hyphenated) == 0 || w.Kind != TokenKind.Word)
            {
                return false;
            }

            var dash = _text.LastIndexOf('-', w.End - 1, w.Length);
            return dash > w.Start && dash + 1 < w.End && char.IsLower(_text[dash + 1]);
        }

        private bool IsSettlementHead(int t) =>
            t < _tokens.Length && _tokens[t].Kind == TokenKind.Word && _tokens[t].IsLower
            && (_tokens[t].Flags & TokenFlags.NewlineBefore) == 0 && SettlementHeads.Contains(_text, _tokens[t]);

        // "the Tarvo Beng area of Kesh province": "area" alone is too often a common noun after a capitalized word
        // (left out of SettlementHeads), but an area "of" a named place is a part of that place.
        private bool IsAreaOfPlace(int t) =>
            IsLowerWordAt(t) && _tt.Is(t, "area") && IsLowerWordAt(t + 1) && _tt.Is(t + 1, "of")
            && t + 2 < _tokens.Length && _tokens[t + 2].IsCapitalized && _tokens[t + 2].Kind == TokenKind.Word;

        // "the Vaca Kessel shale field", "the Harwick oilfield", "the Tarvo copper mine": energy and mining copy names its
        // sites so; a resource word must come first except for the one-word heads ("oilfield", "mine").
        private bool IsResourceSite(int t)
        {
            if (!IsLowerWordAt(t))
            {
                return false;
            }

            if (SiteHeads.Contains(_text, _tokens[t]))
            {
                return _tt.Is(t, "mine") || _tt.Is(t, "oilfield") || _tt.Is(t, "gasfield");
            }

            return ResourceWords.Contains(_text, _tokens[t]) && IsLowerWordAt(t + 1) && SiteHeads.Contains(_text, _tokens[t + 1]);
        }

        private bool IsLowerWordAt(int t) =>
            t < _tokens.Length && _tokens[t].Kind == TokenKind.Word && _tokens[t].IsLower && (_tokens[t].Flags & TokenFlags.NewlineBefore) == 0;

        private static readonly TermTable<bool> SiteHeads = Table(new[] { "field", "fields", "basin", "mine", "deposit", "oilfield", "gasfield" });

        private static readonly TermTable<bool> ResourceWords = Table(new[]
        {
            "oil", "gas", "shale", "gold", "copper", "coal", "lithium", "diamond", "uranium", "iron", "nickel", "cobalt", "potash",
        });

        // "the English county of": a people's adjective qualifies the noun, it names no place.
        private bool IsDemonymWord(int x, int y) => y - x == 1 && (_lex.TryDemonym(_text, _tokens[x], out _) || NationAdjectives.Contains(_text, _tokens[x]));

        private static readonly TermTable<bool> SettlementHeads = Table(new[]
        {
            "village", "villages", "township", "townships", "district", "districts", "town", "towns", "province", "provinces",
            "county", "counties",
            "municipality", "commune", "governorate", "oblast", "prefecture", "region", "suburb", "neighbourhood",
            "neighborhood", "valley",

            // Border posts ("the Kerem Tala crossing", "the Torkham border crossing"): places, never a person's word.
            "crossing", "checkpoint",
        });

        // Peoples within states, which the country demonyms do not hold.
        private static readonly TermTable<bool> NationAdjectives = Table(new[]
        {
            "English", "Scottish", "Welsh", "Catalan", "Basque", "Flemish", "Walloon", "Kurdish", "Tamil", "Sindhi",
            "Punjabi", "Bavarian", "Breton", "Corsican", "Tibetan", "Uyghur", "Pashtun", "Baloch", "Berber", "Amazigh",
        });
    }
}

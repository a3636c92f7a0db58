using Newswire.Extraction.Text;

// Resolve: "the revision of Annex C of the 1973 treaty", "Article 5", "Chapter 11": a part of a document named by a
// letter or a number is no actor (the tagger reads "Annex C" as a person's initial).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void DropDocumentParts()
        {
            var tokens = _tokens;
            var capitals = _triggers.At(Trigger.Capitalized, out var n);
            var from = 0; // past the last part removed
            for (var i = 0; i < n && capitals[i] + 1 < tokens.Length; i++)
            {
                var t = capitals[i];
                if (t < from)
                {
                    continue;
                }

                // Asked of every capitalized word: the label's kind and length, tested here, decide nearly all.
                ref readonly var label = ref tokens[t + 1];
                if ((label.Kind == TokenKind.Number || (label.Kind == TokenKind.Word && label.Length <= 4))
                    && IsPartLabel(t + 1) && PartWords.Contains(_text, tokens[t]))
                {
                    var none = -1;
                    RemoveMentionsWithin(t, t + 2, ref none);
                    from = t + 2;
                }
            }
        }

        // "C", "5", "11", "IV": one capital letter, a number or a roman numeral.
        private bool IsPartLabel(int k)
        {
            ref readonly var tok = ref _tokens[k];
            if (tok.Kind == TokenKind.Number)
            {
                return true;
            }

            if (tok.Kind != TokenKind.Word || tok.Length > 4 || !char.IsUpper(_text[tok.Start]) || (tok.Length > 1 && !tok.IsAllCaps))
            {
                return false;
            }

            for (var i = tok.Start; i < tok.End; i++)
            {
                if (tok.Length > 1 && "IVX".IndexOf(_text[i]) < 0)
                {
                    return false;
                }
            }

            return true;
        }

        private static readonly TermTable<bool> PartWords = WordTable(
            "annex", "article", "chapter", "section", "clause", "paragraph", "schedule", "appendix", "protocol", "amendment");
    }
}

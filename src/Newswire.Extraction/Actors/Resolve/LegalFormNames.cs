using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "Kulim Sawit Holdings Bhd", "Cordillera Cobre SA", "Hanseatic Turbinenbau GmbH": a run of capitalized words
// ending in a company's legal form is one company, whatever the tagger cut or typed there.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private const int MaxLegalFormNameWords = 5;

        // A legal form ends a company's name in every country's business copy; the tagger knows the English ones and
        // cuts or drops the rest ("Bhd", "SA", "GmbH", "ASA"). The run before it, inside one sentence, of one to five
        // capitalized words (a leading "The" left out, "&" kept) is the company, unless an organization's name
        // already ends at the legal form (its start stands: "Nigerian National Petroleum Company Ltd"). A legal form
        // alone ("in SA") names nothing.
        private void JoinLegalFormNames()
        {
            // A legal form's first letter is upper case: only the capitalized words are candidates.
            var capitals = _triggers.At(Trigger.Capitalized, out var n);
            for (var i = 0; i < n; i++)
            {
                var t = capitals[i];
                if (t < 1 || !IsLegalFormAt(t) || t + 1 < _tokens.Length && IsLegalFormAt(t + 1) && SameSentence(t, t + 1))
                {
                    continue; // the last legal form of a run ("Sdn Bhd", "Pte Ltd") ends the name
                }

                var first = t;
                while (first > 0 && IsLegalFormAt(first - 1) && SameSentence(first - 1, t))
                {
                    first--;
                }

                var start = first;
                while (start > 0 && first - start < MaxLegalFormNameWords && SameSentence(start - 1, t) && IsCompanyNameWord(start - 1))
                {
                    start--;
                }

                if (start < first && _tt.Is(start, "the"))
                {
                    start++;
                }

                if (start < first && !NamedUpTo(start, t + 1))
                {
                    RemoveMentionsOver(start, t + 1);
                    AddNamed(start, t + 1, ActorKind.Organization, null, null, _tt.SentenceOf(t), false);
                }
            }
        }

        private bool SameSentence(int a, int b) => _tt.SentenceOf(a) == _tt.SentenceOf(b);

        private bool IsLegalFormAt(int t) =>
            _tokens[t].Kind == TokenKind.Word && char.IsUpper(_text[_tokens[t].Start]) && LegalForms.Contains(_text, _tokens[t]);

        private bool IsCompanyNameWord(int t) =>
            _tokens[t].Kind == TokenKind.Word && _tokens[t].IsCapitalized && !WordLists.Weekdays.Contains(_text, _tokens[t])
            || _tokens[t].Length == 1 && _text[_tokens[t].Start] == '&';

        private bool NamedUpTo(int first, int end)
        {
            foreach (ref readonly var m in _mentions)
            {
                if (m.NameFirst + m.NameCount == end && m.NameFirst < end - 1 && m.NameFirst >= first - 1 && m.Actor.Kind == ActorKind.Organization)
                {
                    return true;
                }
            }

            return false;
        }

        // Legal forms written after a company's name (a form that is also a common abbreviation, "AB", "Co", is left out).
        private static readonly TermTable<bool> LegalForms = WordTable(
            "bhd", "berhad", "sdn", "tbk", "sa", "ag", "gmbh", "ltd", "plc", "pty", "pte", "sac", "saa", "spa", "nv", "bv",
            "asa", "oyj", "llp", "llc", "inc", "corp", "ltda", "sarl", "srl", "kk", "pjsc", "jsc");
    }
}

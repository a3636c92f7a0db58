using Newswire.Extraction.Text;

// Resolve: "Inter-Services" + "Public Relations (ISPR)": the bracketed acronym after an organization's name spells the
// capitalized words the name lost before it.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private const int MaxAcronymLeadWords = 3;

        // An organization's name whose initials (each hyphen part's too) are the end of the bracketed acronym after it,
        // and whose capitalized words right before it spell exactly the acronym's first letters, opens at those words.
        private void JoinAcronymLeadWords()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                var open = m.NameFirst + m.NameCount;
                if (m.Kind != MentionKind.Name || m.Actor.Kind != ActorKind.Organization || m.Actor.Entry != null || open + 2 >= _tokens.Length
                    || !IsBracketedAcronym(open) || m.NameFirst == 0)
                {
                    continue;
                }

                var first = AcronymLeadFirst(m.NameFirst, open, Acronym(open + 1));
                if (first < m.NameFirst)
                {
                    RemoveMentionsWithin(first, m.NameFirst, ref i);
                    _mentions.RemoveAt(i);
                    AddNamed(first, open, ActorKind.Organization, null, null, _tt.SentenceOf(first), true);
                }
            }
        }

        // Where the name opens when the capitalized words before `nameFirst` spell the acronym's letters its own
        // initials leave; `nameFirst` otherwise.
        private int AcronymLeadFirst(int nameFirst, int end, string acronym)
        {
            var own = Initials(nameFirst, end);
            if (own.Length == 0 || own.Length >= acronym.Length || !acronym.EndsWith(own, System.StringComparison.Ordinal))
            {
                return nameFirst;
            }

            var missing = acronym.Length - own.Length;
            var spelled = "";
            var first = nameFirst;
            while (first > 0 && nameFirst - first < MaxAcronymLeadWords && spelled.Length < missing && _tokens[first - 1].Kind == TokenKind.Word
                   && _tokens[first - 1].IsCapitalized && _tt.SentenceOf(first - 1) == _tt.SentenceOf(nameFirst))
            {
                first--;
                spelled = Initials(first, first + 1) + spelled;
            }

            return spelled.Length == missing && string.CompareOrdinal(acronym, 0, spelled, 0, missing) == 0 ? first : nameFirst;
        }

        // The capital letters opening the words of [first, end) and their hyphen parts ("Inter-Services" IS).
        private string Initials(int first, int end)
        {
            var sb = new System.Text.StringBuilder();
            for (var t = first; t < end; t++)
            {
                var token = _tokens[t];
                for (var c = token.Start; c < token.End; c++)
                {
                    if ((c == token.Start || _text[c - 1] == '-') && char.IsUpper(_text[c]))
                    {
                        sb.Append(_text[c]);
                    }
                }
            }

            return sb.ToString();
        }
    }
}

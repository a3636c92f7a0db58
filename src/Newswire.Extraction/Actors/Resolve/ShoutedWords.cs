using Newswire.Extraction.Names;
using Newswire.Extraction.Text;

// Resolve: common words written in capitals for emphasis or shouting ("at VERY low prices", "THE GIRL WHO SERVED
// ME") are no names, whatever the tagger or the lexicon's acronyms read.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // A name all of whose words are capitals of words the training text writes in lower case is emphasis in an
        // exclamation ("WOW!", "It is FREE!") or, unless one short word (an acronym: "the NFL", "the MAC East"), in a
        // sentence with lower-case words ("I will NEVER go back", "they had NO PARKING"); a lexicon name is left
        // alone there ("the UN said"). A lexicon acronym spelled like a function word ("IS", "WHO") between two such
        // shouted words ("THE HOSTESS IS NOT FRIENDLY") is the function word.
        private void DropShoutedWords()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                if (m.NameCount == 0 || !IsNameKind(m.Kind) || !CapitalizedCommonWords(m.NameFirst, m.NameFirst + m.NameCount))
                {
                    continue;
                }

                if (m.Actor.Entry == null ? IsEmphasis(m.NameFirst, m.NameCount) : IsShoutedFunctionWord(m.NameFirst, m.NameCount))
                {
                    _mentions.RemoveAt(i);
                }
            }
        }

        private bool IsEmphasis(int first, int count)
        {
            var s = SentenceAt(first);
            var last = _tokens[s.EndToken - 1];
            if (last.Kind != TokenKind.Word && last.Length == 1 && _text[last.Start] == '!')
            {
                return true;
            }

            return (count > 1 || _tokens[first].Length >= 4) && SentenceHasLowerWord(s);
        }

        private bool CapitalizedCommonWords(int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                if (!IsShoutedCommonWord(t))
                {
                    return false;
                }
            }

            return true;
        }

        private bool IsShoutedCommonWord(int t)
        {
            ref readonly var token = ref _tokens[t];
            return token.Kind == TokenKind.Word && token.IsAllCaps && NameTagger.Default.IsCommonLower(_text, token.Start, token.Length);
        }

        private bool SentenceHasLowerWord(Sentence s)
        {
            for (var t = s.FirstToken; t < s.EndToken; t++)
            {
                if (_tokens[t].Kind == TokenKind.Word && _tokens[t].IsLower)
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsShoutedFunctionWord(int first, int count) =>
            count == 1 && ShoutedFunctionWords.Contains(_text, _tokens[first]) && first > 0 && first + 1 < _tokens.Length
            && IsShoutedCommonWord(first - 1) && IsShoutedCommonWord(first + 1)
            && SentenceAt(first - 1).FirstToken == SentenceAt(first + 1).FirstToken;

        // Function words some lexicon acronym spells ("IS" for the Islamic State, "WHO").
        private static readonly TermTable<bool> ShoutedFunctionWords = WordTable("is", "who", "it", "am", "are", "was", "has", "can", "will", "not");
    }
}

// Link: "Mumtaz Zahra" + "Baloch said": a person's later mention cut before a last word that is also a people's
// name or a common word, where the article has already named the person in full.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // A person's name mention followed by the capitalized word that, added to it, spells another person's full
        // name in this article, is a mention of that person with that word (the word's own reading gives way).
        private void JoinCutSurnames()
        {
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                var next = m.NameFirst + m.NameCount;
                if (m.Kind != MentionKind.Name || m.Actor.Kind != ActorKind.Person || m.NameCount < 2 || next >= _tokens.Length
                    || !IsSurnameWord(next) || _tt.SentenceOf(next) != _tt.SentenceOf(m.NameFirst))
                {
                    continue;
                }

                if (PersonNamed(m.NameFirst, next + 1) is not { } full)
                {
                    continue;
                }

                // The cut form was no alias of the person's (AddNameAliases adds it back where the article uses it).
                if (full.HasAliases)
                {
                    full.Aliases.Remove(SpanText(m.NameFirst, next));
                }

                RemoveMentionsWithin(next, next + 1, ref i);
                m = _mentions[i];
                m.Actor = full;
                m.Count = next + 1 - m.First;
                m.NameCount++;
                _mentions[i] = m;
            }
        }

        // A capitalized word of three letters or more that the article never writes in lower case and that is no
        // common sentence opener ("In": a title-case headline's "Rick Santorum In" is no one's full name).
        private bool IsSurnameWord(int t) =>
            _tokens[t].Kind == Text.TokenKind.Word && _tokens[t].IsCapitalized && _tokens[t].Length >= 3 && !UsedInLowerCase(_tokens[t].Hash)
            && !Lexicons.WordLists.CommonCapitalized.Contains(_text, _tokens[t]);

        // The person actor whose name is the text of [first, end), else null.
        private ActorBuilder? PersonNamed(int first, int end)
        {
            var start = _tokens[first].Start;
            var length = _tokens[end - 1].End - start;
            foreach (var actor in _actors)
            {
                if (actor.Kind == ActorKind.Person && actor.Name.Length == length && string.CompareOrdinal(actor.Name, 0, _text, start, length) == 0)
                {
                    return actor;
                }
            }

            return null;
        }
    }
}

using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: a person read from the surname after a particle ("Vries" in "Jan-Willem de Vries") takes the given name
// before the particle.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // The tagger, trained mostly on English names, often misses a given name it has not seen ("Jan-Willem",
        // "Joost") before a particle and keeps only the surname. One or two capitalized words right before the
        // particles, that no mention covers, that are no title ("President de Gaulle") and that the article never uses
        // in lower case, are the person's given names; so too before a capitalized particle opening the name.
        private void JoinGivenNamesBeforeParticles()
        {
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                if (m.Kind != MentionKind.Name || m.Actor.Kind != ActorKind.Person || m.Actor.Entry != null || m.First != m.NameFirst)
                {
                    continue;
                }

                var p = m.NameFirst;
                while (p > 0 && IsParticle(p - 1))
                {
                    p--;
                }

                var given = p;
                var particled = p < m.NameFirst || OpensWithCapitalParticle(m.NameFirst, m.NameFirst + m.NameCount);
                while (particled && given > 0 && p - given < 2 && IsBareGivenName(given - 1, m.NameFirst))
                {
                    given--;
                }

                if (given < p && (given == 0 || !_tokens[given - 1].IsLower || !IsConjunctionOrPreposition(given - 1)))
                {
                    RemoveMentionsWithin(given, p, ref i);
                    ReSpanName(i, given, m.NameFirst + m.NameCount);
                }
            }
        }

        // "Jean-Yves Le Drian", "Anne-Claire De Smet": a French or Dutch surname opens with its particle capitalized,
        // where the tagger keeps only the surname as it does after a lower-case particle.
        private bool OpensWithCapitalParticle(int first, int end) =>
            end - first >= 2 && _tokens[first].Kind == TokenKind.Word && _tokens[first].IsCapitalized && CapitalParticles.Contains(_text, _tokens[first]);

        private static readonly TermTable<bool> CapitalParticles = Table(new[] { "le", "la", "de", "du", "van", "von", "der", "den", "ter", "di", "da", "del", "della" });

        // A capitalized word no other reading holds, or holds alone ("Maarten" read as a place once): not after a
        // preposition ("in Rotterdam de Vries said" is checked by the caller).
        private bool IsBareGivenName(int t, int surname) =>
            _tokens[t].Kind == TokenKind.Word && _tokens[t].IsCapitalized && !_tokens[t].IsAllCaps && _tt.SentenceOf(t) == _tt.SentenceOf(surname)
            && !IsTitleWord(t) && (!IsNameToken(t) || IsLoneWordName(t)) && !UsedInLowerCase(_tokens[t].Hash)
            && !WordLists.CommonCapitalized.Contains(_text, _tokens[t]) && !InList(WordClass.Weekdays, t);

        // Token t is the whole of a one-word name mention of an actor the lexicon does not know and names nowhere else.
        private bool IsLoneWordName(int t)
        {
            foreach (ref readonly var o in _mentions)
            {
                if (o.First <= t && o.First + o.Count > t)
                {
                    return o.First == t && o.Count == 1 && IsNameKind(o.Kind) && o.Actor.Entry == null && !o.Known && MentionCount(o.Actor) == 1;
                }
            }

            return false;
        }
    }
}

using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "Henrike van der Zwaag", "Ulrike von Hagen": a capitalized word, "van" or "von" (with "der", "den" ...) and a
// capitalized surname are a person's name.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Between two capitals "van" and "von" open a Dutch, Flemish or German surname. The tagger reads "van" as the
        // English noun and, before it, misses a given name it has not seen, and then the whole name ("Pieter van der
        // Berg" is read, "Henrike van der Berg" was not). As in NasabNames, one or two given words, the particles and
        // the surname become one person, replacing other readings of its words; a name the lexicon knows (a person, a
        // place such as "Hoek van Holland") keeps its reading, and a title or occupation is no given name.
        private void NameVanVonPersons()
        {
            var next = 0;
            foreach (var t in LowerAfterCapitals())
            {
                if (t < next || !IsVanVon(t) || !IsBareCapitalized(t - 1) || ParticleEnd(t) is var end && end < 0)
                {
                    continue;
                }

                var first = t - 1;
                if (first > 0 && IsBareCapitalized(first - 1) && !IsRoleWord(first - 1) && !UsedInLowerCase(_tokens[first - 1].Hash)
                    && _tt.SentenceOf(first - 1) == _tt.SentenceOf(t))
                {
                    first--;
                }

                if (!IsRoleWord(first) && !InList(WordClass.Weekdays, end - 1) && !HoldsKnownName(first, end))
                {
                    ReplaceWithNewPerson(first, end);
                    next = end;
                }
            }
        }

        // Asked of every cue: the length before the text.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // asked of every token; the length test decides nearly all
        private bool IsVanVon(int t) => _tokens[t].Length == 3 && _tokens[t].Kind == TokenKind.Word && (_tt.Is(t, "van") || _tt.Is(t, "von"));

        // A mention over first..end names something the lexicon knows.
        private bool HoldsKnownName(int first, int end)
        {
            foreach (ref readonly var o in _mentions)
            {
                if (o.First < end && o.First + o.Count > first && (o.Actor.Entry != null || o.Known))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

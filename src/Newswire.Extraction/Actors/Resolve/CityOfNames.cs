using Newswire.Extraction.Text;

// Resolve: "the City of Cleveland": a capitalized "City of" before a place the article reads is part of that place's
// name (CoNLL spans), while the place stays the actor the lexicon or the tagger found.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // In the training text a capitalized "City of" before a capitalized word opens the name 9 times in 11 (6 places,
        // 3 councils) and stands outside it once; OfHeadNames leaves "City" out because it names places as often as
        // bodies, so here the name only grows: the place mention right after "of" takes "City of" (and "the" into its
        // phrase), its kind kept. A "City" another mention covers ("the City of Harwick" read whole) is left alone.
        private void ExtendCityOfPlaces()
        {
            foreach (var name in CapitalsAfterLower())
            {
                var city = name - 2;
                if (city < 0 || _tokens[city].Length != 4 || !_tokens[city].IsCapitalized || _tokens[city].IsAllCaps
                    || !_tt.Is(city, "city") || !_tt.Is(city + 1, "of") || _tt.SentenceOf(city) != _tt.SentenceOf(name) || IsCovered(city))
                {
                    continue;
                }

                for (var i = 0; i < _mentions.Count; i++)
                {
                    var m = _mentions[i];
                    if (m.NameFirst != name || m.First != name || m.Actor.Kind != ActorKind.Location || !IsNameKind(m.Kind))
                    {
                        continue;
                    }

                    var first = city > 0 && IsThe(city - 1) ? city - 1 : city;
                    m.Count += m.First - first;
                    m.First = first;
                    m.NameCount += m.NameFirst - city;
                    m.NameFirst = city;
                    _mentions[i] = m;
                }
            }
        }
    }
}

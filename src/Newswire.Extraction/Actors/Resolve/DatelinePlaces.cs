using Newswire.Extraction.Places;
using Newswire.Extraction.Text;

// Resolve: the capitals of a dateline ("LIMA, May 4 (Wire) -") name a place, not an acronym, when the gazetteer
// knows the words.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // A dateline writes its place in capitals; an unknown all-caps word elsewhere is an acronym (an organization),
        // but here the gazetteer decides. The tagger reads such words as no name, so the mention counts as known
        // (the gazetteer's word), and the place stage resolves it like any other place.
        private bool AddDatelinePlace(int s, int x, int y)
        {
            if ((_tt.Sentences[s].Flags & SentenceFlags.Dateline) == 0)
            {
                return false;
            }

            var places = Gazetteer.Default.Find(PlaceNames.Key(SpanText(x, y)));
            if (!places.MoveNext())
            {
                return false;
            }

            var before = _mentions.Count;
            AddNamed(x, y, ActorKind.Location, null, null, s, false);
            if (_mentions.Count > before)
            {
                var m = _mentions[_mentions.Count - 1];
                m.Known = true;
                _mentions[_mentions.Count - 1] = m;
                if (m.Actor.Entry == null && m.Actor.Name == SpanText(x, y))
                {
                    m.Actor.Name = Gazetteer.Default.ToPlace(places.Current.Entry).Name; // "Lima", as the text writes it elsewhere
                }
            }

            return true;
        }
    }
}

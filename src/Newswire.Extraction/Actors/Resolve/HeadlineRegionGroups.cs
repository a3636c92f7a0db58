using Newswire.Extraction.Text;

// Resolve: "Asian ministers meet in Jakarta": a headline's group named after a continent or a region is shorthand
// for the people the story then names, not an actor of its own.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // A group of no one country ("African leaders", "European ministers", "Gulf states") in a headline stands for
        // the officials and states the body names one by one; a reader lists those, not the headline's phrase. Only a
        // group the body never names again goes (one the body names too may act in its events).
        private void DropHeadlineRegionGroups()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                if (m.Kind == MentionKind.Group && m.Actor.Country == null && m.Actor.Entry == null && InHeadline(m.First)
                    && IsRegionWord(m.First) && OnlyInHeadline(m.Actor))
                {
                    _mentions.RemoveAt(i);
                }
            }
        }

        private bool InHeadline(int t) => _tt.Sentences[_tt.SentenceOf(t)].IsHeadline;

        private bool OnlyInHeadline(ActorBuilder actor)
        {
            foreach (ref readonly var o in _mentions)
            {
                if (ReferenceEquals(o.Actor, actor) && !InHeadline(o.First))
                {
                    return false;
                }
            }

            return true;
        }

        private bool IsRegionWord(int t) => _tokens[t].Kind == TokenKind.Word && _tokens[t].IsCapitalized && RegionWords.Contains(_text, _tokens[t]);

        private static readonly TermTable<bool> RegionWords = Table(new[]
        {
            "asian", "african", "european", "arab", "latin", "american", "americas", "western", "gulf", "nordic", "baltic", "balkan",
            "pacific", "caribbean", "mideast", "middle", "southeast", "south", "north", "east", "west", "central", "global", "world",
            "eurozone", "euro", "g7", "g20", "brics", "asean", "regional",
        });
    }
}

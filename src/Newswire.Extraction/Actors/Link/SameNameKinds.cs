using Newswire.Extraction.Lexicons;

// Link: one name, one actor. "Halden Rovers" read as an organization in one sentence and as a place in the next is one
// actor in the article, of the kind most mentions of its whole name give it. Countries are left alone: a country that acts
// ("Freedonia said") is an organization beside the place of the same name (CountryAsPlace).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void MergeSameNameKinds(int[] names)
        {
            for (var i = 0; i < _actors.Count; i++)
            {
                var a = _actors[i];
                if (names[a.Index] == 0 || IsCountry(a))
                {
                    continue;
                }

                for (var j = i + 1; j < _actors.Count; j++)
                {
                    var b = _actors[j];
                    if (b.Kind == a.Kind || names[b.Index] == 0 || b.Name.Length != a.Name.Length
                        || !string.Equals(a.Name, b.Name, System.StringComparison.OrdinalIgnoreCase) || IsCountry(b))
                    {
                        continue;
                    }

                    if (Outweighs(b, a))
                    {
                        MergeInto(a, b, names);
                        break;
                    }

                    MergeInto(b, a, names);
                }
            }
        }

        private static bool IsCountry(ActorBuilder a) => a.Entry != null && a.Entry.Kind == LexiconKind.Country;

        // More mentions of the whole name win ("Palace" linked by its head word does not count), then the surer one.
        private bool Outweighs(ActorBuilder b, ActorBuilder a)
        {
            var (bCount, bBest) = WholeNameMentions(b);
            var (aCount, aBest) = WholeNameMentions(a);
            return bCount != aCount ? bCount > aCount : bBest > aBest;
        }

        private (int Count, float Best) WholeNameMentions(ActorBuilder actor)
        {
            var count = 0;
            var best = 0f;
            foreach (ref readonly var m in _mentions)
            {
                if (m.Actor == actor && (m.Kind == MentionKind.Name || m.Kind == MentionKind.Acronym) && m.NameCount > 0
                    && SameText(actor.Name, _tokens[m.NameFirst].Start, _tokens[m.NameFirst + m.NameCount - 1].End - _tokens[m.NameFirst].Start))
                {
                    count++;
                    best = System.Math.Max(best, m.Confidence);
                }
            }

            return (count, best);
        }
    }
}

using System.Collections.Generic;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Resolve: the state or country that locates a place ("Cibolo, Texas") is a name of its own (CoNLL: two places).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Names inside a kept place phrase, exported beside it but never read by events (the phrase stays one mention
        // there); with the phrase mention they sit in. Null until an article has one (no allocation otherwise).
        private List<(RawMention Inner, RawMention Phrase)>? _inner;

        // "Cibolo, Texas", "Palmyra, Syria": a place's phrase holds the state or country after its comma; that
        // state or country is a name of its own lexicon actor too.
        private void AddLocatedIn()
        {
            _inner?.Clear();
            for (var m = 0; m < _mentions.Count; m++)
            {
                var mention = _mentions[m];
                var comma = mention.NameFirst + mention.NameCount;
                var end = mention.First + mention.Count;
                if (mention.Kind != MentionKind.Name || mention.Actor.Kind != ActorKind.Location || comma + 1 >= end || !IsComma(comma))
                {
                    continue;
                }

                if (_lex.Match(_tt, _wordIds, comma + 1, end, false, out var match) && match.TokenCount == end - comma - 1
                    && (match.Entry.Kind == LexiconKind.Country || match.Entry.Kind == LexiconKind.Place))
                {
                    AddLocatingPlace(comma + 1, end, match.Entry, mention);
                }
            }
        }

        private void AddLocatingPlace(int first, int end, LexiconEntry entry, RawMention phrase)
        {
            if (!_byEntry.TryGetValue(entry.Id, out var actor))
            {
                actor = NewActor(entry.Name, ActorKind.Location, entry.Country, entry, _tokens[first].Start);
                if (actor == null)
                {
                    return;
                }

                _byEntry[entry.Id] = actor;
            }

            if (actor.Kind == ActorKind.Location && actor != phrase.Actor)
            {
                var inner = RawMention.Name(first, end, actor, Confidences.LexiconOnly, known: true);
                (_inner ??= new List<(RawMention, RawMention)>()).Add((inner, phrase));
            }
        }

        // Inner names whose phrase mention was kept, in the order of the kept mentions; gives their actors a result
        // index when they have no kept mention of their own.
        private void KeepInnerNames(RefList<RawMention> kept, List<ActorBuilder> used)
        {
            if (_inner == null || _inner.Count == 0)
            {
                return;
            }

            var write = 0;
            for (var i = 0; i < _inner.Count; i++)
            {
                var (inner, phrase) = _inner[i];
                if (!IsKept(kept, phrase) && !(phrase.Kind == MentionKind.Description && !Overlaps(kept, inner)))
                {
                    continue;
                }

                if (inner.Actor.ResultIndex < 0)
                {
                    inner.Actor.ResultIndex = used.Count;
                    used.Add(inner.Actor);
                }

                inner.Actor.SpanCount++;
                _inner[write++] = (inner, phrase);
            }

            _inner.RemoveRange(write, _inner.Count - write);
        }

        // A role's organization (RoleComplementNames) stands alone when another description won its phrase's place
        // ("Hu Shih, the leader of the X": "the leader" is Hu Shih's) and no kept mention covers it.
        private static bool Overlaps(RefList<RawMention> kept, RawMention inner)
        {
            foreach (ref readonly var m in kept)
            {
                if (m.First < inner.First + inner.Count && inner.First < m.First + m.Count)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsKept(RefList<RawMention> kept, RawMention phrase)
        {
            foreach (ref readonly var m in kept)
            {
                if (m.First == phrase.First && m.Count == phrase.Count && m.Actor == phrase.Actor)
                {
                    return true;
                }
            }

            return false;
        }

        // The kept inner names as name mentions of their actors, in text order among each actor's mentions.
        private void ExportInnerNames(AnalysisDocument? document, List<MentionSpan>[] perActor)
        {
            if (_inner == null)
            {
                return;
            }

            foreach (var (inner, _) in _inner)
            {
                var start = _tokens[inner.First].Start;
                var span = new TextSpan(start, _tokens[inner.First + inner.Count - 1].End - start);
                var list = perActor[inner.Actor.ResultIndex];
                var at = list.Count;
                while (at > 0 && list[at - 1].Start > start)
                {
                    at--;
                }

                list.Insert(at, Export(document, span, MentionForm.Name, inner.Confidence));
                if (inner.Confidence > inner.Actor.Confidence)
                {
                    inner.Actor.Confidence = inner.Confidence;
                }
            }
        }
    }
}

using Newswire.Extraction.Model;
using Newswire.Extraction.Places;
using Newswire.Extraction.Text;

// Resolve: names joined by a lower-case particle: "Maria da Costa Ferreira" is one person; "Rio Grande do Sul" and
// "Santiago de Compostela" one place each when the gazetteer knows the whole name.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Names of Portuguese, Spanish, French and Italian places join their words with a lower-case particle ("Mato
        // Grosso do Sul", "Ciudad del Este"); the tagger, trained on English text, stops at the particle and keeps the
        // first words as the place. A place (or a name of no kind yet) goes on over the particle and one or two
        // capitalized words when the gazetteer knows the longer name, or when a place noun and "of" open it ("the port
        // town of Mocimboa da Praia": the phrase says the whole run is one place's name, as the gazetteer would); the
        // words after the particle are then no name of their own.
        private void JoinPlaceParticles()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                var end = m.NameFirst + m.NameCount;
                if (!IsNameKind(m.Kind) || m.Actor.Kind != ActorKind.Location || end + 1 >= _tokens.Length || !IsPlaceParticle(end))
                {
                    continue;
                }

                var newEnd = ParticlePlaceEnd(m.NameFirst, end);
                if (newEnd == end && AfterPlaceNounOf(m.NameFirst))
                {
                    newEnd = CapitalsAfterParticleEnd(end);
                }

                if (newEnd == end)
                {
                    continue;
                }

                RemoveMentionsWithin(end, newEnd, ref i);
                _mentions.RemoveAt(i);
                AddKnownPlace(m.NameFirst, newEnd);
            }
        }

        // "Santiago de Compostela" read as a person (a given name, a particle, a surname): a name the lexicon does not
        // know, with a particle inside, that the gazetteer knows as a town of some size, a region or a country, is
        // that place.
        private void RetypeParticlePlaces()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                if (!IsNameKind(m.Kind) || m.Actor.Kind != ActorKind.Person || m.Actor.Entry != null || m.NameCount < 3
                    || !HasParticleInside(m.NameFirst, m.NameFirst + m.NameCount)
                    || !IsSizablePlace(m.NameFirst, m.NameFirst + m.NameCount))
                {
                    continue;
                }

                _mentions.RemoveAt(i);
                AddKnownPlace(m.NameFirst, m.NameFirst + m.NameCount);
            }
        }

        // "Maria da Costa Ferreira", "Pieter van der Berg": two person names with only particles between them are one
        // person (in the training text a particle between two parts of a person's name is inside the name 41 times
        // in 41); the tagger, trained mostly on English names, ends the first part at the particle. This joins two
        // names the tagger read; PersonNameParts.cs (whose particle table this shares) goes on from one name over a
        // particle and a single word.
        private void JoinPersonParticles()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                var end = m.NameFirst + m.NameCount;
                if (!IsNameKind(m.Kind) || m.Actor.Kind != ActorKind.Person || m.Actor.Entry != null || m.First != m.NameFirst && m.First + m.Count != end)
                {
                    continue;
                }

                var after = end;
                while (after < _tokens.Length && after - end < 2 && IsParticle(after))
                {
                    after++;
                }

                var next = after > end ? PersonNameAt(after) : -1;
                if (next < 0 || _mentions[next].Actor.Entry != null || _tt.SentenceOf(after) != _tt.SentenceOf(end))
                {
                    continue;
                }

                var last = _mentions[next].NameFirst + _mentions[next].NameCount;
                var surname = SpanText(after, last);
                RemoveMentionsWithin(end, last, ref i);
                _mentions.RemoveAt(i);
                var before = _mentions.Count;
                AddNamed(m.NameFirst, last, ActorKind.Person, null, null, _tt.SentenceOf(m.NameFirst), false);
                if (_mentions.Count > before)
                {
                    MoveMentions(surname, _mentions[_mentions.Count - 1].Actor);
                }
            }
        }

        // The second part named again ("Costa Ferreira said" after "Maria da Costa Ferreira", whatever the tagger read
        // it as there) names the whole person.
        private void MoveMentions(string surname, ActorBuilder to)
        {
            for (var k = 0; k < _mentions.Count; k++)
            {
                var o = _mentions[k];
                if (IsNameKind(o.Kind) && o.Actor.Entry == null && o.NameCount == o.Count
                    && string.Equals(SpanText(o.NameFirst, o.NameFirst + o.NameCount), surname, System.StringComparison.Ordinal))
                {
                    o.Actor = to;
                    _mentions[k] = o;
                }
            }
        }

        // The end of the longest "<particle> <Capitalized> [<Capitalized>]" run (twice at most: "São José dos Campos")
        // after the name that makes a name the gazetteer knows; `end` when none does.
        private int ParticlePlaceEnd(int first, int end)
        {
            var sentence = _tt.SentenceOf(end);
            var best = end;
            var j = end;
            for (var group = 0; group < 2 && j + 1 < _tokens.Length && IsPlaceParticle(j); group++)
            {
                var k = j + 1;
                while (k < _tokens.Length && k - j <= 2 && _tt.SentenceOf(k) == sentence && _tokens[k].Kind == TokenKind.Word && _tokens[k].IsCapitalized)
                {
                    k++;
                    if (Gazetteer.Default.Find(PlaceNames.Key(SpanText(first, k))).MoveNext())
                    {
                        best = k;
                    }
                }

                if (k == j + 1)
                {
                    break;
                }

                j = k;
            }

            return best;
        }

        // The end of one or two capitalized words in the particle's sentence after the particle at j; j when none follows.
        private int CapitalsAfterParticleEnd(int j)
        {
            var k = j + 1;
            while (k < _tokens.Length && k - j <= 2 && _tt.SentenceOf(k) == _tt.SentenceOf(j) && _tokens[k].Kind == TokenKind.Word && _tokens[k].IsCapitalized)
            {
                k++;
            }

            return k == j + 1 ? j : k;
        }

        private bool HasParticleInside(int first, int end)
        {
            for (var t = first + 1; t < end - 1; t++)
            {
                if (IsPlaceParticle(t))
                {
                    return true;
                }
            }

            return false;
        }

        // Towns named like people are common ("San Martín"); only a sizable town, a region or a country overrules the person.
        private bool IsSizablePlace(int first, int end) => IsGazetteerPlace(first, end, SizablePopulation);

        // Whether the gazetteer knows first..end as a place: any region or country, or a town of at least this many people.
        private bool IsGazetteerPlace(int first, int end, long minTownPopulation)
        {
            foreach (var (index, _) in Gazetteer.Default.Find(PlaceNames.Key(SpanText(first, end))))
            {
                var place = Gazetteer.Default[index];
                if (place.Kind != PlaceKind.City || place.Population >= minTownPopulation)
                {
                    return true;
                }
            }

            return false;
        }

        private const long SizablePopulation = 50_000;

        private void AddKnownPlace(int first, int end)
        {
            var before = _mentions.Count;
            AddNamed(first, end, ActorKind.Location, null, null, _tt.SentenceOf(first), false);
            if (_mentions.Count > before)
            {
                var added = _mentions[_mentions.Count - 1];
                added.Known = true;
                _mentions[_mentions.Count - 1] = added;
            }
        }

        private bool IsPlaceParticle(int j) => _tokens[j].Kind == TokenKind.Word && _tokens[j].IsLower && PlaceParticleWords.Contains(_text, _tokens[j]);

        private static readonly TermTable<bool> PlaceParticleWords = Table(new[]
        {
            "do", "da", "dos", "das", "de", "del", "della", "di", "du", "des", "la", "las", "los", "el",
        });
    }
}

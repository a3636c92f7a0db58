using System.Collections.Generic;
using Newswire.Extraction.Text;

// Resolve: "Harwick International Stadium", "Kessel Arena", "Estadio Marlow", "King Tomas Stadium": a venue is a
// place, whatever its middle words ("International", a sponsor, a person's name and title) made the tagger read.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // A name of two or more words that ends in a venue head (English) or opens with one (the word order of
        // Spanish, Portuguese, French, Italian and German names) is a location, as CoNLL and a reader type stadiums
        // and airports; a capitalized title before a person's name in it ("Prince", "King") is part of the venue's
        // name. Names the lexicon knows keep their kind.
        private void RetypeVenueNames()
        {
            List<(int First, int End)>? venues = null;
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                if (!IsNameKind(m.Kind) || m.Actor.Kind == ActorKind.Location || m.Actor.Entry != null || m.Known)
                {
                    continue;
                }

                var end = m.NameFirst + m.NameCount;
                if (m.NameCount >= 2 && (IsVenueWord(VenueHeads, end - 1) || IsVenueWord(VenueOpeners, m.NameFirst) || LocatedPlaceHead(m.First, end)))
                {
                    _mentions.RemoveAt(i);
                    (venues ??= new List<(int, int)>()).Add((CapitalizedTitleStart(m.First, m.NameFirst), end));
                }
                else if (m.NameFirst > 0 && IsVenueWord(VenueOpeners, m.NameFirst - 1) && MentionCovering(m.NameFirst - 1) < 0)
                {
                    // "Estadio Tomas Varga": the opener left out of the person's name the venue is named after.
                    _mentions.RemoveAt(i);
                    (venues ??= new List<(int, int)>()).Add((m.NameFirst - 1, end));
                }
            }

            for (var r = (venues?.Count ?? 0) - 1; r >= 0; r--)
            {
                var (first, end) = venues![r];
                AddNamed(first, end, ActorKind.Location, null, null, _tt.SentenceOf(first), false);
            }
        }

        // The first of the capitalized words that open the phrase before its name ("Prince" in "Prince Tomas
        // Stadium"), or the name's first token when the phrase opens otherwise ("the").
        private int CapitalizedTitleStart(int phraseFirst, int nameFirst)
        {
            var first = nameFirst;
            while (first > phraseFirst && _tokens[first - 1].IsCapitalized && _tokens[first - 1].Kind == TokenKind.Word
                   && !IsArticle(first - 1))
            {
                first--;
            }

            return first;
        }

        // "at Harwick Park", "in Tahrir Square": a head that also ends surnames and clubs ("Park", "Palace") names a place
        // right after a preposition of place, with no possessive after it ("at Tom Hall's house"). In the training
        // text such names after "at"/"in" were places 27 times in 28.
        private bool LocatedPlaceHead(int phraseFirst, int end) =>
            IsVenueWord(LocatedHeads, end - 1) && phraseFirst > 0 && _tokens[phraseFirst - 1].IsLower
            && VenuePrepositions.Contains(_text, _tokens[phraseFirst - 1])
            && !(end < _tokens.Length && _tokens[end].Kind == TokenKind.Possessive);

        private static readonly TermTable<bool> LocatedHeads = WordTable(
            "park", "square", "field", "gardens", "garden", "street", "road", "avenue", "bridge", "palace", "hall");

        private static readonly TermTable<bool> VenuePrepositions = WordTable("at", "in", "near", "outside", "inside");

        private bool IsVenueWord(TermTable<bool> table, int t) => _tokens[t].IsCapitalized && table.Contains(_text, _tokens[t]);

        private static readonly TermTable<bool> VenueHeads = WordTable(
            "stadium", "arena", "airport", "stadion", "velodrome", "racecourse", "speedway", "ballpark", "coliseum", "colosseum");

        private static readonly TermTable<bool> VenueOpeners = WordTable(
            "estadio", "estádio", "stade", "stadio", "stadion", "aeropuerto", "aeroporto", "aéroport", "flughafen");
    }
}

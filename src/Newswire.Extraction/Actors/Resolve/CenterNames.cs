using System.Collections.Generic;
using Newswire.Extraction.Text;

// Resolve: a "<use> Center" is a building or a venue, not a body ("Harwick Convention Center").
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // "Harwick Convention Center", "Kessel Learning Centre": "Center" reads as an organization head, but a name that
        // ends in it with no "of" or "for" names a place in the training text 36 times in 50. The word before the head
        // tells them apart: a venue's or a building's use ("Convention", "Training", "Science") makes a place; the
        // others ("Kessel Policy Center", "Harwick Medical Center") stay bodies, as measured they are too mixed.
        private void RetypeCenterNames()
        {
            List<(int First, int End)>? places = null;
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                var end = m.NameFirst + m.NameCount;
                if (m.Actor.Kind != ActorKind.Organization || m.NameCount < 2 || m.Actor.Entry != null || !IsNameKind(m.Kind)
                    || !IsCenterHead(end - 1) || !VenueModifiers.Contains(_text, _tokens[end - 2]))
                {
                    continue;
                }

                _mentions.RemoveAt(i);
                (places ??= new List<(int, int)>()).Add((m.NameFirst, end));
            }

            if (places == null)
            {
                return;
            }

            for (var r = places.Count - 1; r >= 0; r--)
            {
                var (first, end) = places[r];
                AddNamed(first, end, ActorKind.Location, null, null, _tt.SentenceOf(first), true);
            }
        }

        private bool IsCenterHead(int t) =>
            _tokens[t].IsCapitalized && _tokens[t].Length == 6 && (_tt.Is(t, "center") || _tt.Is(t, "centre"));

        // Words before "Center" that make it a venue or a building.
        private static readonly TermTable<bool> VenueModifiers = WordTable(
            "convention", "conference", "exhibition", "expo", "training", "learning", "science", "civic", "city", "town",
            "trade", "space", "art", "arts", "cultural", "culture", "community", "shopping", "sports", "visitors", "visitor",
            "detention", "events", "entertainment", "performing", "aquatic", "recreation", "fitness", "student", "youth",
            "heritage", "nature", "garden", "congress", "leisure", "transit", "distribution", "logistics", "holding");
    }
}

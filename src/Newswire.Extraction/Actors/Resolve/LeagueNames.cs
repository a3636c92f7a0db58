using System.Collections.Generic;
using Newswire.Extraction.Text;

// Resolve: "La Liga", "Harwick Premier League", "Ligue 1": a league is no place or person, though its article ("La")
// or a country word inside it makes it look like a place.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // A name read as a location or a person whose last word is a league word, or whose first is one before a number or a
        // letter ("Serie A", "Ligue 1"), is the league's organization (the body that runs it, as a reader lists it).
        private void RetypeLeagueNames()
        {
            List<(ActorBuilder Actor, ActorKind Kind)>? retyped = null;
            foreach (ref readonly var m in _mentions)
            {
                if (IsNameKind(m.Kind) && m.Actor.Kind != ActorKind.Organization && m.Actor.Entry == null && !m.Known
                    && IsLeagueName(m.NameFirst, m.NameFirst + m.NameCount) && !Listed(retyped, m.Actor))
                {
                    (retyped ??= new List<(ActorBuilder, ActorKind)>()).Add((m.Actor, ActorKind.Organization));
                }
            }

            if (retyped != null)
            {
                RetypeActors(retyped);
            }
        }

        private bool IsLeagueName(int first, int end)
        {
            if (LeagueWords.Contains(_text, _tokens[end - 1]))
            {
                return end - first >= 2;
            }

            return end - first == 2 && LeagueWords.Contains(_text, _tokens[first]) && _tokens[end - 1].Length <= 2;
        }

        private static readonly TermTable<bool> LeagueWords = WordTable("league", "liga", "ligue", "lega", "serie", "superliga", "bundesliga");
    }
}

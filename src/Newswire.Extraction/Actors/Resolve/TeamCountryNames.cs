using System.Collections.Generic;

// Resolve: "Team USA", "Team Estonia": a capitalized "Team" right before a place's name makes one organization's name,
// the national side, of that place's country.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // In the training text a capitalized "Team" before a name is in that name 4 times in 4 ("Team USA", "Team
        // Estonia"); before a word that names nothing it is a common noun ("Team Manager", "Dream Team Fund"), which
        // a place's name never is. Only a place the reading found, so "Team Manager" and an all-caps "TEAM" are left.
        private void JoinTeamPlaceNames()
        {
            List<(int First, int End, string? Country)>? teams = null;
            foreach (ref readonly var m in _mentions)
            {
                var team = m.NameFirst - 1;
                if (team < 0 || m.First != m.NameFirst || m.Actor.Kind != ActorKind.Location || !IsNameKind(m.Kind) || m.NameCount > 3
                    || _tokens[team].Length != 4 || !_tokens[team].IsCapitalized || _tokens[team].IsAllCaps || !_tt.Is(team, "team")
                    || _tt.SentenceOf(team) != _tt.SentenceOf(m.NameFirst) || IsCovered(team))
                {
                    continue;
                }

                (teams ??= new List<(int, int, string?)>()).Add((team, m.NameFirst + m.NameCount, m.Actor.Country));
            }

            foreach (var (first, end, country) in teams ?? new List<(int, int, string?)>())
            {
                RemoveMentionsOver(first, end);
                AddNamed(first, end, ActorKind.Organization, country, null, _tt.SentenceOf(first), false);
            }
        }
    }
}

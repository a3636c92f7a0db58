using System.Collections.Generic;
using System.Linq;
using Newswire.Extraction.Text;

// Resolve: sports clubs named by a place and a plural nickname ("Harwick Falcons", "Kessel Bay Herons"), which the
// tagger reads as a person or cuts to the place.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Three readings of a club's name, each by its nickname (a closed table of plural team nicknames):
        // "Harwick Falcons" read as a person or a place is the club; a place followed by one or two capitalized words
        // ending in a nickname ("Kessel" + "Bay Herons") opens the club's name; and the nickname alone read as a
        // person or place after the club was named ("the Falcons" as "Falcons") names the club.
        private void ResolveTeamNames()
        {
            List<(int First, int End)>? clubs = null;
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                var end = m.NameFirst + m.NameCount;
                if (!IsNameKind(m.Kind) || m.Actor.Kind == ActorKind.Organization)
                {
                    if (IsNameKind(m.Kind) && m.NameCount >= 4 && m.Actor.Entry == null && ClubOfLeague(m.NameFirst, end) is var of && of > 0)
                    {
                        _mentions.RemoveAt(i);
                        var league = _tt.Is(of + 1, "the") ? of + 2 : of + 1;
                        (clubs ??= new List<(int, int)>()).Add((m.NameFirst, of));
                        clubs.Add((league, end));
                    }

                    continue;
                }

                if (m.NameCount >= 2 && m.Actor.Entry == null && (IsNickname(end - 1) || IsClubMarker(m.NameFirst, true) || IsClubMarker(end - 1, false)))
                {
                    _mentions.RemoveAt(i);
                    (clubs ??= new List<(int, int)>()).Add((m.NameFirst, end));
                }
                else if (PlaceClubSpan(m, end, ref i) is var club && club.First >= 0)
                {
                    (clubs ??= new List<(int, int)>()).Add(club);
                }
            }

            if (clubs != null)
            {
                for (var r = clubs.Count - 1; r >= 0; r--)
                {
                    var (first, end) = clubs[r];
                    AddNamed(first, end, ActorKind.Organization, null, null, _tt.SentenceOf(first), true);
                }

                LinkLoneNicknames();
            }
        }

        // "the Harwick Falcons of the Kessel Football League": the "of" after a club's nickname, where the club's name
        // ends and its league's begins (0: none).
        private int ClubOfLeague(int first, int end)
        {
            for (var t = first + 2; t < end - 1; t++)
            {
                if (_tokens[t].IsLower && _tt.Is(t, "of") && IsNickname(t - 1))
                {
                    return _tt.Is(t + 1, "the") && t + 2 >= end ? 0 : t;
                }
            }

            return 0;
        }

        private bool IsNickname(int t) => _tokens[t].IsCapitalized && !_tokens[t].IsAllCaps && TeamNicknames.Contains(_text, _tokens[t]);

        // "FC Harwick", "Kessel Athletic", "Real Dunmore": a word that marks a club's name at its start or end.
        private bool IsClubMarker(int t, bool opens) =>
            (_tokens[t].IsCapitalized || _tokens[t].IsAllCaps) && ClubMarkers.TryGet(_text, _tokens[t], out var opensOnly) && (opens || !opensOnly);

        // Where a club's name led by the place ending before `first` ends: after one or two capitalized words of the
        // same sentence, the last a nickname ("Bay Herons"); `first` when the words after the place are none such.
        private int PlaceLedClubEnd(int first)
        {
            if (first >= _tokens.Length || !_tokens[first].IsCapitalized || _tt.SentenceOf(first) != _tt.SentenceOf(first - 1))
            {
                return first;
            }

            for (var end = first + 1; end <= first + 2 && end <= _tokens.Length; end++)
            {
                var last = end - 1;
                if (_tokens[last].Kind != TokenKind.Word || !_tokens[last].IsCapitalized || _tt.SentenceOf(last) != _tt.SentenceOf(first))
                {
                    return first;
                }

                if (IsNickname(last))
                {
                    return end;
                }
            }

            return first;
        }

        // Removes the mentions that lie within tokens [first, end) (the tagger's or the rules' reading of the words
        // after the place), keeping index i pointing at the same mention.
        private void RemoveMentionsWithin(int first, int end, ref int i)
        {
            for (var k = _mentions.Count - 1; k >= 0; k--)
            {
                var o = _mentions[k];
                if (o.First >= first && o.First + o.Count <= end)
                {
                    _mentions.RemoveAt(k);
                    if (k < i)
                    {
                        i--;
                    }
                }
            }
        }

        // "He led the Falcons": a nickname alone read as a person or place names the club named before it.
        private void LinkLoneNicknames()
        {
            var count = _mentions.Count;
            for (var i = count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                if (m.NameCount != 1 || m.Actor.Kind == ActorKind.Organization || m.Actor.Entry != null || !IsNameKind(m.Kind)
                    || !IsNickname(m.NameFirst) || LatestOrganizationEndingIn(m.NameFirst, count) is not { } club)
                {
                    continue;
                }

                m.Actor = club;
                m.First = m.NameFirst;
                m.Count = 1;
                _mentions[i] = m;
            }
        }

        // Words that open or close a club's name ("FC", "Athletic"); true where the word only opens one ("Real").
        private static readonly TermTable<bool> ClubMarkers = ClubMarkerTable();

        private static TermTable<bool> ClubMarkerTable()
        {
            var table = new TermTable<bool>(20);
            foreach (var w in new[] { "fc", "afc", "cf", "sc", "fk", "sk", "ac", "sv", "athletic", "sporting", "dynamo", "dinamo", "united" })
            {
                table.Set(w, false);
            }

            foreach (var w in new[] { "real", "atletico", "olympique", "borussia" }.Concat(ClubWords.CityClubWords))
            {
                table.Set(w, true);
            }

            return table;
        }

        // Plural nicknames of sports clubs (the last word of "<place> <nickname>"); words that also end common
        // capitalized phrases after a place ("Senators", "Capitals", "Blues") are not listed.
        private static readonly TermTable<bool> TeamNicknames = WordTable(
            "eagles", "falcons", "hawks", "owls", "ravens", "cardinals", "orioles", "jays", "herons", "pelicans", "seahawks",
            "lions", "tigers", "bears", "wolves", "panthers", "jaguars", "leopards", "cougars", "bulldogs", "broncos",
            "mustangs", "colts", "stallions", "bulls", "rams", "bison", "sharks", "dolphins", "marlins", "rays", "pirates",
            "raiders", "buccaneers", "vikings", "knights", "warriors", "titans", "giants", "saints", "angels", "devils",
            "demons", "chiefs", "braves", "rangers", "rovers", "wanderers", "dockers", "packers", "steelers", "cowboys",
            "patriots", "royals", "kings", "yankees", "dodgers", "cubs", "reds", "sox", "twins", "padres", "astros",
            "rockies", "brewers", "mariners", "cavaliers", "celtics", "lakers", "rockets", "spurs", "suns", "hornets",
            "jets", "flyers", "canucks", "oilers", "flames", "sabres", "bruins", "penguins", "predators", "hurricanes",
            "crusaders", "highlanders", "chargers", "bengals", "browns", "gunners", "magpies", "foxes", "dragons",
            "cyclones", "wildcats", "bobcats", "gophers", "badgers", "wolverines", "huskies", "terriers", "gators",
            "trojans", "spartans", "mavericks", "nuggets", "pistons", "clippers", "grizzlies", "bucks", "nets", "pacers",
            "raptors", "timberwolves", "blazers", "leafs", "whalers", "redskins", "seagulls", "swans", "kangaroos",
            "roosters", "thunderbirds", "blackhawks", "diamondbacks", "phillies", "expos", "mets");
    }
}

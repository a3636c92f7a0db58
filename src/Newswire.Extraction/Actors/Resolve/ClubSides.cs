using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Places;
using Newswire.Extraction.Text;

// Resolve: "Al Masry drew 0-0 with Ismaily", "Harwick beat Bayer Kessel 3-1": a side of a reported match read as
// a person is a club when its name is shaped like one.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // MatchSides reads towns; the tagger reads many club names as persons: one word ("Ismaily"), an Arabic
        // article and a word ("Al Masry"), or a word and a town ("Bayer Kessel", "Raja Marlow"). In a sentence that
        // reports a result, such a side is a club (with its town's country), unless the person has a role, a
        // description or pronoun. A player who is a side (tennis, boxing) is named in full first, and his surname
        // links to that person, whose name is no longer one word: this rule leaves him.
        private void RetypeClubSides()
        {
            List<(ActorBuilder Actor, ActorKind Kind)>? retyped = null;
            List<(ActorBuilder Actor, string Country)>? countries = null;
            var lastSentence = -1;
            var report = false;
            foreach (ref readonly var m in _mentions)
            {
                if (!IsNameKind(m.Kind) || m.Actor.Kind != ActorKind.Person || m.Actor.Entry != null || m.NameCount > 3
                    || Listed(retyped, m.Actor))
                {
                    continue;
                }

                var s = _tt.SentenceOf(m.NameFirst);
                if (s != lastSentence)
                {
                    lastSentence = s;
                    report = IsMatchReport(s) || (IsFixture(s) && AnyMatchReport());
                }

                var end = m.NameFirst + m.NameCount;
                if (!report || !(IsClubSide(s, m.NameFirst, end) || AfterFixtureVerb(m.NameFirst)) || !HasNoPersonLinks(m.Actor))
                {
                    continue;
                }

                var town = ClubTown(m.NameFirst + m.NameCount - 1);
                if ((m.NameCount == 1 && m.Actor.Name.IndexOf(' ') < 0) || IsArabicArticle(m.NameFirst) || town != null)
                {
                    (retyped ??= new List<(ActorBuilder, ActorKind)>()).Add((m.Actor, ActorKind.Organization));
                    if (town != null)
                    {
                        (countries ??= new List<(ActorBuilder, string)>()).Add((m.Actor, town));
                    }
                }
            }

            if (retyped != null)
            {
                RetypeActors(retyped);
                KeepClubCountries(countries);
            }
        }

        // "Raja Marlow lost 2-0": a club's own word before its town is left out of every name (the town alone is read),
        // so a side that is a word no name holds and a town after it is the club, of the town's country. Before
        // MatchSides, which would read the town alone as the club.
        private void JoinClubTowns()
        {
            List<(int First, int End, string? Country)>? clubs = null;
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                var word = m.NameFirst - 1;
                if (!IsNameKind(m.Kind) || m.Actor.Kind != ActorKind.Location || m.Actor.Entry is { Kind: LexiconKind.Country }
                    || m.First != m.NameFirst || word < 0 || !IsClubWordBefore(word) || !IsMatchReport(_tt.SentenceOf(word))
                    || !IsClubSide(_tt.SentenceOf(word), word, m.NameFirst + m.NameCount))
                {
                    continue;
                }

                _mentions.RemoveAt(i);
                (clubs ??= new List<(int, int, string?)>()).Add((word, m.NameFirst + m.NameCount, m.Actor.Country));
            }

            for (var r = (clubs?.Count ?? 0) - 1; r >= 0; r--)
            {
                var (first, end, country) = clubs![r];
                AddNamed(first, end, ActorKind.Organization, country, null, _tt.SentenceOf(first), false);
            }
        }

        // A capitalized word in the same sentence, in no name, and no word that opens sentences ("In", "The").
        private bool IsClubWordBefore(int t) =>
            _tokens[t].Kind == TokenKind.Word && _tokens[t].IsCapitalized && _tt.SentenceOf(t) == _tt.SentenceOf(t + 1)
            && !WordLists.CommonCapitalized.Contains(_text, _tokens[t]) && MentionCovering(t) < 0;

        // "Kessel face Bayer Marlow on Wednesday": in a story that reports a result elsewhere, a sentence with a
        // fixture verb names its sides as a result does (its subject, the name after the verb).
        private bool IsFixture(int sentence)
        {
            var first = _tt.Sentences[sentence].FirstToken;
            for (var t = first; t < first + _tt.Sentences[sentence].TokenCount; t++)
            {
                if (_tokens[t].IsLower && FixtureVerbs.Contains(_text, _tokens[t]))
                {
                    return true;
                }
            }

            return false;
        }

        private bool AnyMatchReport()
        {
            if (_anyMatchReport == 0)
            {
                _anyMatchReport = 2;
                for (var s = 0; s < _tt.Sentences.Length && _anyMatchReport == 2; s++)
                {
                    _anyMatchReport = IsMatchReport(s) ? 1 : 2;
                }
            }

            return _anyMatchReport == 1;
        }

        // 0: not asked yet, 1: the story reports a result, 2: it does not (then ApplyNameRules skips the side rules).
        private int _anyMatchReport;

        private bool AfterFixtureVerb(int first) => first > 0 && _tokens[first - 1].IsLower && FixtureVerbs.Contains(_text, _tokens[first - 1]);

        private static readonly TermTable<bool> FixtureVerbs = WordTable(
            "face", "faces", "host", "hosts", "play", "plays", "meet", "meets", "visit", "visits");

        // A side as MatchSides reads one, or a name right before a result word ("and Harwick lost 2-0") or right after
        // a noun for a club ("city rivals Kessel").
        private bool IsClubSide(int sentence, int first, int end) =>
            IsMatchSide(sentence, first)
            || (end < _tokens.Length && _tokens[end].IsLower && ResultWords.Contains(_text, _tokens[end]))
            || (first > 0 && _tokens[first - 1].IsLower && ClubNouns.Contains(_text, _tokens[first - 1]));

        private static readonly TermTable<bool> ClubNouns = WordTable(
            "rivals", "champions", "leaders", "side", "club", "hosts", "visitors", "holders", "opponents", "neighbours", "neighbors");

        // No role, and only name mentions (no description or pronoun linked to a person).
        private bool HasNoPersonLinks(ActorBuilder actor)
        {
            if (actor.RoleCount > 0)
            {
                return false;
            }

            foreach (ref readonly var m in _mentions)
            {
                if (m.Actor == actor && !IsNameKind(m.Kind))
                {
                    return false;
                }
            }

            return true;
        }

        // "Al", "El" (the Arabic article as clubs spell it), alone or hyphenated ("Al-Wahda").
        private bool IsArabicArticle(int t)
        {
            var token = _tokens[t];
            if (token.Length < 2 || (_text[token.Start] != 'A' && _text[token.Start] != 'E') || _text[token.Start + 1] != 'l')
            {
                return false;
            }

            return token.Length == 2 || (token.Length > 3 && _text[token.Start + 2] == '-');
        }

        // The country of the town a club's last word names (a town of some size, so a surname is rarely one), or null.
        private string? ClubTown(int t)
        {
            foreach (var (index, _) in Gazetteer.Default.Find(PlaceNames.Key(SpanText(t, t + 1))))
            {
                var place = Gazetteer.Default[index];
                if (place.Kind == PlaceKind.City && place.Population >= SizablePopulation && place.Country != null)
                {
                    return place.Country;
                }
            }

            return null;
        }

        // The retyped clubs' new actors take their town's country (found by name: RetypeActors made new actors).
        private void KeepClubCountries(List<(ActorBuilder Actor, string Country)>? clubs)
        {
            if (clubs == null)
            {
                return;
            }

            foreach (ref readonly var m in _mentions)
            {
                if (m.Actor.Kind != ActorKind.Organization || m.Actor.Country != null)
                {
                    continue;
                }

                foreach (var (old, country) in clubs)
                {
                    if (string.Equals(old.Name, m.Actor.Name, System.StringComparison.Ordinal))
                    {
                        m.Actor.Country = country;
                        break;
                    }
                }
            }
        }
    }
}

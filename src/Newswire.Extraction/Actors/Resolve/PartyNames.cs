using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "the ruling Pastef party", "the Islamist Ennahda party", "Mozambique's Frelimo party": agency copy names a
// party or armed group by its name before a lower-case head, after "the" (and a modifier or two) or a possessive.
// The name alone is the organization (CoNLL: "Ennahda"); the tagger, trained on "X Party" in capitals, misses it.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private const int MaxPartyNameWords = 3;
        private const int MaxPartyModifiers = 2;

        private void NamePartiesBeforeHeads()
        {
            foreach (var n in LowerAfterCapitals())
            {
                if (!PartyHeads.Contains(_text, _tokens[n]) || !(IsCapitalizedBareWord(n - 1) || IsLonePersonWord(n - 1)))
                {
                    continue;
                }

                var first = n - 1;
                while (first > 0 && n - first < MaxPartyNameWords && IsCapitalizedBareWord(first - 1) && _tt.SentenceOf(first - 1) == _tt.SentenceOf(n))
                {
                    first--;
                }

                // "the Islamist Ennahda party": an ideology word opening the run is a modifier, not the name.
                if (n - first > 1 && Ideologies.Contains(_text, _tokens[first]))
                {
                    first++;
                }

                if (first > 0 && DeterminedBefore(first) && !(n - first == 1 && _lex.TryDemonym(_text, _tokens[first], out _)))
                {
                    AddPartyBeforeHead(first, n);
                }
            }
        }

        // The frame is the evidence: a name the tagger read as a person ("of the ruling Frelimo party": a lone unknown
        // word is a surname as often as not) and no lexicon knows is the party wherever it stands.
        private void AddPartyBeforeHead(int first, int n)
        {
            var count = _mentions.Count;
            AddNamed(first, n, ActorKind.Organization, null, null, _tt.SentenceOf(first), false);
            var k = count < _mentions.Count ? count : ExactNameMention(first, n);
            if (k >= 0 && _mentions[k].Actor is { Entry: null } actor && actor.Kind == ActorKind.Person)
            {
                RetypeActors(new List<(ActorBuilder, ActorKind)> { (actor, ActorKind.Organization) });
            }
        }

        // A one-word name read as a person with no role and unknown to the lexicon ("Frelimo").
        private bool IsLonePersonWord(int t) =>
            _tokens[t].IsCapitalized && !IsTitleWord(t)
            && ExactNameMention(t, t + 1) is var m && m >= 0 && _mentions[m].Actor is { Entry: null, Kind: ActorKind.Person, RoleCount: 0 };

        // "his Samagi Jana Balawegaya party", "her Harwick Renewal movement": capitalized words between a possessive
        // pronoun and a lower-case party head are the party's name, whatever the words before read there (a person's
        // name of unknown words, usually); a lexicon actor among them stays.
        private void NamePronounOwnedParties()
        {
            foreach (var n in LowerAfterCapitals())
            {
                if (!OwnedPartyHeads.Contains(_text, _tokens[n]))
                {
                    continue;
                }

                var first = n;
                while (first > 0 && n - first < MaxOwnedPartyWords && _tokens[first - 1].Kind == TokenKind.Word && _tokens[first - 1].IsCapitalized
                       && _tt.SentenceOf(first - 1) == _tt.SentenceOf(n))
                {
                    first--;
                }

                if (first == n || first == 0 || !InList(WordClass.Possessives, first - 1) || KnownWithin(first, n))
                {
                    continue;
                }

                var none = -1;
                RemoveMentionsWithin(first, n, ref none);
                AddNamed(first, n, ActorKind.Organization, null, null, _tt.SentenceOf(first), false);
            }
        }

        private bool KnownWithin(int first, int end)
        {
            foreach (ref readonly var m in _mentions)
            {
                if (m.First < end && first < m.First + m.Count && (m.Actor.Entry != null || m.Known))
                {
                    return true;
                }
            }

            return false;
        }

        private const int MaxOwnedPartyWords = 4;

        // After a person's possessive pronoun these heads follow a name, not an adjective ("his Atlantic alliance" is rare).
        private static readonly TermTable<bool> OwnedPartyHeads = WordTable("party", "movement", "alliance", "coalition", "bloc", "faction");

        // "the", a possessive, or "the" and up to two lower-case modifiers ("the ruling", "the main opposition")
        // right before token t, or an ideology word after one of those.
        private bool DeterminedBefore(int t)
        {
            var k = t - 1;
            if (k >= 0 && Ideologies.Contains(_text, _tokens[k]))
            {
                k--;
            }

            for (var modifiers = 0; k >= 0 && modifiers <= MaxPartyModifiers; k--, modifiers++)
            {
                if (IsThe(k) || _tokens[k].Kind == TokenKind.Possessive)
                {
                    return true;
                }

                if (_tokens[k].Kind != TokenKind.Word || !_tokens[k].IsLower || IsFunctionWord(k))
                {
                    return false;
                }
            }

            return false;
        }

        // "movement", "alliance", "bloc" follow adjectives as often as names ("the Paralympic movement", "the Atlantic
        // alliance") and are left out.
        private static readonly TermTable<bool> PartyHeads = WordTable("party", "militia", "faction");

        private static readonly TermTable<bool> Ideologies = WordTable(
            "islamist", "maoist", "marxist", "leftist", "nationalist", "separatist", "jihadist", "shiite", "sunni");
    }
}

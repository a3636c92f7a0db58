using System;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Link: an organization the article names is the same organization every other time its name stands alone ("One
// Nation member Graeme Campbell", "stations 3AW in Melbourne" after "One Nation" and "3AW" were read as organizations).
// The tagger's document pass proposes such repeats, but a rule reading the sentence (a title, a lone word) may drop
// them; here each uncovered occurrence of the exact name, not run into other capitalized words, becomes a name
// mention. A name the article also uses for a person or place, a lone head word ("Institute"), a run of acronyms
// and a one-word name in a title-case or all-caps sentence are left alone (there capitals say nothing).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void AddRepeatedOrganizationNames()
        {
            var count = _mentions.Count;
            for (var i = 0; i < count; i++)
            {
                var m = _mentions[i];
                if (IsRepeatableOrganizationName(m) && !NamedOtherwise(m))
                {
                    AddRepeats(m);
                }
            }
        }

        // A name mention of an organization whose name opens with a capital, or one word opening with a digit ("3AW"; not
        // "30 Seconds", a count), and is not a head word alone.
        private bool IsRepeatableOrganizationName(in RawMention m)
        {
            if (m.Actor.Kind != ActorKind.Organization || (m.Kind != MentionKind.Name && m.Kind != MentionKind.Acronym) || m.NameCount == 0)
            {
                return false;
            }

            ref readonly var t = ref _tokens[m.NameFirst];
            return (t.IsCapitalized || (m.NameCount == 1 && char.IsDigit(_text[t.Start])))
                && !(m.NameCount == 1 && WordLists.OrgSuffixes.Contains(_text, t)) && !IsAcronymRun(m.NameFirst, m.NameCount);
        }

        // Acronyms side by side ("ABC DEF") are often two names (a unit and its body): where one name ends is unsure,
        // so such a run is not spread over the article.
        private bool IsAcronymRun(int first, int n)
        {
            for (var k = 0; k < n; k++)
            {
                if (!_tokens[first + k].IsAllCaps)
                {
                    return false;
                }
            }

            return n > 1;
        }

        // Whether an actor of another kind has a name mention with the same text (a club and its town).
        private bool NamedOtherwise(in RawMention m)
        {
            foreach (var o in _mentions)
            {
                if (o.Actor.Kind != ActorKind.Organization && (o.Kind == MentionKind.Name || o.Kind == MentionKind.Acronym)
                    && o.NameCount == m.NameCount && SameTokens(o.NameFirst, m.NameFirst, m.NameCount))
                {
                    return true;
                }
            }

            return false;
        }

        private void AddRepeats(in RawMention m)
        {
            var n = m.NameCount;
            for (var i = 0; i + n <= _tokens.Length; i++)
            {
                if (i != m.NameFirst && SameTokens(i, m.NameFirst, n) && StandsAlone(i, n) && !Covered(i, n))
                {
                    AddMention(i, n, m.Actor, MentionKind.Name, i, n, m.Confidence);
                }
            }
        }

        // Same words, same spelling (case-sensitive: "SPIRIT" in a caps line is not "Spirit").
        private bool SameTokens(int a, int b, int n)
        {
            for (var k = 0; k < n; k++)
            {
                ref readonly var x = ref _tokens[a + k];
                ref readonly var y = ref _tokens[b + k];
                if (x.Hash != y.Hash || x.Length != y.Length || string.CompareOrdinal(_text, x.Start, _text, y.Start, x.Length) != 0)
                {
                    return false;
                }
            }

            return true;
        }

        // Not part of a longer capitalized run ("AFL Results", "Boston Red Sox"), and a one-word name not in a
        // sentence whose capitals are uninformative.
        private bool StandsAlone(int first, int n)
        {
            var sentence = SentenceAt(first);
            if (first + n > sentence.EndToken || (n == 1 && sentence.CapsUninformative))
            {
                return false;
            }

            var before = first - 1;
            if (before >= sentence.FirstToken && IsCapitalWordAt(before) && !IsThe(before))
            {
                return false;
            }

            var after = first + n;
            return after >= sentence.EndToken || !IsCapitalWordAt(after);
        }

        private bool IsCapitalWordAt(int i) =>
            _tokens[i].Kind == TokenKind.Word && (_tokens[i].IsCapitalized || _tokens[i].IsAllCaps);

        private bool Covered(int first, int n)
        {
            var end = first + n;
            foreach (var o in _mentions)
            {
                if (o.First < end && first < o.First + o.Count)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

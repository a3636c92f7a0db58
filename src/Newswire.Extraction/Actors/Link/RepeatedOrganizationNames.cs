using System;
using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Link: an organization the article names is the same organization every other time its name stands alone ("One
// Nation member Graeme Campbell", "stations 3AW in Melbourne" after "One Nation" and "3AW" were read as organizations).
// The tagger's document pass proposes such repeats, but a rule reading the sentence (a title, a lone word) may drop
// them; here each uncovered occurrence of the exact name, not run into other capitalized words, becomes a name
// mention. A name the article also uses for a person or place, a lone head word ("Institute"), a run of acronyms
// and a one-word name in a title-case or all-caps sentence are left alone (there capitals say nothing).
// Linear in tokens and mentions: one pass over the mentions finds the distinct candidate names and the tokens they
// cover, one pass over the uncovered capitalized words finds the repeats (a long article names a company dozens of times).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void AddRepeatedOrganizationNames()
        {
            if (CollectRepeatCandidates(_mentions.Count))
            {
                FindRepeats();
                AddFoundRepeats();
            }
        }

        // One pass over the mentions: the tokens they cover (Bools1), the other kinds' names (OtherNameKeys) and the
        // distinct organization names in mention order (Candidates, their first words in CandidateFirstWords).
        private bool CollectRepeatCandidates(int count)
        {
            var covered = Scratch.AtLeast(ref _scratch.Bools1, _tokens.Length);
            Array.Clear(covered, 0, _tokens.Length);
            _scratch.OtherNameKeys.Clear();
            _scratch.CandidateKeys.Clear();
            _scratch.CandidateFirstWords.Clear();
            _scratch.Candidates.Clear();
            for (var i = 0; i < count; i++)
            {
                var m = _mentions[i];
                for (var t = m.First; t < m.First + m.Count; t++)
                {
                    covered[t] = true;
                }

                if (m.Actor.Kind != ActorKind.Organization && IsNameKind(m.Kind) && m.NameCount > 0)
                {
                    _scratch.OtherNameKeys.Add(NameKey(m.NameFirst, m.NameCount));
                }
                else if (IsRepeatCandidate(m))
                {
                    AddIfNewCandidate(i, m);
                }
            }

            return _scratch.Candidates.Count > 0;
        }

        // Adds the mention's name unless an earlier mention had the same one (its repeats are found once); the key
        // answers most questions.
        private void AddIfNewCandidate(int index, in RawMention m)
        {
            var key = NameKey(m.NameFirst, m.NameCount);
            if (_scratch.CandidateKeys.Contains(key))
            {
                foreach (var c in _scratch.Candidates)
                {
                    var o = _mentions[c.Mention];
                    if (c.Key == key && o.NameCount == m.NameCount && SameTokens(o.NameFirst, m.NameFirst, m.NameCount))
                    {
                        return;
                    }
                }
            }

            _scratch.CandidateKeys.Add(key);
            _scratch.CandidateFirstWords.Add(_tokens[m.NameFirst].Hash);
            _scratch.Candidates.Add((index, key, Unasked));
        }

        private const int Unasked = 0, Repeats = 1, LeftAlone = -1;

        // A cheap first test: an organization's name mention opening with a capital or a digit.
        private bool IsRepeatCandidate(in RawMention m) =>
            m.Actor.Kind == ActorKind.Organization && IsNameKind(m.Kind) && m.NameCount > 0
            && (_tokens[m.NameFirst].Flags & (TokenFlags.Capitalized | TokenFlags.HasDigit)) != 0;

        // Each uncovered word that opens a candidate's name standing alone there, as (candidate rank, token) in Found.
        private void FindRepeats()
        {
            var covered = _scratch.Bools1;
            var found = _scratch.Found;
            var firstWords = _scratch.CandidateFirstWords;
            var tokens = _tokens;
            found.Clear();
            for (var t = 0; t < tokens.Length; t++)
            {
                if ((tokens[t].Flags & (TokenFlags.Capitalized | TokenFlags.HasDigit)) != 0 && !covered[t] && firstWords.Contains(tokens[t].Hash))
                {
                    FindRepeatsAt(t, covered, found);
                }
            }
        }

        private void FindRepeatsAt(int t, bool[] covered, List<long> found)
        {
            var candidates = _scratch.Candidates;
            for (var c = 0; c < candidates.Count; c++)
            {
                var m = _mentions[candidates[c].Mention];
                var n = m.NameCount;
                if (t + n <= _tokens.Length && SameTokens(t, m.NameFirst, n) && !AnyCovered(covered, t, n) && StandsAlone(t, n)
                    && CandidateRepeats(c))
                {
                    found.Add(((long)c << 32) | (uint)t);
                }
            }
        }

        // Whether the candidate's name may be repeated, asked once and only when a repeat is found.
        private bool CandidateRepeats(int c)
        {
            var entry = _scratch.Candidates[c];
            if (entry.State == Unasked)
            {
                var m = _mentions[entry.Mention];
                entry.State = IsRepeatableOrganizationName(m) && !NamedOtherwise(m) ? Repeats : LeftAlone;
                _scratch.Candidates[c] = entry;
            }

            return entry.State == Repeats;
        }

        // The repeats in the order their names were first mentioned, each while its words are still free (an earlier
        // name's repeat may have taken them), as the mentions were read before.
        private void AddFoundRepeats()
        {
            var found = _scratch.Found;
            found.Sort();
            var covered = _scratch.Bools1;
            foreach (var f in found)
            {
                var m = _mentions[_scratch.Candidates[(int)(f >> 32)].Mention];
                var t = (int)(f & 0xFFFFFFFF);
                if (!AnyCovered(covered, t, m.NameCount))
                {
                    AddMention(t, m.NameCount, m.Actor, MentionKind.Name, t, m.NameCount, m.Confidence);
                    MarkCovered(covered, t, m.NameCount);
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
                && !(m.NameCount == 1 && InList(WordClass.OrgSuffixes, m.NameFirst)) && !IsAcronymRun(m.NameFirst, m.NameCount);
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

        // Whether an actor of another kind has a name mention with the same text (a club and its town). The key
        // answers most questions; a hit is checked word by word.
        private bool NamedOtherwise(in RawMention m)
        {
            if (!_scratch.OtherNameKeys.Contains(NameKey(m.NameFirst, m.NameCount)))
            {
                return false;
            }

            foreach (ref readonly var o in _mentions)
            {
                if (o.Actor.Kind != ActorKind.Organization && IsNameKind(o.Kind)
                    && o.NameCount == m.NameCount && SameTokens(o.NameFirst, m.NameFirst, m.NameCount))
                {
                    return true;
                }
            }

            return false;
        }

        // The words' hashes folded into one key (case-folded: equal names have equal keys).
        private int NameKey(int first, int n)
        {
            var key = n;
            for (var k = 0; k < n; k++)
            {
                key = unchecked((key * 31) + _tokens[first + k].Hash);
            }

            return key;
        }

        // Same words, same spelling (case-sensitive: "SPIRIT" in a caps line is not "Spirit").
        private bool SameTokens(int a, int b, int n)
        {
            for (var k = 0; k < n; k++)
            {
                ref readonly var x = ref _tokens[a + k];
                ref readonly var y = ref _tokens[b + k];
                if (x.Hash != y.Hash || x.Length != y.Length || !Text.SpanText.SameChars(_text, x.Start, y.Start, x.Length))
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

        private static bool AnyCovered(bool[] covered, int first, int n)
        {
            for (var t = first; t < first + n; t++)
            {
                if (covered[t])
                {
                    return true;
                }
            }

            return false;
        }

        private static void MarkCovered(bool[] covered, int first, int n)
        {
            for (var t = first; t < first + n; t++)
            {
                covered[t] = true;
            }
        }
    }
}

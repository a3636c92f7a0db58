using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Propose: the small tests the chunk reader asks of segments and tokens.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Whether segment k is a known country and the next one a known organization of that same country.
        private bool CountryOfNextOrganization(int k)
        {
            if (k + 1 >= _segs.Count)
            {
                return false;
            }

            var c = _segs[k];
            var o = _segs[k + 1];
            return c.Type == Seg.Lex && o.Type == Seg.Lex && c.Entry!.Kind == LexiconKind.Country && o.Entry!.Kind == LexiconKind.Organization
                   && c.Entry.Country != null && c.Entry.Country == o.Entry.Country && c.Start + c.Count == o.Start;
        }

        // "Counter", "Anti", "Counter-Terrorism", "Anti-Corruption": a capitalized word naming what a body works against.
        private bool IsCounterPrefix(int j)
        {
            ref readonly var t = ref _tokens[j];
            if (t.Kind != TokenKind.Word || !t.IsCapitalized)
            {
                return false;
            }

            return HasPrefixWord(t, "counter") || HasPrefixWord(t, "anti");
        }

        // Whether a token is the word itself or the word joined by a hyphen to more ("Anti-Corruption").
        private bool HasPrefixWord(in Token t, string word)
        {
            var len = word.Length;
            if (t.Length < len || !Text.SpanText.EqualsIgnoreCase(word, _text, t.Start))
            {
                return false;
            }

            return t.Length == len || t.Length > len + 1 && Tokenizer.IsHyphen(_text[t.Start + len]);
        }

        // "Gen Z protests": a lone letter without a period after a title is no one's name (an initial has its period).
        private bool LoneLetterName(int nameFrom, int b) =>
            _segs[nameFrom].Start == b - 1 && _tokens[b - 1].Length == 1 && !_tokens[b - 1].Is(TokenFlags.Initial);

        // After a counter/anti word opening the chunk: whether the rest is capitalized names, acronyms, nationalities or
        // known organizations and places, closed by a capitalized organization head; with the country it names.
        [MethodImpl(Hot.Path)]
        private bool CounterBody(int end, out string? country)
        {
            country = null;
            var n = _segs.Count;
            ref readonly var last = ref _tokens[end - 1];
            if (n < 2 || !last.IsCapitalized || !InList(WordClass.OrgSuffixes, end - 1))
            {
                return false;
            }

            for (var k = 1; k < n; k++)
            {
                var sg = _segs[k];
                if (sg.Type == Seg.Lex && sg.Entry!.Kind == LexiconKind.Person || sg.Type != Seg.Lex && sg.Type != Seg.Name && sg.Type != Seg.Demonym)
                {
                    return false;
                }

                country ??= sg.Type == Seg.Demonym ? sg.Country : null;
            }

            return true;
        }

        // "Ministry of Defence", "Federal Government of Iraq", "Iraqi Ministry of Interior": the segment index of an
        // "of"/"for" right after an organization head that only unknown words or a demonym precede, else -1.
        [MethodImpl(Hot.Path)]
        private int OrgOfAt()
        {
            for (var k = 0; k + 1 < _segs.Count; k++)
            {
                var sg = _segs[k];
                if (sg.Type == Seg.Name && sg.Count == 1 && _tokens[sg.Start].IsCapitalized && InList(WordClass.OrgSuffixes, sg.Start))
                {
                    var next = _segs[k + 1];
                    if (next.Type == Seg.Connector && (_tt.Is(next.Start, "of") || _tt.Is(next.Start, "for")))
                    {
                        return k + 1;
                    }

                    // "Task Force for ...", "Army Corps of ...": a head word of two words reads on to the second.
                    if (next.Type == Seg.Name && next.Count == 1 && InList(WordClass.OrgSuffixes, next.Start))
                    {
                        continue;
                    }

                    return -1;
                }

                if (sg.Type != Seg.Name && sg.Type != Seg.Demonym)
                {
                    return -1;
                }
            }

            return -1;
        }

        // "Minister for the Middle East", "Secretary of State": after the title only "of"/"for" and the place or
        // body it is responsible for, so the whole chunk names an office.
        [MethodImpl(Hot.Path)]
        private bool TitleComplement(int titleIndex)
        {
            var n = _segs.Count;
            if (titleIndex + 2 >= n || _segs[titleIndex + 1].Type != Seg.Connector
                || !(_tt.Is(_segs[titleIndex + 1].Start, "for") || _tt.Is(_segs[titleIndex + 1].Start, "of")) || _segs[n - 1].Type == Seg.Connector)
            {
                return false;
            }

            for (var k = titleIndex + 2; k < n; k++)
            {
                var sg = _segs[k];
                if (sg.Type == Seg.Lex ? sg.Entry!.Kind == LexiconKind.Person : sg.Type != Seg.Name && sg.Type != Seg.Connector && sg.Type != Seg.Demonym)
                {
                    return false;
                }
            }

            return true;
        }

        // After a description's title at j: the end of an "of"/"for" complement of capitalized names
        // ("the Secretary of State", "the Minister for the Middle East"), else j.
        [MethodImpl(Hot.Path)]
        private int TitleComplementEnd(int j, int end)
        {
            if (j + 1 >= end || !(_tt.Is(j, "of") || _tt.Is(j, "for")) || !_tokens[j].IsLower)
            {
                return j;
            }

            var k = j + 1;
            if (IsThe(k) && k + 1 < end)
            {
                k++;
            }

            if (!IsNameWord(k) || !_tokens[k].IsCapitalized && !_tokens[k].IsAllCaps)
            {
                return j;
            }

            while (k < end && IsNameWord(k))
            {
                k++;
            }

            return k;
        }

        // Whether a segment before index `before` is an unknown name ending in an organization head ("Naval Forces").
        [MethodImpl(Hot.Path)]
        private bool NameSegWithOrgHead(int before)
        {
            for (var k = 0; k < before; k++)
            {
                var sg = _segs[k];
                ref readonly var t = ref _tokens[sg.Start + sg.Count - 1];
                if (sg.Type == Seg.Name && t.IsCapitalized && InList(WordClass.OrgSuffixes, sg.Start + sg.Count - 1))
                {
                    return true;
                }
            }

            return false;
        }

        // Whether the segments before the title are unknown words ending in an organization head ("Maintenance Group").
        [MethodImpl(Hot.Path)]
        private bool UnknownBodyBeforeTitle(int titleIndex)
        {
            if (titleIndex == 0)
            {
                return false;
            }

            for (var k = 0; k < titleIndex; k++)
            {
                if (_segs[k].Type != Seg.Name)
                {
                    return false;
                }
            }

            var last = _segs[titleIndex - 1];
            ref readonly var t = ref _tokens[last.Start + last.Count - 1];
            return t.IsCapitalized && InList(WordClass.OrgSuffixes, last.Start + last.Count - 1);
        }

        // "507th", "2nd", "21st": digits with an ordinal suffix.
        private bool IsOrdinal(int j)
        {
            ref readonly var t = ref _tokens[j];
            if (t.Length < 3 || !char.IsDigit(_text[t.Start]))
            {
                return false;
            }

            var c1 = char.ToLowerInvariant(_text[t.End - 2]);
            var c2 = char.ToLowerInvariant(_text[t.End - 1]);
            return char.IsDigit(_text[t.End - 3]) && (c1 == 's' && c2 == 't' || c1 == 'n' && c2 == 'd' || c1 == 'r' && c2 == 'd' || c1 == 't' && c2 == 'h');
        }

        private bool IsCompassSeg(int index) =>
            (_segs[index].Type == Seg.Name || _segs[index].Type == Seg.Demonym) && _segs[index].Count == 1 && _tokens[_segs[index].Start].IsCapitalized && InList(WordClass.CompassNames, _segs[index].Start);

        private static bool IsPlaceEntry(LexiconEntry e) => e.Kind == LexiconKind.Country || e.Kind == LexiconKind.Place;

        private bool IsTitleSeg(int index) => index >= 0 && index < _segs.Count && (_segs[index].Type == Seg.TitleHead || _segs[index].Type == Seg.TitleModifier);

        private bool IsTitleWord(int j) => _tokens[j].IsCapitalized && (InList(WordClass.TitleHeads, j) || InList(WordClass.TitleModifiers, j));

        // "Chief Executive Ada Brelik", "Chief Economist Ivo Marek": a word that closes a title after "Chief" (ChiefTitleTails);
        // "Minister of Foreign Affairs Ada Brelik": "Affairs" after a title modifier closes the office's name. Neither is
        // a given name. (Any title modifier after another, "State Security", moved re3d and dev names down: bodies.)
        private bool IsTitleTail(int j)
        {
            if (j == 0 || !_tokens[j].IsCapitalized || _segs.Count == 0)
            {
                return false;
            }

            var before = _segs[_segs.Count - 1].Type;
            return before == Seg.TitleHead && _tt.Is(j - 1, "chief") && ChiefTitleTails.Contains(_text, _tokens[j])
                   || before == Seg.TitleModifier && ModifierTitleTails.Contains(_text, _tokens[j]);
        }

        private static readonly TermTable<bool> ModifierTitleTails = TermTables.Words("affairs");

        private static readonly TermTable<bool> ChiefTitleTails = TermTables.Words("executive", "economist", "scientist", "strategist");

        // "Mr.", "Dr.", "Mrs.", "Datuk Seri": not roles.
        private bool IsHonorific(int start, int end) =>
            end - start == HonorificLength(start, end + 1) || end - start == 1 && (_tt.Is(start, "mr") || _tt.Is(start, "mrs") || _tt.Is(start, "ms") || _tt.Is(start, "dr") || _tt.Is(start, "sir") || _tt.Is(start, "dame"));

        // A word after an opening quote, a parenthesis or a colon, or at the start of a line: placed like a sentence's
        // first word.
        private bool OpensText(int a) =>
            (a > 0 && _tokens[a - 1].Kind == TokenKind.Punctuation && (_tokens[a - 1].Is(TokenFlags.Quote) || _text[_tokens[a - 1].Start] == '(' || _text[_tokens[a - 1].Start] == ':'))
            || (_tokens[a].Flags & TokenFlags.NewlineBefore) != 0;

        private bool IsCommonAt(int a, Sentence sentence)
        {
            ref readonly var t = ref _tokens[a];
            if (InList(WordClass.Weekdays, a))
            {
                return true;
            }

            if (a != sentence.FirstToken && !OpensText(a))
            {
                return false;
            }

            // "New", "West" opening a sentence are common words, unless they open a name the lexicon knows ("New Delhi",
            // also as a dateline's first word); "The" never does (a name's span has no determiner).
            if (InList(WordClass.CommonCapitalized, a))
            {
                return IsThe(a) || !(a + 1 < sentence.EndToken && MatchAt(a, sentence.EndToken, out var m) && m.TokenCount > 1);
            }

            // A capitalized sentence opener that the article also uses in lower case is a common word,
            // unless the lexicon knows it as a name. The article's lower-case words are collected last (only an
            // opener the other tests leave needs them).
            if (!t.IsAllCaps && !MatchAt(a, sentence.EndToken, out _) && !InList(WordClass.TitleHeads, a)
                && !InList(WordClass.TitleModifiers, a) && UsedInLowerCase(t.Hash))
            {
                return true;
            }

            return false;
        }
    }
}

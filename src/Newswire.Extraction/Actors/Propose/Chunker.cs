using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Propose: capitalized chunks of a sentence (lexicon phrases may bridge lower-case connectors).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // ---- chunking -------------------------------------------------------------------------------

        [MethodImpl(Hot.Path)]
        private void ScanSentence(int s, Sentence sentence)
        {
            var end = sentence.EndToken;
            var i = sentence.FirstToken;
            while (i < end)
            {
                var next = SkipNonChunk(i, end);
                if (next >= 0)
                {
                    i = next;
                    continue;
                }

                var j = ChunkEnd(i, end);
                ProcessChunk(s, sentence, i, j);
                i = j;
            }
        }

        // A token that starts no chunk: a pronoun (remembered), an "of" phrase, a description ("the minister",
        // remembered) or any other word; the index to go on from. -1: a chunk starts at i.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int SkipNonChunk(int i, int end)
        {
            // Every token outside a chunk comes here: what each rule needs first (a pronoun's one or two letters, the
            // "of" after "government", the three letters of "the", an affiliation's hyphen) is tested before the
            // call, whose set-up costs more.
            ref readonly var tok = ref _tokens[i];
            if (tok.Kind == TokenKind.Word && tok.Length <= 2 && PronounKind(i) is { } pronoun)
            {
                _pronouns.Add((i, pronoun));
                return i + 1;
            }

            if (tok.Kind == TokenKind.Word && tok.IsLower && i + 2 < end && _tokens[i + 1].Length == 2 && OfPhrase(i, end) is { } next)
            {
                return next;
            }

            // A lower-case "the" that starts no description is skipped alone (ScanDescription gives i + 1 then).
            if (tok.Kind == TokenKind.Word && tok.Length == 3 && IsTheOrDescriptionStart(i, end) && ScanDescription(i, end) is var after && (after > i + 1 || tok.IsLower))
            {
                return after;
            }

            if ((tok.Flags & TokenFlags.Hyphenated) != 0 && IsHyphenAffiliation(i))
            {
                AddHyphenPrefix(i);
                return i + 1;
            }

            if (tok.IsCapitalized && i + 1 < end && (_tokens[i + 1].Flags & TokenFlags.Hyphenated) != 0 && TwoWordHyphenPrefix(i, end))
            {
                return i + 2;
            }

            return StartsChunk(i, end) ? -1 : i + 1;
        }

        // The end of the chunk starting at i: lexicon phrases, name-like words and the connectors between them,
        // without a trailing connector, with a quoted nickname inside the name.
        [MethodImpl(Hot.Path)]
        private int ChunkEnd(int i, int end)
        {
            var j = i;
            while (j < end)
            {
                // A name never runs across a line break (a heading without a full stop above a body line).
                if (j > i && (_tokens[j].Flags & TokenFlags.NewlineBefore) != 0)
                {
                    break;
                }

                if (MatchAt(j, end, out var m) && (m.Flags & SurfaceFlags.Surname) == 0)
                {
                    j += m.TokenCount;
                    continue;
                }

                if (NameLike(j, i) || j > i && (ConnectorAt(j, end) || PostingTo(j, end) || PeoplesPossessive(j, end)))
                {
                    j++;
                    continue;
                }

                break;
            }

            // A trailing connector is not part of the name.
            while (j > i + 1 && _tokens[j - 1].IsLower && !IsNameWord(j - 1))
            {
                j--;
            }

            return WithNickname(i, j <= i ? i + 1 : j, end);
        }

        // "the main opposition Republican People's Party", "People's Liberation Army": parties, armies and banks of
        // many countries are named through "People's"; a possessive elsewhere ends the chunk ("Turkey's Erdogan").
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool PeoplesPossessive(int j, int end) =>
            _tokens[j].Kind == TokenKind.Possessive && j + 1 < end && _tokens[j + 1].IsCapitalized && _tokens[j + 1].Kind == TokenKind.Word
            && (_tt.Is(j - 1, "people") || _tt.Is(j - 1, "peoples"));

        // "Col. John “J.D.” Dorrian", "Richard "Tex" Coe": a quoted nickname inside a name joins its parts.
        private int WithNickname(int i, int j, int end)
        {
            while (j > i && j < end && IsNameWord(j - 1) && NicknameEnd(j, end) is var k && k > j)
            {
                j = k;
                while (j < end && IsNameWord(j))
                {
                    j++;
                }
            }

            return j;
        }

        // An opening quote, one or two capitalized words, a closing quote and a capitalized surname:
        // the index after the closing quote, else -1. Asked after every name word: the quote flag, tested at the
        // call, decides nearly all.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int NicknameEnd(int q, int end) =>
            _tokens[q].Is(TokenFlags.Quote) && (_tokens[q].Flags & TokenFlags.NewlineBefore) == 0 ? NicknameAfterQuote(q, end) : -1;

        [MethodImpl(Hot.Path)]
        private int NicknameAfterQuote(int q, int end)
        {
            var k = q + 1;
            while (k < end && k < q + 3 && _tokens[k].Kind == TokenKind.Word && (_tokens[k].IsCapitalized || _tokens[k].IsAllCaps))
            {
                k++;
            }

            if (k == q + 1 || k + 1 >= end || !_tokens[k].Is(TokenFlags.Quote) || !_tokens[k + 1].IsCapitalized || _tokens[k + 1].Kind != TokenKind.Word)
            {
                return -1;
            }

            // Quotes on both sides must touch the nickname: "said “Yes” Smith" has spaces inside.
            return _tokens[q].End == _tokens[q + 1].Start && _tokens[k - 1].End == _tokens[k].Start ? k + 1 : -1;
        }

        // 'John “J.D.” Dorrian' is named 'John Dorrian'; the nickname form stays an alias.
        private static string WithoutNickname(string name)
        {
            var open = name.IndexOfAny(QuoteChars);
            var close = open >= 0 ? name.IndexOfAny(QuoteChars, open + 1) : -1;
            if (close < 0)
            {
                return name;
            }

            var before = name.Substring(0, open).TrimEnd();
            var after = name.Substring(close + 1).TrimStart();
            return before.Length == 0 || after.Length == 0 ? name : before + " " + after;
        }

        private static readonly char[] QuoteChars = { '"', '\u201C', '\u201D' };

        // Inlined into SkipNonChunk, its one caller, asked of every token outside a chunk.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool StartsChunk(int i, int end)
        {
            ref readonly var t = ref _tokens[i];
            if (t.Kind != TokenKind.Word)
            {
                return false;
            }

            // Each test before its call: every word outside a chunk comes here.
            if (t.IsCapitalized || t.IsAllCaps || ((t.Flags & TokenFlags.Hyphenated) != 0 && IsArabicArticleName(i)))
            {
                return true;
            }

            return _lex.StartsLowerSurface(_text, t) && _lex.Match(_tt, _wordIds, i, end, false, out var m) && (m.Flags & SurfaceFlags.LowerStart) != 0;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] // ChunkEnd asks it of every token of a chunk
        private bool NameLike(int j, int chunkStart)
        {
            ref readonly var t = ref _tokens[j];
            if (t.Kind == TokenKind.Word)
            {
                return (t.IsCapitalized || t.IsAllCaps || IsArabicArticleName(j)) && !IsHyphenAffiliation(j);
            }

            // "CTF 50": a short number right after an acronym.
            return t.Kind == TokenKind.Number && j > chunkStart && t.Length <= 3 && _tokens[j - 1].IsAllCaps;
        }

        private bool IsNameWord(int j) => _tokens[j].Kind == TokenKind.Word && (_tokens[j].IsCapitalized || _tokens[j].IsAllCaps || IsArabicArticleName(j));

        // "al-Abadi", "el-Sisi": a lower-case Arabic article before a capitalized name.
        private bool IsArabicArticleName(int j)
        {
            ref readonly var t = ref _tokens[j];
            if (!t.IsLower || (t.Flags & TokenFlags.Hyphenated) == 0)
            {
                return false;
            }

            var dash = _text.IndexOf('-', t.Start, Math.Min(t.Length, 4));
            return dash > t.Start && dash < t.End - 1 && char.IsUpper(_text[dash + 1]);
        }

        // "of"/"for" only after a head that takes a complement: "Ministry of Defence", "Secretary of State".
        private bool ComplementConnector(int j, int end)
        {
            if (!(InList(WordClass.OrgSuffixes, j - 1) || InList(WordClass.TitleHeads, j - 1) || (_tt.Is(j, "of") && InList(WordClass.PlaceOfHeads, j - 1)) || _tt.Is(j - 1, "commonwealth") || _tt.Is(j - 1, "republic") || _tt.Is(j - 1, "kingdom") || _tt.Is(j - 1, "states")))
            {
                return false;
            }

            if (!_tokens[j - 1].IsCapitalized)
            {
                return false;
            }

            var next = j + 1;
            if (_tt.Is(next, "the") && next + 1 < end)
            {
                next++;
            }

            return IsNameWord(next);
        }

        private bool ConnectorAt(int j, int end)
        {
            ref readonly var t = ref _tokens[j];
            if (t.Kind != TokenKind.Word || !t.IsLower || j + 1 >= end)
            {
                return false;
            }

            var next = j + 1;
            if (InList(WordClass.Particles, j))
            {
                return IsNameWord(j - 1) && IsNameWord(next);
            }

            if (_tt.Is(j, "of") || _tt.Is(j, "for"))
            {
                return ComplementConnector(j, end);
            }

            if (_tt.Is(j, "the"))
            {
                return (_tt.Is(j - 1, "of") || _tt.Is(j - 1, "for") || _tt.Is(j - 1, "and") && TitlePortfolioAnd(j - 1, end)) && IsNameWord(next);
            }

            if (_tt.Is(j, "and"))
            {
                return TitlePortfolioAnd(j, end) || PortfolioAndBeforeTitle(j, end);
            }

            return false;
        }

        // How many capitalized words may stand between "and" and the title head ("and Mineral Resources Minister").
        private const int PortfolioAndReach = 3;

        // "Trade and Industry Minister Lee Kinyanjui", "Energy and Mineral Resources Minister Bahlil Lahadalia": a
        // portfolio of two parts joined by "and" before a title head and the holder's name is one chunk; cut at
        // "and", the first part would be read as a name of its own ("Malaysian Plantation").
        private bool PortfolioAndBeforeTitle(int j, int end)
        {
            if (j < 1 || !_tokens[j - 1].IsCapitalized || _tokens[j - 1].Kind != TokenKind.Word || NamedPairAround(j, end) || !OwnedPortfolio(j))
            {
                return false;
            }

            for (var k = j + 1; k < end - 1 && k <= j + PortfolioAndReach + 1; k++)
            {
                // "Karimov and Kyrgyz President Almaz Sadykov": a nationality after "and" opens a second person.
                if (_tokens[k].Kind != TokenKind.Word || !_tokens[k].IsCapitalized || _lex.TryDemonym(_text, _tokens[k], out _))
                {
                    return false;
                }

                if (k > j + 1 && InList(WordClass.TitleHeads, k))
                {
                    return IsNameWord(k + 1);
                }
            }

            return false;
        }

        // The portfolio's first part follows a nationality or a possessive ("Kenyan Trade and", "Indonesia's Energy
        // and"): a name before "and" ("Vladimir Putin and Foreign Minister ...") does not.
        private bool OwnedPortfolio(int j)
        {
            for (var k = j - 1; k >= 0 && k >= j - PortfolioAndReach; k--)
            {
                if (_tokens[k].Kind == TokenKind.Possessive || _lex.TryDemonym(_text, _tokens[k], out _))
                {
                    return k < j - 1;
                }

                if (_tokens[k].Kind != TokenKind.Word || !_tokens[k].IsCapitalized)
                {
                    return false;
                }
            }

            return false;
        }

        // "between Pakistan and India Prime Minister ...": a known name on either side of "and" is a pair of names.
        private bool NamedPairAround(int j, int end)
        {
            if (_lex.Match(_tt, _wordIds, j + 1, end, false, out _))
            {
                return true;
            }

            for (var k = j - 1; k >= 0 && k >= j - 3; k--)
            {
                if (_lex.Match(_tt, _wordIds, k, j, false, out var m) && k + m.TokenCount == j)
                {
                    return true;
                }
            }

            return false;
        }

        // "Minister of Water and Energy Tesfaye Alemu", "Minister for Fisheries and Civil Aviation X", "Minister of
        // Climate and the Environment X": a title's one-word portfolio, "and" and more words (no title), with the
        // holder's name right after them, is one chunk (the title reader takes the portfolio off the name); cut at
        // "and", the second part would open an organization with the name. A longer first part is left alone: it
        // takes names for portfolios ("Prime Minister of Freedonia Ada Brelik and President X").
        private bool TitlePortfolioAnd(int j, int end)
        {
            if (j < 3)
            {
                return false;
            }

            var k = j - 2;
            if (_tt.Is(k, "the"))
            {
                k--; // "Minister of the Interior and Public Security X"
            }

            var next = j + 1 < end && _tt.Is(j + 1, "the") ? j + 2 : j + 1;
            return k >= 1 && _tokens[j - 1].Kind == TokenKind.Word && _tokens[j - 1].IsCapitalized && !InList(WordClass.TitleHeads, j - 1)
                   && (_tt.Is(k, "of") || _tt.Is(k, "for")) && _tokens[k - 1].IsCapitalized && InList(WordClass.TitleHeads, k - 1)
                   && next + 1 < end && !InList(WordClass.TitleHeads, next) && _tokens[next].IsCapitalized && _tokens[next + 1].IsCapitalized
                   && _tokens[next].Kind == TokenKind.Word && _tokens[next + 1].Kind == TokenKind.Word;
        }
    }
}

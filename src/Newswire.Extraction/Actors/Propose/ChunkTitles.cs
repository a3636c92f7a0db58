using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Propose: the chunk reader's title rules: where the name run at the end of a segmented chunk starts, and the
// readings a title gives (a titled person, a body, a description to resolve later).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // The segment index where the name run at the end of the chunk starts (unknown capitalized words, particles
        // inside them, or one lexicon person); the segment count when there is none.
        [MethodImpl(Hot.Path)]
        private int NameRunStart()
        {
            var nameFrom = _segs.Count;
            while (nameFrom > 0)
            {
                var sg = _segs[nameFrom - 1];
                if (!IsNameRunSeg(sg, nameFrom - 1))
                {
                    break;
                }

                nameFrom--;
                if (sg.Type == Seg.Lex)
                {
                    break;
                }
            }

            return IsCountryGivenName(nameFrom) ? nameFrom - 1 : nameFrom;
        }

        // "Defence Minister Israel Katz": a country that is also a given name, between a title head and the name run,
        // opens the name (a title's country stands before it or after "of"/"to").
        private bool IsCountryGivenName(int nameFrom) =>
            nameFrom > 1 && nameFrom < _segs.Count && _segs[nameFrom - 2].Type == Seg.TitleHead && _segs[nameFrom - 1] is { Type: Seg.Lex } sg
            && sg.Entry!.Kind == LexiconKind.Country && CountryGivenNameWords.Contains(_text, _tokens[sg.Start]);

        private bool IsNameRunSeg(in Segment sg, int index) =>
            sg.Type == Seg.Name || (sg.Type == Seg.Lex && sg.Entry!.Kind == LexiconKind.Person)
                                || (sg.Type == Seg.Connector && index > 0 && InList(WordClass.Particles, sg.Start));

        // The index of the last title head before the name run, else -1.
        private int TitleBefore(int nameFrom)
        {
            for (var k = nameFrom - 1; k >= 0; k--)
            {
                if (_segs[k].Type == Seg.TitleHead)
                {
                    return k;
                }
            }

            return -1;
        }

        // After "of"/"for" a title's complement comes first: "Secretary of State Marta Quinlan" keeps two words
        // for the name; "U.S. Secretary of State", "Senior Advisor for MEK Resettlement" are offices.
        private int NameAfterTitleComplement(int nameFrom, int titleIndex)
        {
            var n = _segs.Count;
            if (nameFrom < n && nameFrom > 0 && titleIndex >= 0 && (IsOfOrFor(PortfolioStart(nameFrom) - 1) || PortfolioConnectorBefore(nameFrom, titleIndex))
                && TitleComplement(titleIndex))
            {
                return n - nameFrom >= 3 && _segs[nameFrom].Type == Seg.Name && _segs[nameFrom].Count == 1 ? PortfolioWordsEnd(nameFrom, n) : n;
            }

            return nameFrom;
        }

        // "Minister for the Environment X", "Minister of Climate and the Environment X": the name run follows "the" or
        // "and" inside a title's "of"/"for" complement.
        private bool PortfolioConnectorBefore(int nameFrom, int titleIndex) =>
            nameFrom > titleIndex + 2 && IsOfOrFor(titleIndex + 1) && _segs[nameFrom - 1].Type == Seg.Connector
            && (_tt.Is(_segs[nameFrom - 1].Start, "the") || _tt.Is(_segs[nameFrom - 1].Start, "and"));

        // The portfolio's words before the holder's name: one word, and more while the training text writes them in
        // lower case ("Civil Aviation Andre Perez"), leaving two words for the name; the segment count when fewer remain.
        private int PortfolioWordsEnd(int nameFrom, int n)
        {
            var k = nameFrom + 1;
            while (n - k > 2 && _segs[k].Type == Seg.Name && _segs[k].Count == 1
                   && Names.NameTagger.Default.IsCommonLower(_text, _tokens[_segs[k].Start].Start, _tokens[_segs[k].Start].Length))
            {
                k++;
            }

            return n - k >= 2 ? k : n;
        }

        // "of Water and Energy Tesfaye Alemu": the name run starts after "and"; the portfolio starts a word earlier
        // (see TitlePortfolioAnd).
        private int PortfolioStart(int nameFrom) =>
            nameFrom >= 3 && _segs[nameFrom - 1].Type == Seg.Connector && _tt.Is(_segs[nameFrom - 1].Start, "and")
            && _segs[nameFrom - 2].Type == Seg.Name && _segs[nameFrom - 2].Count == 1 ? nameFrom - 2 : nameFrom;

        private bool IsOfOrFor(int seg) =>
            seg >= 0 && _segs[seg].Type == Seg.Connector && (_tt.Is(_segs[seg].Start, "of") || _tt.Is(_segs[seg].Start, "for"));

        // "Chief of Army Staff Taoreed Lagbaja", "the new Chief of Defence Staff": the staff a chief heads is part of
        // the office (Nigeria, Pakistan, India, Ghana name their service chiefs so); it is no one's name.
        private int NameAfterStaffTitle(int nameFrom, int titleIndex)
        {
            return nameFrom < _segs.Count && IsChiefsStaff(titleIndex, nameFrom) ? nameFrom + 1 : nameFrom;
        }

        private bool IsChiefsStaff(int titleIndex, int seg) =>
            titleIndex >= 0 && seg > titleIndex + 1 && _tt.Is(_segs[titleIndex].Start, "chief") && _segs[seg].Count == 1 && _tt.Is(_segs[seg].Start, "staff");

        // "General Staff", "Joint Command": an organization head after the title is the body itself; so is a
        // company's ("General Motors", "General Electric": a rank never titles a plural trade word). So is a longer
        // run closing on an organization head ("General Intelligence Service", "General Confederation"): the
        // training text never has a title, capitalized words and a body head as a person's name.
        private bool TitleThenBody(int s, int a, int b, int nameFrom, int titleIndex)
        {
            var n = _segs.Count;
            if (nameFrom < n && titleIndex >= 0 && titleIndex == nameFrom - 1 && b - a >= 2 && _tokens[_segs[titleIndex].Start].Kind == TokenKind.Word
                && _tokens[_segs[titleIndex].Start].IsCapitalized && _segs[nameFrom].Type == Seg.Name
                && _tokens[_segs[nameFrom].Start].IsCapitalized
                && (nameFrom == n - 1 && _segs[nameFrom].Count == 1 && IsCompanyHead(_segs[nameFrom].Start) || IsBodyHeadedRun(nameFrom, b)))
            {
                AddNamed(a, b, ActorKind.Organization, FirstSegCountry(), null, s, true);
                return true;
            }

            if (TitleOpensBodyOf())
            {
                AddNamed(a, b, ActorKind.Organization, LastSegCountry(n), null, s, true);
                return true;
            }

            return false;
        }

        // "General Confederation of Labour", "General Directorate of Security": a title word opening the chunk, then
        // a body head and its "of"/"for" complement, is one body's name, not an office and a person after it.
        private bool TitleOpensBodyOf()
        {
            if (_segs.Count < 4 || _segs[0].Type != Seg.TitleHead || _segs[1].Type != Seg.Name || _segs[2].Type != Seg.Connector
                || !_tokens[_segs[0].Start].IsCapitalized || !IsOfOrFor(2))
            {
                return false;
            }

            var head = _segs[1].Start + _segs[1].Count - 1;
            return _tokens[head].IsCapitalized && InList(WordClass.OrgSuffixes, head) && !InList(WordClass.SurnameLikeHeads, head);
        }

        // The name run closes on an organization head that is no surname ("Service", not "Bank"), and a longer run
        // does not open on a given name ("General Tom Service").
        private bool IsBodyHeadedRun(int nameFrom, int b)
        {
            for (var k = nameFrom + 1; k < _segs.Count; k++)
            {
                if (_segs[k].Type != Seg.Name)
                {
                    return false;
                }
            }

            return InList(WordClass.OrgSuffixes, b - 1) && _tokens[b - 1].IsCapitalized && !InList(WordClass.SurnameLikeHeads, b - 1)
                   && (b - _segs[nameFrom].Start == 1 || !_lex.IsGivenName(_text, _tokens[_segs[nameFrom].Start]));
        }

        // Titled person: "Russian Defense Minister Andrei Belousov", "Lt. Gen. Stephen J. Townsend": the title words
        // are the role, a country before them the person's.
        private bool TitledPerson(int a, int b, int nameFrom, int titleIndex)
        {
            var n = _segs.Count;
            if (nameFrom >= n || titleIndex < 0 || CourtAfterRank(nameFrom, b) || LoneLetterName(nameFrom, b))
            {
                return false;
            }

            var roleFrom = titleIndex;
            while (roleFrom > 0 && IsTitleSeg(roleFrom - 1))
            {
                roleFrom--;
            }

            var country = LastSegCountry(roleFrom);
            var lexFrom = nameFrom == n - 1 && _segs[nameFrom].Type == Seg.Lex ? EntryNameWordsBefore(nameFrom, titleIndex) : nameFrom;
            lexFrom = GivenNamePlaceBefore(lexFrom, titleIndex);
            var roleStart = _segs[roleFrom].Start;
            var roleEnd = _segs[lexFrom - 1].Start + _segs[lexFrom - 1].Count;
            var role = IsHonorific(roleStart, roleEnd) ? null : SpanText(roleStart, roleEnd);
            var nameStart = _segs[lexFrom].Start;
            // "the Foreign Secretary Philip Hammond": the determiner belongs to the titled name's span.
            var titledFirst = a > 0 && IsThe(a - 1) ? a - 1 : a;
            var count = _mentions.Count;
            AddPerson(titledFirst, b, nameStart, b, role, country, nameFrom == n - 1 && _segs[nameFrom].Type == Seg.Lex ? _segs[nameFrom].Entry : null);
            if (_mentions.Count > count && TitleBodyStart(roleFrom, lexFrom) is var bodyFirst && bodyFirst >= 0
                && NewActor(SpanText(bodyFirst, roleEnd), ActorKind.Organization, ComplementCountry(lexFrom) ?? country, null, _tokens[bodyFirst].Start) is { } body)
            {
                RememberRoleComplement(bodyFirst, roleEnd, body); // "Governor of the Central Bank of Barbados X": the bank is named too
            }

            return true;
        }

        // "Governor of the Central Bank of Barbados Ada Brelik", "Deputy Chairman of the Cabinet of Ministers Ada
        // Brelik": the first token of a body the title is "of the", capitalized words with a body's head word and no
        // lexicon body, before the name run at segment lexFrom; else -1.
        private int TitleBodyStart(int roleFrom, int lexFrom)
        {
            for (var k = roleFrom + 1; k + 2 < lexFrom; k++)
            {
                if (IsOfOrFor(k) && _tt.Is(_segs[k].Start, "of") && _segs[k + 1].Type == Seg.Connector && _tt.Is(_segs[k + 1].Start, "the"))
                {
                    return ComplementIsBody(k + 2, lexFrom) ? _segs[k + 2].Start : -1;
                }
            }

            return -1;
        }

        private bool ComplementIsBody(int from, int lexFrom)
        {
            var headed = false;
            for (var k = from; k < lexFrom; k++)
            {
                var sg = _segs[k];
                if (sg.Type == Seg.Lex ? sg.Entry!.Kind != LexiconKind.Country : sg.Type != Seg.Name && (sg.Type != Seg.Connector || k == from))
                {
                    return false;
                }

                headed |= sg.Type == Seg.Name && _tokens[sg.Start].IsCapitalized && TitleBodyHeads.Contains(_text, _tokens[sg.Start + sg.Count - 1]);
            }

            // A lone head word ("Chairman of the Cabinet X") has no name of its own (IsLoneHeadWord).
            return headed && _segs[lexFrom - 1].Start + _segs[lexFrom - 1].Count - _segs[from].Start >= 2;
        }

        // The country a lexicon segment of the body's complement names ("... of Barbados"), else null.
        private string? ComplementCountry(int lexFrom)
        {
            for (var k = lexFrom - 1; k >= 0 && _segs[k].Type != Seg.TitleHead; k--)
            {
                if (_segs[k].Type == Seg.Lex && _segs[k].Entry!.Kind == LexiconKind.Country)
                {
                    return _segs[k].Country;
                }
            }

            return null;
        }

        private static readonly TermTable<bool> TitleBodyHeads = WordTable(
            "bank", "council", "committee", "commission", "institute", "university", "authority", "board", "agency",
            "corporation", "company", "federation", "union", "party", "assembly", "court", "tribunal", "bureau", "fund",
            "foundation", "association", "academy", "senate", "parliament", "cabinet", "secretariat", "directorate");

        // "Foreign Minister Nasser Bourita": a one-word lexicon place that is also a given name, right before the name,
        // opens the name; it is no part of the role.
        private int GivenNamePlaceBefore(int nameFrom, int titleIndex)
        {
            var k = nameFrom - 1;
            return k > titleIndex && _segs[k].Type == Seg.Lex && _segs[k].Count == 1 && _tokens[_segs[k].Start].IsCapitalized
                   && _lex.IsGivenName(_text, _tokens[_segs[k].Start]) ? k : nameFrom;
        }

        // "the General Court Martial", "a Special Tribunal": a title word before a court's name is its rank, not a
        // person's title (a person's surname is rarely a court's head after another name word).
        private bool CourtAfterRank(int nameFrom, int b) =>
            b - _segs[nameFrom].Start >= 2 && _tokens[b - 1].IsCapitalized && (_tt.Is(b - 1, "martial") || _tt.Is(b - 1, "tribunal"));

        // "President Tayyip Erdogan": unknown name words right before a lexicon person's surname that are words of
        // that person's own name belong to the name, not to the title. So does one capitalized word the lexicon name
        // lacks ("Defence Minister Mohamed Khaled Nordin" for the lexicon's "Khaled Nordin"): a given name, as no
        // title word stands between. Returns the first such segment (else lexSeg).
        private int EntryNameWordsBefore(int lexSeg, int titleIndex)
        {
            var name = _segs[lexSeg].Entry!.Name;
            var first = lexSeg;
            while (first - 1 > titleIndex && _segs[first - 1].Type == Seg.Name && SegWordsIn(_segs[first - 1], name))
            {
                first--;
            }

            if (first == lexSeg && first - 1 > titleIndex && _segs[first - 1].Type == Seg.Name && _segs[first - 1].Count == 1
                && _segs[lexSeg].Entry!.Kind == LexiconKind.Person && IsGivenNameLike(_segs[first - 1].Start))
            {
                first--;
            }

            return first;
        }

        private bool IsGivenNameLike(int j) => _tokens[j].Kind == TokenKind.Word && _tokens[j].IsCapitalized && !_tokens[j].IsAllCaps && !IsTitleWord(j);

        private bool SegWordsIn(in Segment sg, string name)
        {
            for (var t = sg.Start; t < sg.Start + sg.Count; t++)
            {
                if (!HasNameWord(name, SpanText(t, t + 1), false))
                {
                    return false;
                }
            }

            return true;
        }

        // The whole chunk is one person the lexicon knows (by full name or surname).
        private bool LexiconPersonChunk(int a, int b, int nameFrom)
        {
            var n = _segs.Count;
            if (nameFrom == 0 && n > 0 && _segs[n - 1].Type == Seg.Lex && _segs[n - 1].Entry!.Kind == LexiconKind.Person)
            {
                var last = _segs[n - 1];
                AddPerson(a, b, last.Start, b, null, null, last.Entry, (last.Flags & SurfaceFlags.Surname) != 0);
                return true;
            }

            return false;
        }

        private static readonly TermTable<bool> TenureWords = TermTables.Words("new", "former", "acting", "interim", "outgoing", "incoming", "current");

        // A title with no name: a description to resolve later ("the Foreign Secretary").
        private bool TitleDescription(int a, int b, int nameFrom, int titleIndex)
        {
            var n = _segs.Count;
            if (titleIndex < 0 || nameFrom != n)
            {
                return false;
            }

            var first = DescriptionStart(a, titleIndex, out var country);
            if (!(titleIndex == n - 1 || _segs[n - 1].Type == Seg.TitleHead || _segs[n - 1].Type == Seg.TitleModifier
                  || first == a && TitleComplement(titleIndex) || IsChiefsStaff(titleIndex, n - 1)))
            {
                return false;
            }

            var dFirst = first > 0 && IsThe(first - 1) ? first - 1 : first;

            // "X, the new Foreign Minister, said": a lower-case tenure word between "the" and the title stays in the
            // description, so that it still reads as X's apposition.
            if (first == a && first > 1 && IsThe(first - 2) && _tokens[first - 1].IsLower && TenureWords.Contains(_text, _tokens[first - 1]))
            {
                dFirst = first - 2;
            }

            if (first == a && a > 0 && IsOrdinal(a - 1) && UnknownBodyBeforeTitle(titleIndex))
            {
                dFirst = a - 1;
            }

            // A lone capitalized title word with no determiner ("Rewards for Justice") names no one.
            if (b - dFirst == 1 && b - a == 1)
            {
                return true;
            }

            _descriptions.Add((dFirst, b - dFirst, _segs[titleIndex].Start, country, true));
            return true;
        }

        // Where a title's description starts: after any segment before the title that is neither the office's
        // country, the body it belongs to, nor a title word; with the office's country.
        private int DescriptionStart(int a, int titleIndex, out string? country)
        {
            country = null;
            var first = a;
            for (var k = 0; k < titleIndex; k++)
            {
                if (_segs[k].Type == Seg.Demonym || k == 0 && _segs[k].Type == Seg.Lex && _segs[k].Entry!.Kind == LexiconKind.Country)
                {
                    // "the Iraqi Foreign Minister", "the U.S. Secretary of State": the office's country.
                    country = _segs[k].Country;
                }
                else if (_segs[k].Type == Seg.Lex && _segs[k].Entry!.Kind == LexiconKind.Organization && k == titleIndex - 1
                         || UnknownBodyBeforeTitle(titleIndex))
                {
                    // "Foreign Office Minister", "507th Maintenance Group Commander": the body the office belongs
                    // to is part of its description.
                }
                else if (_segs[k].Type != Seg.TitleModifier && _segs[k].Type != Seg.TitleHead)
                {
                    first = _segs[k + 1].Start;
                    country = null;
                }
            }

            return first;
        }
    }
}

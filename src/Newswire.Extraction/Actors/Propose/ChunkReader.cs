using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Propose: reads one chunk as a titled person, a lexicon actor, an organization or place by its head, or unknown names.
// ProcessChunk is the ordered decision list; each rule tries one reading and says whether it took the chunk. The
// order gives each rule its meaning, so it stays in one place. This file: the opening vetoes, the segmentation and
// the rules that read the chunk's first word; ChunkTitles.cs the title rules; ChunkSegments.cs heads and the rest.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        [MethodImpl(Hot.Path)]
        private void ProcessChunk(int s, Sentence sentence, int a, int b)
        {
            var chunkFirst = a;
            a = SkipCommonOpeners(a, b, sentence);
            if (VetoNonActorChunk(chunkFirst, a, b) || VetoVessel(a, b) || NumberedUnit(s, chunkFirst, a, b))
            {
                return;
            }

            SegmentChunk(a, b);
            if (CounterOrganization(s, a, b) || PlaceByPrefix(s, a, b) || NationalBranch(s, a, b) || CompanyByLegalForm(s, a, b))
            {
                return;
            }

            var nameFrom = NameRunStart();
            var titleIndex = TitleBefore(nameFrom);
            nameFrom = NameAfterTitleComplement(nameFrom, titleIndex);
            nameFrom = NameAfterStaffTitle(nameFrom, titleIndex);
            nameFrom = NameAfterPlaceComplement(nameFrom, titleIndex);
            if (SignatureChunk(s, a, b) || TitleThenBody(s, a, b, nameFrom, titleIndex) || TitledPerson(a, b, nameFrom, titleIndex) || LexiconPersonChunk(a, b, nameFrom)
                || TitleDescription(a, b, nameFrom, titleIndex) || OrganizationOf(s, a, b) || WholeChunkByHead(s, a, b))
            {
                return;
            }

            EachSegmentAlone(s, sentence, a);
        }

        // Drops sentence-initial common words ("The", "In", "According") and lone month/weekday words.
        private int SkipCommonOpeners(int a, int b, Sentence sentence)
        {
            while (a < b && IsCommonAt(a, sentence))
            {
                a++;
            }

            return a;
        }

        // Nothing left, a head that names no actor ("Treaty"), or an operation/exercise ("Exercise Eager Lion"
        // opening a sentence: the common-word drop must not strip the event word).
        private bool VetoNonActorChunk(int chunkFirst, int a, int b)
        {
            if (a >= b || InList(WordClass.NotActorHeads, b - 1) || _tt.Is(a, "operation") || _tt.Is(a, "exercise")
                || _tt.Is(chunkFirst, "operation") || _tt.Is(chunkFirst, "exercise"))
            {
                Veto(chunkFirst, b);
                return true;
            }

            return false;
        }

        // "USS Mahan", "HMS Ocean", "DDG 72": vessels are equipment, not actors.
        private bool VetoVessel(int a, int b)
        {
            if (b - a >= 2 && _tokens[a].IsAllCaps && InList(WordClass.ShipPrefixes, a))
            {
                Veto(a, b);
                return true;
            }

            return false;
        }

        // "the 507th Air Refueling Wing", "2nd Battalion", "407th AEG": a numbered unit keeps its ordinal.
        private bool NumberedUnit(int s, int chunkFirst, int a, int b)
        {
            if (a > 0 && a == chunkFirst && IsOrdinal(a - 1) && (InList(WordClass.OrgSuffixes, b - 1) && _tokens[b - 1].IsCapitalized
                                                                || b - a == 1 && _tokens[a].IsAllCaps && _tokens[a].Length >= 2))
            {
                AddNamed(a - 1, b, ActorKind.Organization, null, null, s, true);
                return true;
            }

            return false;
        }

        // Splits the chunk into segments: lexicon phrases, nationalities, title words, lower-case connectors and
        // (the rest) unknown name words.
        [MethodImpl(Hot.Path)]
        private void SegmentChunk(int a, int b)
        {
            _segs.Clear();
            var p = a;
            while (p < b)
            {
                var seg = SegmentAt(p, a, b);
                _segs.Add(seg);
                p += seg.Count;
            }
        }

        [MethodImpl(Hot.Path)]
        private Segment SegmentAt(int p, int a, int b)
        {
            var seg = new Segment { Start = p, Count = 1, Type = Seg.Name };
            ref readonly var t = ref _tokens[p];
            var matched = MatchAt(p, b, out var m);
            if ((!matched || m.TokenCount < 2) && TwoWordDemonym(p, b, out var country2))
            {
                // "Sri Lankan", "South Korean", "Costa Rican": a nationality of two words, one segment.
                seg.Type = Seg.Demonym;
                seg.Count = 2;
                seg.Country = country2;
            }
            else if (matched && !SurnameAfterName(m, p, a, b) && !GivenNameOpening(m, p, b) && !OtherPersonsSurname(m, p))
            {
                seg.Type = Seg.Lex;
                seg.Count = m.TokenCount;
                seg.Entry = m.Entry;
                seg.Flags = m.Flags;
                seg.Country = m.Entry.Country;
            }
            else if (_lex.TryDemonym(_text, t, out var dc) && t.IsCapitalized)
            {
                seg.Type = Seg.Demonym;
                seg.Country = dc.Length == 3 ? dc : null;
            }
            else if (InList(WordClass.TitleHeads, p) && t.IsCapitalized)
            {
                seg.Type = Seg.TitleHead;
            }
            else if (HonorificLength(p, b) is var honorific && honorific > 0)
            {
                seg.Type = Seg.TitleHead;
                seg.Count = honorific;
            }
            else if (InList(WordClass.TitleModifiers, p) && t.IsCapitalized && p + 1 < b && IsTitleWord(p + 1))
            {
                seg.Type = Seg.TitleModifier;
            }
            else if (IsTitleTail(p))
            {
                seg.Type = Seg.TitleHead;
            }
            else if (t.IsLower && !IsArabicArticleName(p))
            {
                seg.Type = Seg.Connector;
            }

            return seg;
        }

        // Two capitalized words, one space apart, that the lexicon lists as one country's demonym ("South Korean").
        private bool TwoWordDemonym(int p, int b, out string country)
        {
            country = "";
            if (p + 1 >= b || !_tokens[p].IsCapitalized || !_tokens[p + 1].IsCapitalized || _tokens[p + 1].Start != _tokens[p].End + 1
                || _text[_tokens[p].End] != ' ')
            {
                return false;
            }

            // A region's ("Latin American", "West African") names no country and makes no group.
            return _lex.TryDemonym(_text, _tokens[p].Start, _tokens[p + 1].End - _tokens[p].Start, out country) && country.Length == 3;
        }

        // "John Hall": a word the lexicon knows only as a surname, right after an unknown name word (not a title),
        // goes on that name rather than starting a lexicon actor.
        private bool SurnameAfterName(in LexiconMatch m, int p, int a, int b) =>
            p > a && ((m.Flags & SurfaceFlags.Surname) != 0 || InsideLongName(m, p, b) || PlaceInsideName(m, p, b) || PlaceAsSurname(m, p, b)) && IsTitleSeg(_segs.Count - 1) == false && _segs.Count > 0
            && _segs[_segs.Count - 1].Type == Seg.Name;

        // "María Teresa Rubio Castañeda": a lexicon person's one-word short name ("Rubio") inside a longer name (two
        // name words before it, or a second surname after it) is that name's word, not the lexicon's person. A lone
        // given name before it ("Sergei Lavrov") may be the person's other spelling and is left to the lexicon, and so
        // is a short name after a particle ("Haider Al Abadi").
        // "President Hassan Abdi Farah Dhuhulow": a lexicon person's one-word short name ("Hassan": Samia Suluhu Hassan)
        // that is also a given name, with a name word after it, opens another person's name.
        private bool GivenNameOpening(in LexiconMatch m, int p, int b) =>
            m.TokenCount == 1 && m.Entry.Kind == LexiconKind.Person && (m.Flags & SurfaceFlags.Canonical) == 0 && p + 1 < b
            && _tokens[p + 1].IsCapitalized && _tokens[p + 1].Kind == TokenKind.Word && _lex.IsGivenName(_text, _tokens[p]);

        // "Hassan Abdi Farah Dhuhulow": a one-word place ("Farah") between a given name and another word and a name word
        // after it is a word of the person's name (Somali and Arabic names chain the father's and grandfather's names,
        // which are often also place names); not before a body or place head ("Ali Hassan Cairo University").
        private bool PlaceInsideName(in LexiconMatch m, int p, int b) =>
            m.TokenCount == 1 && m.Entry.Kind == LexiconKind.Place && p + 1 < b && _tokens[p + 1].IsCapitalized && _tokens[p + 1].Kind == TokenKind.Word
            && !InList(WordClass.OrgSuffixes, p + 1) && !InList(WordClass.PlaceSuffixes, p + 1)
            && _segs.Count >= 2 && _segs[_segs.Count - 2].Type == Seg.Name && _lex.IsGivenName(_text, _tokens[_segs[_segs.Count - 2].Start]);

        // "Culture Minister Maria Valencia", "Alejandro Toledo": a one-word place (not a country) closing the chunk right
        // after a known given name is that person's surname; a country stays ("Michael Jordan" is left to the lexicon's
        // persons and the tagger).
        private bool PlaceAsSurname(in LexiconMatch m, int p, int b) =>
            m.TokenCount == 1 && m.Entry.Kind == LexiconKind.Place && p + 1 == b && _segs.Count >= 1 && _segs[_segs.Count - 1].Start == p - 1
            && _tokens[p - 1].End + 1 == _tokens[p].Start && _lex.IsGivenName(_text, _tokens[p - 1]);

        private bool InsideLongName(in LexiconMatch m, int p, int b) =>
            m.TokenCount == 1 && m.Entry.Kind == LexiconKind.Person && (m.Flags & SurfaceFlags.Canonical) == 0 && _tokens[p - 1].Length > 3
            && (p + 1 < b && _tokens[p + 1].IsCapitalized && _tokens[p + 1].Kind == TokenKind.Word
                || _segs.Count >= 2 && _segs[_segs.Count - 2].Type == Seg.Name);

        // "Counter ISIL Coalition", "Counter-Daesh Coalition", "Anti-Corruption Bureau": a counter/anti word opening
        // a name that ends in an organization head makes the whole chunk one organization; a head the lexicon
        // knows keeps its actor. Standing alone ("Counter-IED training") the word names no one.
        private bool CounterOrganization(int s, int a, int b)
        {
            if (_segs[0].Type != Seg.Name || _segs[0].Count != 1 || !IsCounterPrefix(a))
            {
                return false;
            }

            if (b - a == 1)
            {
                return true;
            }

            if (!CounterBody(b, out var bodyCountry))
            {
                return false;
            }

            var head = _segs[_segs.Count - 1];
            if (head.Type == Seg.Lex)
            {
                AddLexicon(a, b, head.Entry!, s);
            }
            else
            {
                AddNamed(a, b, ActorKind.Organization, bodyCountry, null, s, true);
            }

            return true;
        }

        // "Mount Sinjar", "Camp Hurriya", "Gulf of Oman": a place word opening the chunk makes it one place.
        private bool PlaceByPrefix(int s, int a, int b)
        {
            if (!(_segs.Count >= 2 && _segs[0].Count == 1 && _tokens[a].IsCapitalized
                  && (InList(WordClass.PlacePrefixes, a) && _segs[1].Type != Seg.Connector
                      || InList(WordClass.PlaceOfHeads, a) && _segs[1].Type == Seg.Connector && _tt.Is(_segs[1].Start, "of"))))
            {
                return false;
            }

            var where = LastSegCountry(_segs.Count);
            var placeEnd = CityCountry(a, b, out var withCountry, out _) ? withCountry : b;
            AddNamed(a, placeEnd, ActorKind.Location, where, null, s, true, b);
            return true;
        }

        // The country of the last segment before `end` that has one (a nationality or a known actor), else null.
        private string? LastSegCountry(int end)
        {
            string? generic = null;
            for (var k = end - 1; k >= 0; k--)
            {
                // "Sudanese Congress Party": a generic lexicon body inside the name ("Congress", the US one) yields to
                // another segment's country (Countries/GenericBodies).
                if (_segs[k].Country != null && _segs[k].Type == Seg.Lex && Countries.GenericBodies.IsGeneric(_segs[k].Entry))
                {
                    generic ??= _segs[k].Country;
                }
                else if (_segs[k].Country != null)
                {
                    return _segs[k].Country;
                }
            }

            return generic;
        }

        // The country of the first segment that has one, else null.
        private string? FirstSegCountry()
        {
            for (var k = 0; k < _segs.Count; k++)
            {
                if (_segs[k].Country != null)
                {
                    return _segs[k].Country;
                }
            }

            return null;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Propose: the chunk reader's last rules: the whole chunk as one organization or place by its head word, else each
// segment group on its own (lexicon actors, nationality groups, unknown name runs).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // "Ministry of Defence", "Government of Iraq", "Department of State": one organization.
        private bool OrganizationOf(int s, int a, int b)
        {
            if (OrgOfAt() is var ofAt && ofAt > 0 && ofAt + 1 < _segs.Count)
            {
                AddNamed(a, b, ActorKind.Organization, LastSegCountry(_segs.Count), null, s, true);
                return true;
            }

            return false;
        }

        // The whole chunk as one organization or place, read from its last word: "Jordan Armed Forces", "Kursk Oblast".
        [MethodImpl(Hot.Path)]
        private bool WholeChunkByHead(int s, int a, int b)
        {
            var n = _segs.Count;
            var lastTok = b - 1;
            var lastIsOrg = InList(WordClass.OrgSuffixes, lastTok) && _tokens[lastTok].IsCapitalized && n > 1;

            // "U.S. Naval Forces Central Command": a known organization closing a longer organization name that
            // has its own head word before it is part of that name.
            if (lastIsOrg && _segs[n - 1].Type == Seg.Lex && _segs[n - 1].Entry!.Kind == LexiconKind.Organization && n >= 3 && NameSegWithOrgHead(n - 1))
            {
                AddNamed(a, b, ActorKind.Organization, FirstSegCountry(), null, s, true);
                return true;
            }

            if (lastIsOrg && _segs[n - 1].Type == Seg.Lex && _segs[n - 1].Entry!.Kind == LexiconKind.Organization && NamesBeforeLexiconHead(n))
            {
                AddNamed(a, b, ActorKind.Organization, null, null, s, true); // the generic body's country is not this one's
                return true;
            }

            if (_segs[n - 1].Type == Seg.Lex || !(lastIsOrg || LastIsPlaceHead(a, lastTok, n)))
            {
                return false;
            }

            // "Marlow Dam, Syria": a place keeps the country or state that locates it.
            var end = !lastIsOrg && CityCountry(a, b, out var located, out _) ? located : b;
            var country = lastIsOrg && IsRegionParty(n, lastTok) ? null : LastSegCountry(n);
            AddNamed(a, end, lastIsOrg ? ActorKind.Organization : ActorKind.Location, country, null, s, true, b);
            return true;
        }

        // "the ruling All Progressives Congress", "the Workers Congress": unknown capitalized words right before a
        // lexicon body that is a bare head word ("Congress") are that body's own name, not a word before the
        // generic body the lexicon means (the tagger often reads only the head).
        private bool NamesBeforeLexiconHead(int n)
        {
            if (n < 2 || n > 4 || _segs[n - 1].Count != 1)
            {
                return false;
            }

            for (var k = 0; k < n - 1; k++)
            {
                if (_segs[k].Type != Seg.Name || !_tokens[_segs[k].Start].IsCapitalized)
                {
                    return false;
                }
            }

            return true;
        }

        // "Colorado Party" (Paraguay): a region's name alone before "Party" is often a word of another language, and a
        // party is rarely named for one region of its country; its country comes from the story, not the region.
        private bool IsRegionParty(int n, int lastTok) =>
            n == 2 && _segs[0].Type == Seg.Lex && _segs[0].Entry!.Kind == LexiconKind.Place && _tt.Is(lastTok, "party");

        // A place head closing an unknown name ("Kursk Oblast"); "John Hall", "Sarah Park": not after a given name
        // when the head is also a common surname.
        private bool LastIsPlaceHead(int a, int lastTok, int n) =>
            InList(WordClass.PlaceSuffixes, lastTok) && _tokens[lastTok].IsCapitalized && n > 1
            && _segs[n - 1].Type != Seg.Lex
            && !(InList(WordClass.SurnameLikeHeads, lastTok) && _lex.IsGivenName(_text, _tokens[a]));

        // Otherwise each segment group stands alone.
        [MethodImpl(Hot.Path)]
        private void EachSegmentAlone(int s, Sentence sentence, int a)
        {
            var n = _segs.Count;
            var k = 0;
            while (k < n)
            {
                var type = _segs[k].Type;
                if (type == Seg.Lex)
                {
                    var second = SecondSurnameAfter(k) ? 1 : 0;
                    LexiconSegment(s, k, second);
                    k += 1 + second;
                }
                else if (type == Seg.Demonym && k == n - 1)
                {
                    NationalityGroup(k);
                    k++;
                }
                else if (IsCompassSeg(k) && k + 1 < n && _segs[k + 1].Type == Seg.Lex && IsPlaceEntry(_segs[k + 1].Entry!))
                {
                    k++; // taken by the place after it
                }
                else if (type == Seg.Name)
                {
                    k = UnknownNameRun(s, sentence, a, k);
                }
                else
                {
                    k++;
                }
            }
        }

        // "Daniel Chapo Tembe", "Gustavo Petro Urrego": one unknown capitalized word closing the chunk right after a
        // lexicon person's full name is that person's second surname, not another actor.
        private bool SecondSurnameAfter(int k)
        {
            var sg = _segs[k];
            if (k + 2 != _segs.Count || sg.Entry!.Kind != LexiconKind.Person || sg.Count < 2 || _segs[k + 1].Type != Seg.Name || _segs[k + 1].Count != 1)
            {
                return false;
            }

            var p = _segs[k + 1].Start;
            ref readonly var t = ref _tokens[p];
            return t.IsCapitalized && !t.IsAllCaps && t.Kind == TokenKind.Word && (t.Flags & TokenFlags.Abbreviation) == 0
                && t.Start == _tokens[p - 1].End + 1 && _text[_tokens[p - 1].End] == ' '
                && !InList(WordClass.NotActors, p) && !InList(WordClass.CommonCapitalized, p) && !InList(WordClass.OrgSuffixes, p)
                && !InList(WordClass.PlaceSuffixes, p) && !_lex.IsGivenName(_text, t);
        }

        // A lexicon phrase on its own, with the nationality, country or compass word before it that belongs to it,
        // and a person's second surname after it.
        [MethodImpl(Hot.Path)]
        private void LexiconSegment(int s, int k, int second)
        {
            // "the U.S. Department of State", "the U.K. Ministry of Defence": a country named right before one of
            // its own known organizations belongs to that organization's span, like a nationality word does.
            if (CountryOfNextOrganization(k))
            {
                return;
            }

            var sg = _segs[k];
            var from = sg.Start;
            if (k > 0 && CountryOfNextOrganization(k - 1))
            {
                from = _segs[k - 1].Start;
            }

            // "Kurdish YPG": a demonym right before an organization belongs to its span.
            // "Arabian Gulf", "Caspian Sea": likewise before a place named by its head word.
            if (k > 0 && _segs[k - 1].Type == Seg.Demonym && (sg.Entry!.Kind == LexiconKind.Organization
                || sg.Entry.Kind == LexiconKind.Place && InList(WordClass.PlaceSuffixes, sg.Start + sg.Count - 1)))
            {
                from = _segs[k - 1].Start;
            }

            // "Northern Iraq", "Southwest Asia": a capitalized compass word is part of the place.
            if (k > 0 && IsCompassSeg(k - 1) && IsPlaceEntry(sg.Entry!))
            {
                from = _segs[k - 1].Start;
            }

            var to = sg.Start + sg.Count + second;
            if (sg.Entry!.Kind == LexiconKind.Person)
            {
                AddPerson(from, to, sg.Start, to, null, null, sg.Entry, (sg.Flags & SurfaceFlags.Surname) != 0);
            }
            else
            {
                AddLexicon(from, to, sg.Entry, s);
            }
        }

        // A nationality closing the chunk ("Syrian Arab forces", "Iraqi Kurdish fighters"): stacked nationalities
        // name one group, of the first one's country. "Armenian and Azerbaijani negotiators": a group of two
        // nations is neither one's group.
        private void NationalityGroup(int k)
        {
            var sg = _segs[k];
            var before = sg.Start - 1;
            var coordinated = before >= 1 && (_tt.Is(before, "and") || _tt.Is(before, "or") || IsComma(before));
            if (coordinated && IsComma(before - 1) && before >= 2)
            {
                before--; // "German, and Canadian companies"
            }

            coordinated = coordinated && (_lex.TryDemonym(_text, _tokens[before - 1], out _) || _tokens[before - 1].IsAllCaps);
            if (coordinated)
            {
                return;
            }

            var from = k;
            var groupCountry = sg.Country;
            while (from > 0 && _segs[from - 1].Type == Seg.Demonym)
            {
                from--;
                groupCountry = _segs[from].Country ?? groupCountry;
            }

            AddGroup(_segs[from].Start, sg.Start + sg.Count, groupCountry, people: true);
        }

        // A run of unknown name words (particles inside it, "Abu al Zayd"), read by ClassifyUnknown; the segment
        // index after it.
        private int UnknownNameRun(int s, Sentence sentence, int a, int k)
        {
            var n = _segs.Count;
            var e = k;
            while (e + 1 < n && (_segs[e + 1].Type == Seg.Name
                                 || (_segs[e + 1].Type == Seg.Connector && InList(WordClass.Particles, _segs[e + 1].Start) && e + 2 < n && _segs[e + 2].Type == Seg.Name)))
            {
                e++;
            }

            ClassifyUnknown(s, sentence, _segs[k].Start, _segs[e].Start + _segs[e].Count, a);
            return e + 1;
        }
    }
}

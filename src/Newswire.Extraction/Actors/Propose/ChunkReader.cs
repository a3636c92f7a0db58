using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Propose: reads one chunk as a titled person, a lexicon actor, an organization or place by its head, or unknown names.
// One method of about 400 lines: its rules are an ordered decision list over the same segments; splitting it would
// scatter the order that gives each rule its meaning.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        [MethodImpl(Hot.Path)]
        private void ProcessChunk(int s, Sentence sentence, int a, int b)
        {
            var chunkFirst = a;
            // Drop sentence-initial common words ("The", "In", "According") and lone month/weekday words.
            while (a < b && IsCommonAt(a, sentence))
            {
                a++;
            }

            // "Exercise Eager Lion" opening a sentence: the common-word drop must not strip the event word.
            if (a >= b || WordLists.NotActorHeads.Contains(_text, _tokens[b - 1]) || _tt.Is(a, "operation") || _tt.Is(a, "exercise")
                || _tt.Is(chunkFirst, "operation") || _tt.Is(chunkFirst, "exercise"))
            {
                Veto(chunkFirst, b);
                return;
            }

            // "USS Mahan", "HMS Ocean", "DDG 72": vessels are equipment, not actors.
            if (b - a >= 2 && _tokens[a].IsAllCaps && WordLists.ShipPrefixes.Contains(_text, _tokens[a]))
            {
                Veto(a, b);
                return;
            }

            // "the 507th Air Refueling Wing", "2nd Battalion", "407th AEG": a numbered unit keeps its ordinal.
            if (a > 0 && a == chunkFirst && IsOrdinal(a - 1) && (WordLists.OrgSuffixes.Contains(_text, _tokens[b - 1]) && _tokens[b - 1].IsCapitalized
                                               || b - a == 1 && _tokens[a].IsAllCaps && _tokens[a].Length >= 2))
            {
                AddNamed(a - 1, b, ActorKind.Organization, null, null, s, true);
                return;
            }

            // Segment the chunk.
            _segs.Clear();
            var p = a;
            while (p < b)
            {
                var seg = new Segment { Start = p, Count = 1, Type = Seg.Name };
                ref readonly var t = ref _tokens[p];
                if (MatchAt(p, b, out var m) && !((m.Flags & SurfaceFlags.Surname) != 0 && p > a && IsTitleSeg(_segs.Count - 1) == false && _segs.Count > 0 && _segs[_segs.Count - 1].Type == Seg.Name))
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
                else if (WordLists.TitleHeads.Contains(_text, t) && t.IsCapitalized)
                {
                    seg.Type = Seg.TitleHead;
                }
                else if (WordLists.TitleModifiers.Contains(_text, t) && t.IsCapitalized && p + 1 < b && IsTitleWord(p + 1))
                {
                    seg.Type = Seg.TitleModifier;
                }
                else if (t.IsLower && !IsArabicArticleName(p))
                {
                    seg.Type = Seg.Connector;
                }

                _segs.Add(seg);
                p += seg.Count;
            }

            // "Counter ISIL Coalition", "Counter-Daesh Coalition", "Anti-Corruption Bureau": a counter/anti word opening
            // a name that ends in an organization head makes the whole chunk one organization; a head the lexicon
            // knows keeps its actor. Standing alone ("Counter-IED training") the word names no one.
            if (_segs[0].Type == Seg.Name && _segs[0].Count == 1 && IsCounterPrefix(a))
            {
                if (b - a == 1)
                {
                    return;
                }

                if (CounterBody(b, out var bodyCountry))
                {
                    var head = _segs[_segs.Count - 1];
                    if (head.Type == Seg.Lex)
                    {
                        AddLexicon(a, b, head.Entry!, s);
                    }
                    else
                    {
                        AddNamed(a, b, ActorKind.Organization, bodyCountry, null, s, true);
                    }

                    return;
                }
            }

            // "Mount Sinjar", "Camp Hurriya", "Gulf of Oman": a place word opening the chunk makes it one place.
            if (_segs.Count >= 2 && _segs[0].Count == 1 && _tokens[a].IsCapitalized
                && (WordLists.PlacePrefixes.Contains(_text, _tokens[a]) && _segs[1].Type != Seg.Connector
                    || WordLists.PlaceOfHeads.Contains(_text, _tokens[a]) && _segs[1].Type == Seg.Connector && _tt.Is(_segs[1].Start, "of")))
            {
                string? where = null;
                foreach (var sg in _segs)
                {
                    where = sg.Country ?? where;
                }

                var placeEnd = CityCountry(a, b, out var withCountry, out _) ? withCountry : b;
                AddNamed(a, placeEnd, ActorKind.Location, where, null, s, true, b);
                return;
            }

            // A name run at the end of the chunk: unknown capitalized words or a lexicon person.
            var n = _segs.Count;
            var nameFrom = n;
            while (nameFrom > 0)
            {
                var sg = _segs[nameFrom - 1];
                if (sg.Type == Seg.Name || (sg.Type == Seg.Lex && sg.Entry!.Kind == LexiconKind.Person)
                    || (sg.Type == Seg.Connector && nameFrom - 1 > 0 && WordLists.Particles.Contains(_text, _tokens[sg.Start])))
                {
                    nameFrom--;
                    if (sg.Type == Seg.Lex)
                    {
                        break;
                    }

                    continue;
                }

                break;
            }

            var titleIndex = -1;
            for (var k = nameFrom - 1; k >= 0; k--)
            {
                if (_segs[k].Type == Seg.TitleHead)
                {
                    titleIndex = k;
                    break;
                }
            }

            // After "of"/"for" a title's complement comes first: "Secretary of State Marta Quinlan" keeps two words
            // for the name; "U.S. Secretary of State", "Senior Advisor for MEK Resettlement" are offices.
            if (nameFrom < n && nameFrom > 0 && titleIndex >= 0 && _segs[nameFrom - 1].Type == Seg.Connector
                && (_tt.Is(_segs[nameFrom - 1].Start, "of") || _tt.Is(_segs[nameFrom - 1].Start, "for")) && TitleComplement(titleIndex))
            {
                nameFrom = n - nameFrom >= 3 && _segs[nameFrom].Type == Seg.Name && _segs[nameFrom].Count == 1 ? nameFrom + 1 : n;
            }

            // "General Staff", "Joint Command": an organization head after the title is the body itself.
            if (nameFrom == n - 1 && titleIndex >= 0 && titleIndex == n - 2 && b - a >= 2 && _tokens[_segs[titleIndex].Start].Kind == TokenKind.Word
                && _tokens[_segs[titleIndex].Start].IsCapitalized && _segs[nameFrom].Type == Seg.Name && _segs[nameFrom].Count == 1
                && _tokens[_segs[nameFrom].Start].IsCapitalized && WordLists.OrgSuffixes.Contains(_text, _tokens[_segs[nameFrom].Start])
                && !WordLists.SurnameLikeHeads.Contains(_text, _tokens[_segs[nameFrom].Start]))
            {
                string? body = null;
                foreach (var sg in _segs)
                {
                    body ??= sg.Country;
                }

                AddNamed(a, b, ActorKind.Organization, body, null, s, true);
                return;
            }

            if (nameFrom < n && titleIndex >= 0)
            {
                // Titled person: "Russian Defense Minister Andrei Belousov", "Lt. Gen. Stephen J. Townsend".
                var roleFrom = titleIndex;
                while (roleFrom > 0 && (_segs[roleFrom - 1].Type == Seg.TitleModifier || _segs[roleFrom - 1].Type == Seg.TitleHead))
                {
                    roleFrom--;
                }

                string? country = null;
                for (var k = 0; k < roleFrom; k++)
                {
                    if (_segs[k].Country != null)
                    {
                        country = _segs[k].Country;
                    }
                }

                var roleStart = _segs[roleFrom].Start;
                var roleEnd = _segs[nameFrom - 1].Start + _segs[nameFrom - 1].Count;
                var role = IsHonorific(roleStart, roleEnd) ? null : SpanText(roleStart, roleEnd);
                var nameStart = _segs[nameFrom].Start;
                // "the Foreign Secretary Philip Hammond": the determiner belongs to the titled name's span.
                var titledFirst = a > 0 && IsThe(a - 1) ? a - 1 : a;
                AddPerson(titledFirst, b, nameStart, b, role, country, nameFrom == n - 1 && _segs[nameFrom].Type == Seg.Lex ? _segs[nameFrom].Entry : null);
                return;
            }

            if (nameFrom == 0 && n > 0 && _segs[n - 1].Type == Seg.Lex && _segs[n - 1].Entry!.Kind == LexiconKind.Person)
            {
                var entry = _segs[n - 1].Entry!;
                AddPerson(a, b, _segs[n - 1].Start, b, null, null, entry, (_segs[n - 1].Flags & SurfaceFlags.Surname) != 0);
                return;
            }

            if (titleIndex >= 0 && nameFrom == n)
            {
                // A title with no name: a description to resolve later ("the Foreign Secretary").
                string? country = null;
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

                if (titleIndex == n - 1 || _segs[n - 1].Type == Seg.TitleHead || _segs[n - 1].Type == Seg.TitleModifier
                    || first == a && TitleComplement(titleIndex))
                {
                    var dFirst = first > 0 && IsThe(first - 1) ? first - 1 : first;
                    if (first == a && a > 0 && IsOrdinal(a - 1) && UnknownBodyBeforeTitle(titleIndex))
                    {
                        dFirst = a - 1;
                    }

                    // A lone capitalized title word with no determiner ("Rewards for Justice") names no one.
                    if (b - dFirst == 1 && b - a == 1)
                    {
                        return;
                    }

                    _descriptions.Add((dFirst, b - dFirst, _segs[titleIndex].Start, country, true));
                    return;
                }
            }

            var lastTok = b - 1;
            if (OrgOfAt() is var ofAt && ofAt > 0 && ofAt + 1 < n)
            {
                // "Ministry of Defence", "Government of Iraq", "Department of State": one organization.
                string? inner = null;
                foreach (var sg in _segs)
                {
                    if (sg.Country != null)
                    {
                        inner = sg.Country;
                    }
                }

                AddNamed(a, b, ActorKind.Organization, inner, null, s, true);
                return;
            }

            var lastIsOrg = WordLists.OrgSuffixes.Contains(_text, _tokens[lastTok]) && _tokens[lastTok].IsCapitalized && n > 1;

            // "U.S. Naval Forces Central Command": a known organization closing a longer organization name that
            // has its own head word before it is part of that name.
            if (lastIsOrg && _segs[n - 1].Type == Seg.Lex && _segs[n - 1].Entry!.Kind == LexiconKind.Organization && n >= 3 && NameSegWithOrgHead(n - 1))
            {
                string? owner = null;
                foreach (var sg in _segs)
                {
                    owner ??= sg.Country;
                }

                AddNamed(a, b, ActorKind.Organization, owner, null, s, true);
                return;
            }
            // "John Hall", "Sarah Park": a given name before a surname-like place word makes a person.
            var lastIsPlace = WordLists.PlaceSuffixes.Contains(_text, _tokens[lastTok]) && _tokens[lastTok].IsCapitalized && n > 1
                              && _segs[n - 1].Type != Seg.Lex
                              && !(WordLists.SurnameLikeHeads.Contains(_text, _tokens[lastTok]) && _lex.IsGivenName(_text, _tokens[a]));
            if ((lastIsOrg || lastIsPlace) && _segs[n - 1].Type != Seg.Lex)
            {
                // The whole chunk is one organization or place: "Jordan Armed Forces", "Kursk Oblast".
                string? country = null;
                foreach (var sg in _segs)
                {
                    if (sg.Country != null)
                    {
                        country = sg.Country;
                    }
                }

                // "Marlow Dam, Syria": a place keeps the country or state that locates it.
                var end2 = !lastIsOrg && CityCountry(a, b, out var located, out _) ? located : b;
                AddNamed(a, end2, lastIsOrg ? ActorKind.Organization : ActorKind.Location, country, null, s, true, b);
                return;
            }

            // Otherwise each segment group stands alone.
            var k2 = 0;
            while (k2 < n)
            {
                var sg = _segs[k2];
                if (sg.Type == Seg.Lex)
                {
                    // "the U.S. Department of State", "the U.K. Ministry of Defence": a country named right before one of
                    // its own known organizations belongs to that organization's span, like a nationality word does.
                    if (CountryOfNextOrganization(k2))
                    {
                        k2++;
                        continue;
                    }

                    var from = sg.Start;
                    if (k2 > 0 && CountryOfNextOrganization(k2 - 1))
                    {
                        from = _segs[k2 - 1].Start;
                    }

                    // "Kurdish YPG": a demonym right before an organization belongs to its span.
                    // "Arabian Gulf", "Caspian Sea": likewise before a place named by its head word.
                    if (k2 > 0 && _segs[k2 - 1].Type == Seg.Demonym && (sg.Entry!.Kind == LexiconKind.Organization
                        || sg.Entry.Kind == LexiconKind.Place && WordLists.PlaceSuffixes.Contains(_text, _tokens[sg.Start + sg.Count - 1])))
                    {
                        from = _segs[k2 - 1].Start;
                    }

                    // "Northern Iraq", "Southwest Asia": a capitalized compass word is part of the place.
                    if (k2 > 0 && IsCompassSeg(k2 - 1) && IsPlaceEntry(sg.Entry!))
                    {
                        from = _segs[k2 - 1].Start;
                    }

                    var to = sg.Start + sg.Count;
                    if (sg.Entry!.Kind == LexiconKind.Person)
                    {
                        AddPerson(from, to, sg.Start, to, null, null, sg.Entry, (sg.Flags & SurfaceFlags.Surname) != 0);
                    }
                    else
                    {
                        AddLexicon(from, to, sg.Entry, s);
                    }

                    k2++;
                    continue;
                }

                if (sg.Type == Seg.Demonym && k2 == n - 1)
                {
                    // "Armenian and Azerbaijani negotiators": a group of two nations is neither one's group.
                    var before = sg.Start - 1;
                    var coordinated = before >= 1 && (_tt.Is(before, "and") || _tt.Is(before, "or") || IsComma(before));
                    if (coordinated && IsComma(before - 1) && before >= 2)
                    {
                        before--; // "German, and Canadian companies"
                    }

                    coordinated = coordinated && (_lex.TryDemonym(_text, _tokens[before - 1], out _) || _tokens[before - 1].IsAllCaps);
                    if (!coordinated)
                    {
                        // "Syrian Arab forces", "Iraqi Kurdish fighters": stacked nationalities name one group, of
                        // the first one's country.
                        var from = k2;
                        var groupCountry = sg.Country;
                        while (from > 0 && _segs[from - 1].Type == Seg.Demonym)
                        {
                            from--;
                            groupCountry = _segs[from].Country ?? groupCountry;
                        }

                        AddGroup(_segs[from].Start, sg.Start + sg.Count, groupCountry, people: true);
                    }
                    k2++;
                    continue;
                }

                if (IsCompassSeg(k2) && k2 + 1 < n && _segs[k2 + 1].Type == Seg.Lex && IsPlaceEntry(_segs[k2 + 1].Entry!))
                {
                    k2++; // taken by the place after it
                    continue;
                }

                if (sg.Type == Seg.Name)
                {
                    var e = k2;
                    while (e + 1 < n && (_segs[e + 1].Type == Seg.Name || (_segs[e + 1].Type == Seg.Connector && WordLists.Particles.Contains(_text, _tokens[_segs[e + 1].Start]) && e + 2 < n && _segs[e + 2].Type == Seg.Name)))
                    {
                        e++;
                    }

                    ClassifyUnknown(s, sentence, _segs[k2].Start, _segs[e].Start + _segs[e].Count, a);
                    k2 = e + 1;
                    continue;
                }

                k2++;
            }
        }
    }
}

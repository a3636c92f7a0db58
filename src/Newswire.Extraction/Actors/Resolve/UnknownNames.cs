using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Resolve: unknown capitalized names typed by their shape, head word and context; roles of organizations; peoples; "City, Country".
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // An unknown capitalized run x..y of the chunk starting at chunkStart: one word or a longer run, typed by its
        // shape, head word and context.
        [MethodImpl(Hot.Path)]
        private void ClassifyUnknown(int s, Sentence sentence, int x, int y, int chunkStart)
        {
            // "the Law of Armed Conflict", "the Treaty of Friendship": the complement of a document or event noun.
            if (x == chunkStart && x >= 2 && _tt.Is(x - 1, "of") && _tokens[x - 2].IsCapitalized && InList(WordClass.NotActorHeads, x - 2))
            {
                Veto(x - 2, y);
                return;
            }

            var locative = x == chunkStart && x > sentence.FirstToken && (InList(WordClass.Locatives, x - 1) || IsOutOf(x));
            if (locative && y - x >= 2 && y - x <= 3 && CalledIn(x) && !_tokens[x].IsAllCaps)
            {
                AddPerson(x, y, x, y, null, null, null);
                return;
            }

            if (x == chunkStart && AfterPlaceNounOf(x) && !_tokens[x].IsAllCaps)
            {
                AddPlaceOfNoun(x, y, s);
                return;
            }

            if (x == chunkStart && !_tokens[x].IsAllCaps && (InPlaceNounList(x) || BeforePlaceHead(y) && !IsDemonymWord(x, y)))
            {
                AddKnownPlace(x, y, s);
                return;
            }

            if (y - x == 1)
            {
                ClassifyUnknownWord(s, x, locative);
            }
            else
            {
                ClassifyUnknownRun(s, x, y, locative);
            }
        }

        // "flights out of Karvo": "out of" is a preposition of place like "from".
        // "the ministry called in Naoki Kumagai, the deputy chief of mission": "called in" summons someone, and a name
        // of two or three words after it is a person's (a strike "called in" a town names one word or a known place).
        private bool CalledIn(int x) =>
            x >= 2 && _tt.Is(x - 1, "in") && _tokens[x - 2].IsLower
            && (_tt.Is(x - 2, "called") || _tt.Is(x - 2, "calls") || _tt.Is(x - 2, "call") || _tt.Is(x - 2, "calling"));

        private bool IsOutOf(int x) => x >= 2 && _tokens[x - 2].IsLower && _tt.Is(x - 1, "of") && _tt.Is(x - 2, "out");

        // One unknown word: an acronym is an organization, a people a group, "Cibolo, Texas" a place; the rest waits
        // for the whole article (pending: a surname, a place after "in", or nobody).
        [MethodImpl(Hot.Path)]
        private void ClassifyUnknownWord(int s, int x, bool locative)
        {
            var y = x + 1;
            ref readonly var first = ref _tokens[x];
            if (InList(WordClass.NotActors, x))
            {
                Veto(x, y);
                return;
            }

            if (first.IsAllCaps && first.Length >= 2 && first.Length <= 8 && (first.Flags & TokenFlags.HasDigit) == 0)
            {
                if (!AddDatelinePlace(s, x, y))
                {
                    AddNamed(x, y, ActorKind.Organization, null, null, s, true);
                }

                return;
            }

            if (first.Kind != TokenKind.Word || (first.Flags & TokenFlags.Abbreviation) != 0 || InList(WordClass.CommonCapitalized, x))
            {
                return;
            }

            if (AddPeople(x))
            {
                return;
            }

            // "Cibolo, Texas": an unknown word located by a state or country is a place.
            if (!_personWords.Contains(_text, first) && CityCountry(x, y, out var locatedEnd, out var locatedIn))
            {
                AddNamed(x, locatedEnd, ActorKind.Location, locatedIn, null, s, false, y);
                return;
            }

            _pending.Add((x, locative ? 1 : 0));
        }

        // A run of two or more unknown words: acronyms, "City, Country", a place after "in", a name with an initial,
        // a head word, or a person's name with evidence for it.
        [MethodImpl(Hot.Path)]
        private void ClassifyUnknownRun(int s, int x, int y, bool locative)
        {
            var count = y - x;
            ref readonly var first = ref _tokens[x];
            var hasInitial = RunShape(x, y, out var allCapsWords);
            if (allCapsWords == count && count <= 3)
            {
                if (!AddDatelinePlace(s, x, y))
                {
                    AddNamed(x, y, ActorKind.Organization, null, null, s, true);
                }

                return;
            }

            if (CityCountry(x, y, out var countryEnd, out var countryCode))
            {
                AddNamed(x, countryEnd, ActorKind.Location, countryCode, null, s, false, y);
                return;
            }

            // "in Victoria Falls", "in Gordon Heights": a place head closing the run outweighs a given name opening it.
            if (locative && !hasInitial && (!_lex.IsGivenName(_text, first) || PlaceHeadCloses(y)))
            {
                AddNamed(x, y, ActorKind.Location, null, null, s, false);
                return;
            }

            if (hasInitial || IsRoleApposition(x, y))
            {
                AddPerson(x, y, x, y, null, null, null);
                return;
            }

            // "Targeted Operations Against": a title-case heading fragment ending in a preposition names no one.
            if (InList(WordClass.TitleCasePrepositions, y - 1) || UnknownRunByHead(s, x, y))
            {
                return;
            }

            // A quoted nickname inside the run ("Helen \"Nell\" Brandt") is evidence of a person's name. With no
            // evidence left the run is the tagger's to read (see TaggerNames): the guesses by shape that stood here
            // (a given name or up to three words make a person, longer runs an organization) are gone.
            // A given name the built-in list knows opening the run is evidence too ("Halvard Lindqvist"; an all-caps
            // word is an acronym, not a given name).
            if (HasQuote(x, y) || count <= 3 && !first.IsAllCaps && _lex.IsGivenName(_text, first))
            {
                AddPerson(x, y, x, y, null, null, null);
            }
        }

        // A place or facility head closing the run, not a possessive's owner ("at Tomas Hall's house").
        private bool PlaceHeadCloses(int y) =>
            (InList(WordClass.PlaceSuffixes, y - 1) || WordLists.FacilityHeads.Contains(_text, _tokens[y - 1]))
            && (y >= _tokens.Length || _tokens[y].Kind != TokenKind.Possessive);

        // Whether the run has an initial ("J."), with the number of its all-caps words.
        private bool RunShape(int x, int y, out int allCapsWords)
        {
            var hasInitial = false;
            allCapsWords = 0;
            for (var k = x; k < y; k++)
            {
                if (_tokens[k].Is(TokenFlags.Initial))
                {
                    hasInitial = true;
                }

                if (_tokens[k].IsAllCaps)
                {
                    allCapsWords++;
                }
            }

            return hasInitial;
        }

        // "Federal Government", "State Board", "ANG Airmen", "George Washington University": the head word
        // names what the phrase is, even after a given name, unless it is also a common surname ("Hall").
        private bool UnknownRunByHead(int s, int x, int y)
        {
            ref readonly var last = ref _tokens[y - 1];
            if (!last.IsCapitalized || InList(WordClass.SurnameLikeHeads, y - 1) || _personWords.Contains(_text, last))
            {
                return false;
            }

            if (InList(WordClass.OrgSuffixes, y - 1) || InList(WordClass.GroupHeads, y - 1) || InList(WordClass.PeopleHeads, y - 1))
            {
                AddNamed(x, y, ActorKind.Organization, null, null, s, true);
                return true;
            }

            if (InList(WordClass.PlaceSuffixes, y - 1))
            {
                AddNamed(x, y, ActorKind.Location, null, null, s, true);
                return true;
            }

            return false;
        }

        // "a Foreign Office spokesman", "U.S. Central Command commander", "commander of the Amphibious Task Group":
        // the organization only qualifies a role, and the whole phrase describes a person. An appositive
        // ("Gen. Ann Lee, U.S. Central Command commander,") links it to the person named before. An unnamed
        // holder takes the organization's country.
        [MethodImpl(Hot.Path)]
        private bool RoleOfOrganization(int spanFirst, int spanEnd, ActorBuilder organization)
        {
            // A generic lexicon body ("Congress spokesman") says nothing of its country here (Countries/GenericBodies).
            var country = Countries.GenericBodies.IsGeneric(organization.Entry) ? null : organization.Country;
            if (!RoleAroundOrganization(spanFirst, spanEnd, out var first, out var end))
            {
                return false;
            }

            var person = PersonBeforeComma(first);
            if (person == null)
            {
                var nameFirst = IsArticle(first) ? first + 1 : first;
                // The office belongs to the organization's country ("the Kremlin press secretary" is Russian).
                person = NewActor(SpanText(nameFirst, end), ActorKind.Person, country, null, _tokens[first].Start);
                if (person == null)
                {
                    return true;
                }
            }

            AddMention(first, end - first, person, MentionKind.Description);
            if (end == spanEnd)
            {
                RememberRoleComplement(spanFirst, spanEnd, organization); // "commander of the X": X is named too
                ParenthesizedAcronym(spanEnd, organization); // "spokesman of the X (XA)": XA is X
            }

            return true;
        }

        // The role phrase around an organization's span: a lower-case role noun after it ("the Kremlin spokesman",
        // "a Navy commanding officer") with its article, or "commander of" before it.
        private bool RoleAroundOrganization(int spanFirst, int spanEnd, out int first, out int end)
        {
            end = RoleNounEnd(spanEnd);
            var k = spanFirst > 0 && IsThe(spanFirst - 1) ? spanFirst - 1 : spanFirst;
            if (end > 0)
            {
                first = k > 0 && IsArticle(k - 1) ? k - 1 : k;
                // A capitalized word or number before: part of a longer name.
                return !(first == k && k > 0 && (_tokens[k - 1].IsCapitalized || _tokens[k - 1].Kind == TokenKind.Number));
            }

            if (k >= 2 && _tt.Is(k - 1, "of") && _tokens[k - 1].Length == 2 && IsLowerRole(k - 2))
            {
                first = k - 2;
                end = spanEnd;
                return true;
            }

            first = -1;
            return false;
        }

        // The end of a lower-case role noun at j ("spokesman") or a modifier and one ("deputy commander"), else -1.
        private int RoleNounEnd(int j)
        {
            if (j < _tokens.Length && IsLowerRole(j))
            {
                return j + 1;
            }

            if (j + 1 < _tokens.Length && _tokens[j].IsLower && _tokens[j].Kind == TokenKind.Word
                && (InList(WordClass.TitleModifiers, j) || _tt.Is(j, "commanding")) && IsLowerRole(j + 1))
            {
                return j + 2;
            }

            return -1;
        }

        // "Gen. Ann Lee, U.S. Central Command commander,": the person named right before the comma before first.
        // Also "approved Ada Brelik as governor of the Freedonia Central Bank": the role after "as" is the person's
        // right before it (agency copy of appointments), not an unnamed governor of its own.
        private ActorBuilder? PersonBeforeComma(int first)
        {
            var comma = first - 1;
            if (comma <= 0 || !(_tokens[comma].Kind == TokenKind.Punctuation && _text[_tokens[comma].Start] == ','
                                || _tokens[comma].Length == 2 && _tokens[comma].Kind == TokenKind.Word && _tt.Is(comma, "as")))
            {
                return null;
            }

            for (var m = _mentions.Count - 1; m >= 0 && m >= _mentions.Count - 3; m--)
            {
                if (_mentions[m].First + _mentions[m].Count == comma && _mentions[m].Actor.Kind == ActorKind.Person)
                {
                    return _mentions[m].Actor;
                }
            }

            return null;
        }

        private bool IsLowerRole(int j) => _tokens[j].Kind == TokenKind.Word && _tokens[j].IsLower && InList(WordClass.RoleNouns, j);

        private bool IsArticle(int j) =>
            _tokens[j].Kind == TokenKind.Word && (IsThe(j) || _tokens[j].Length == 1 && _tt.Is(j, "a") || _tokens[j].Length == 2 && _tt.Is(j, "an"));

        // "Syrians", "the Iraqis", "all Turks": a people named as a group acts like an organization.
        private bool AddPeople(int x)
        {
            ref readonly var t = ref _tokens[x];
            if (!t.IsCapitalized || !(_lex.TryPluralDemonym(_text, t, out var code) || WordLists.PeoplePlurals.TryGet(_text, t, out code)))
            {
                return false;
            }

            var first = x > 0 && _tt.Is(x - 1, "all") && _tokens[x - 1].Length == 3 ? x - 1 : GroupFirst(x);
            var actor = NewActor(SpanText(x, x + 1), ActorKind.Organization, code.Length == 3 ? code : null, null, _tokens[first].Start);
            if (actor != null)
            {
                AddMention(first, x + 1 - first, actor, MentionKind.Group);
            }

            return true;
        }

        // "Cibolo, Texas" / "Palmyra, Syria": an unknown place followed by its state or country.
        // cityCountry: the place's own country when the lexicon knows it. "In Moscow, China and Iran signed":
        // a country that is not the city's, or one that opens a list of countries, is a separate actor.
        private bool CityCountry(int x, int y, out int end, out string? country, string? cityCountry = null)
        {
            end = y;
            country = null;
            if (y + 1 < _tokens.Length && IsComma(y)
                && _lex.Match(_tt, _wordIds, y + 1, Math.Min(_tokens.Length, y + 5), false, out var m)
                && (m.Entry.Kind == LexiconKind.Country || (m.Entry.Kind == LexiconKind.Place && m.Entry.Country == "USA")))
            {
                if (cityCountry != null && m.Entry.Country != null && cityCountry != m.Entry.Country)
                {
                    return false;
                }

                var after = y + 1 + m.TokenCount;
                if (IsOwnerApposition(after))
                {
                    return false;
                }

                // "Marlow, Freedonia's second city", "Karvo Shoal, Freedonia's name for the reef": the possessive opens
                // an apposition about the place; the country stays out of its name.
                if (after < _tokens.Length && _tokens[after].Kind == TokenKind.Possessive)
                {
                    country = m.Entry.Country;
                    return true;
                }

                if (after + 1 < _tokens.Length && (IsComma(after) || _tt.Is(after, "and") || _tt.Is(after, "or"))
                    && _lex.Match(_tt, _wordIds, after + 1, Math.Min(_tokens.Length, after + 5), false, out var next)
                    && next.Entry.Kind == LexiconKind.Country)
                {
                    return false;
                }

                end = after;
                country = m.Entry.Country;
                return true;
            }

            return false;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] // a list scan asks it of every token; left a call otherwise
        private bool IsComma(int j) => _tokens[j].Length == 1 && _text[_tokens[j].Start] == ',';

        // What joins the members of a list of names: a comma, "and" or "or".
        private bool IsListJoint(int t) => IsComma(t) || _tt.Is(t, "and") || _tt.Is(t, "or");
    }
}

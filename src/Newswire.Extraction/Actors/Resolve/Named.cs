using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Resolve: lexicon actors and named organizations and places, with their spans (determiners, acronyms, place heads).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void AddLexicon(int spanFirst, int spanEnd, LexiconEntry entry, int sentence)
        {
            if ((entry.Kind == LexiconKind.Organization || entry.Kind == LexiconKind.Country) && AddGroup(spanFirst, spanEnd, entry.Country))
            {
                return;
            }

            if (entry.Kind == LexiconKind.Country && ActsAsState(spanFirst, spanEnd, sentence) && !CountryNamedAsPlace(spanFirst, spanEnd))
            {
                // "The United States condemns ...": the country as a political actor, an organization.
                var state = NewActor(entry.Name, ActorKind.Organization, entry.Country, null, _tokens[spanFirst].Start);
                if (state != null)
                {
                    AddAlias(state, SpanText(spanFirst, spanEnd));
                    var from = spanFirst > 0 && IsThe(spanFirst - 1) ? spanFirst - 1 : spanFirst;
                    _known = true;
                    AddMention(from, spanEnd - from, state, MentionKind.Name, spanFirst, spanEnd - spanFirst);
                    _known = false;
                }

                return;
            }

            if (!_byEntry.TryGetValue(entry.Id, out var actor))
            {
                var key = ActorKeys.For(entry.ActorKind, entry.Name);
                if (!_byKey.TryGetValue(key, out actor))
                {
                    actor = NewActor(entry.Name, entry.ActorKind, entry.Country, entry, _tokens[spanFirst].Start);
                    if (actor == null)
                    {
                        return;
                    }
                }

                _byEntry[entry.Id] = actor;
            }

            AddAliasSpan(actor, spanFirst, spanEnd);
            if (entry.Kind == LexiconKind.Organization && spanEnd - spanFirst == 1 && !_aliases.Contains(_text, _tokens[spanFirst]))
            {
                _aliases.Set(_text, _tokens[spanFirst].Start, _tokens[spanEnd - 1].End - _tokens[spanFirst].Start, actor);
            }

            // "ISIL heavy weapons", "EU officials": an organization named as a modifier is still a mention of it
            // (CoNLL and re3d both annotate it), unless it only qualifies a role ("a Foreign Office spokesman").
            if (actor.Kind == ActorKind.Organization && RoleOfOrganization(spanFirst, spanEnd, actor))
            {
                return;
            }

            var lexFirst = spanFirst;
            var lexCount = spanEnd - spanFirst;
            spanFirst = WithDeterminer(spanFirst, spanEnd, actor);
            if (actor.Kind == ActorKind.Location)
            {
                // "northern Iraq", "Palmyra, Syria": re3d-style place spans.
                if (spanFirst > 0 && _tokens[spanFirst - 1].IsLower && InList(WordClass.Compass, spanFirst - 1))
                {
                    spanFirst--;
                }

                if (entry.Kind == LexiconKind.Place && CityCountry(spanFirst, spanEnd, out var withCountry, out _, entry.Country))
                {
                    spanEnd = withCountry;
                }
            }

            AddMention(spanFirst, spanEnd - spanFirst, actor, MentionKind.Name, lexFirst, lexCount);
            ParenthesizedAcronym(spanEnd, actor);
            ExtendPlaceHead(actor, spanEnd);
            _ = sentence;
        }

        // Mention i's name now runs from `first` to `end` (a word joined before or after it); a phrase that was the
        // name alone grows with it, and the actor takes the longer name when the shorter one named it.
        private void ReSpanName(int i, int first, int end)
        {
            var m = _mentions[i];
            var name = SpanText(first, end);
            // The actor may be named from another mention of the part ("Ter Horst said" for "Marleen ter Horst").
            if (m.Actor.Name == SpanText(m.NameFirst, m.NameFirst + m.NameCount)
                || name.Length > m.Actor.Name.Length && name.EndsWith(" " + m.Actor.Name, System.StringComparison.OrdinalIgnoreCase))
            {
                m.Actor.Name = name;
                _byName[(int)m.Actor.Kind].Set(name, m.Actor);
            }

            m.First = m.First == m.NameFirst ? first : m.First;
            m.Count = end - m.First;
            m.NameFirst = first;
            m.NameCount = end - first;
            _mentions[i] = m;
        }

        // nameEnd: where the name itself ends when the phrase goes on ("Cibolo" in "Cibolo, Texas"); -1: at spanEnd.
        private void AddNamed(int spanFirst, int spanEnd, ActorKind kind, string? country, LexiconEntry? entry, int sentence, bool allowDeterminer, int nameEnd = -1)
        {
            if (kind == ActorKind.Organization && AddGroup(spanFirst, spanEnd, country))
            {
                return;
            }

            // "the ISIL's War Committee", "Iraq's Security Forces": a body named through its owner is one
            // organization spanning both (of the owner's country); the owner's own mention gives way to it.
            var nameFirst = spanFirst;
            if (kind == ActorKind.Organization && entry == null && PossessiveOwner(spanFirst, spanEnd) is var owner && owner >= 0)
            {
                var o = _mentions[owner];
                nameFirst = IsArticle(o.First) ? o.First + 1 : o.First;
                country ??= o.Actor.Country;
                allowDeterminer = false;
                spanFirst = o.First;
            }

            var spanStart = _tokens[nameFirst].Start;
            var spanLength = _tokens[spanEnd - 1].End - spanStart;
            var names = _byName[(int)kind];
            if (!names.TryGet(_text, spanStart, spanLength, TermKey.Hash(_text, spanStart, spanLength), out var actor))
            {
                var name = SpanText(nameFirst, spanEnd);
                if (spanEnd - nameFirst == 1 && _aliases.TryGet(_text, _tokens[nameFirst], out var alias) && alias.Kind == kind)
                {
                    actor = alias;
                }
                else
                {
                    actor = NewActor(name, kind, country, entry, _tokens[spanFirst].Start);
                    if (actor == null)
                    {
                        return;
                    }
                }

                names.Set(name, actor);
            }

            if (spanEnd - spanFirst == 1 && kind == ActorKind.Organization && !_aliases.Contains(_text, _tokens[spanFirst]))
            {
                _aliases.Set(_text, _tokens[spanFirst].Start, _tokens[spanEnd - 1].End - _tokens[spanFirst].Start, actor);
            }

            if (kind == ActorKind.Organization && RoleOfOrganization(spanFirst, spanEnd, actor))
            {
                return;
            }

            var bareFirst = nameFirst > spanFirst ? nameFirst : spanFirst;
            if (allowDeterminer)
            {
                spanFirst = WithDeterminer(spanFirst, spanEnd, actor);
            }

            AddMention(spanFirst, spanEnd - spanFirst, actor, MentionKind.Name, bareFirst, (nameEnd > bareFirst ? nameEnd : spanEnd) - bareFirst);
            ParenthesizedAcronym(spanEnd, actor);
            _ = sentence;
        }

        // "Iraq's Security Forces": the index of the owner's mention before the possessive that opens a body's name, else -1.
        private int PossessiveOwner(int spanFirst, int spanEnd) =>
            spanFirst >= 2 && _tokens[spanFirst - 1].Kind == TokenKind.Possessive && _tokens[spanFirst].IsCapitalized && HasOrgHead(spanFirst, spanEnd)
                ? OwnerMention(spanFirst - 1)
                : -1;

        // A name of two or more words with an organization head ("War Committee", "Office of Foreign Assets Control"),
        // not a lone acronym or brand that only sits next to its owner ("Russia's RIA").
        [MethodImpl(Hot.Path)]
        private bool HasOrgHead(int first, int end)
        {
            if (end - first < 2)
            {
                return false;
            }

            for (var j = first; j < end; j++)
            {
                if (_tokens[j].IsCapitalized && InList(WordClass.OrgSuffixes, j))
                {
                    return true;
                }
            }

            return false;
        }

        // The index of an organization or place mention that ends right before the possessive at token p, else -1.
        [MethodImpl(Hot.Path)]
        private int OwnerMention(int p)
        {
            for (var m = _mentions.Count - 1; m >= 0 && m >= _mentions.Count - 3; m--)
            {
                var mention = _mentions[m];
                if (mention.First + mention.Count == p && mention.Actor.Kind != ActorKind.Person && (mention.Kind == MentionKind.Name || mention.Kind == MentionKind.Group))
                {
                    return m;
                }
            }

            return -1;
        }

        // "Syrian Democratic Forces (SDF)": the acronym names the same actor.
        private void ParenthesizedAcronym(int after, ActorBuilder actor)
        {
            if (after < _tokens.Length && _tokens[after].Kind == TokenKind.Possessive)
            {
                after++; // "Naval Forces Central Command's (NAVCENT)"
            }

            if (after + 2 < _tokens.Length && _text[_tokens[after].Start] == '(' && _tokens[after + 1].IsAllCaps
                && _text[_tokens[after + 2].Start] == ')' && actor.Kind != ActorKind.Person)
            {
                var acronym = _text.Substring(_tokens[after + 1].Start, _tokens[after + 1].Length);
                if (actor.Kind == ActorKind.Location && !SpellsInitials(acronym, actor.Name))
                {
                    return; // "CULIACAN, Mexico (AP) -": the agency of a dateline, not the country's letters
                }

                if (NamesOtherOrganization(after + 1, actor) && !AcronymLetters.InitialsOf(acronym, actor.Name))
                {
                    return; // "UNITED NATIONS (AP) -": the agency the lexicon knows, whose letters the name does not hold
                }

                _aliases.Set(acronym, actor);
                AddAlias(actor, acronym);
            }
        }

        // Whether the bracketed word is a lexicon organization of its own ("AP", "AFP"), other than this actor.
        private bool NamesOtherOrganization(int token, ActorBuilder actor) =>
            MatchAt(token, token + 1, out var m) && m.TokenCount == 1 && m.Entry.Kind == LexiconKind.Organization
            && m.Entry != actor.Entry;

        // Whether the acronym's letters (periods aside) are the capitals opening the name's words ("United Arab
        // Emirates" and "UAE").
        private static bool SpellsInitials(string acronym, string name)
        {
            var k = 0;
            for (var i = 0; i < name.Length; i++)
            {
                if (char.IsUpper(name[i]) && (i == 0 || name[i - 1] == ' ' || name[i - 1] == '-'))
                {
                    while (k < acronym.Length && acronym[k] == '.')
                    {
                        k++;
                    }

                    if (k >= acronym.Length || acronym[k] != name[i])
                    {
                        return false;
                    }

                    k++;
                }
            }

            return k >= 2 && acronym.Substring(k).Replace(".", "").Length == 0;
        }

        // "Idlib province": a lower-case place head after a place name belongs to its span.
        private void ExtendPlaceHead(ActorBuilder actor, int spanEnd)
        {
            if (actor.Kind != ActorKind.Location || spanEnd >= _tokens.Length || !_tokens[spanEnd].IsLower
                || !InList(WordClass.LowerPlaceHeads, spanEnd) || _mentions.Count == 0)
            {
                return;
            }

            var last = _mentions[_mentions.Count - 1];
            if (last.Actor == actor && last.First + last.Count == spanEnd)
            {
                last.Count++;
                _mentions[_mentions.Count - 1] = last;
            }
        }

        private int WithDeterminer(int spanFirst, int spanEnd, ActorBuilder actor)
        {
            if (spanFirst == 0 || !IsThe(spanFirst - 1) || actor.Kind == ActorKind.Person)
            {
                return spanFirst;
            }

            if (actor.Kind == ActorKind.Location && actor.Entry != null && actor.Entry.Kind == LexiconKind.Place && actor.Entry.Country != null)
            {
                return spanFirst; // cities take no article
            }

            // "the Kremlin said" keeps "the"; in "the Kremlin press secretary" the name only modifies a noun.
            if (spanEnd < _tokens.Length && IsModifiedNoun(spanEnd))
            {
                return spanFirst;
            }

            return spanFirst - 1;
        }

        // A country named as an actor rather than a place: with "the" outside a locative phrase ("the UK will"),
        // or opening its sentence before a verb ("Turkey has ..."). Possessives and modifiers stay places.
        private bool ActsAsState(int spanFirst, int spanEnd, int sentence)
        {
            if (sentence < 0 || spanEnd >= _tokens.Length || _tokens[spanEnd].Kind == TokenKind.Possessive)
            {
                return false;
            }

            if (InList(WordClass.CompassNames, spanFirst))
            {
                return false;
            }

            var before = spanFirst > 0 && IsThe(spanFirst - 1) ? spanFirst - 1 : spanFirst;
            var sentenceFirst = _tt.Sentences[sentence].FirstToken;
            if (before > sentenceFirst && InList(WordClass.Locatives, before - 1))
            {
                return false;
            }

            if (before > sentenceFirst && (_tt.Is(before - 1, "of") && _tokens[before - 1].Length == 2))
            {
                return false;
            }

            var next = _tokens[spanEnd];
            var verbNext = next.Kind == TokenKind.Word && next.IsLower && !IsModifiedNoun(spanEnd) && !IsConjunctionOrPreposition(spanEnd);
            if (before < spanFirst)
            {
                return verbNext || next.Kind == TokenKind.Punctuation || IsConjunctionOrPreposition(spanEnd);
            }

            return before == sentenceFirst && verbNext;
        }

        // The length first: most words after a name are longer than any of these, and fail without a compare.
        private bool IsConjunctionOrPreposition(int j) =>
            _tokens[j].Kind == TokenKind.Word && _tokens[j].Length <= 4
            && (_tt.Is(j, "and") || _tt.Is(j, "or") || _tt.Is(j, "of") || _tt.Is(j, "in") || _tt.Is(j, "to") || _tt.Is(j, "for")
                || _tt.Is(j, "with") || _tt.Is(j, "on") || _tt.Is(j, "at") || _tt.Is(j, "by") || _tt.Is(j, "from"));

        // A lower-case word after a name that reads as the noun it modifies ("press", "briefing"), not a verb
        // ("condemns", "updated", "strongly") or a function word.
        private bool IsModifiedNoun(int j)
        {
            ref readonly var t = ref _tokens[j];
            if (t.Kind != TokenKind.Word || !t.IsLower || IsFunctionWord(j))
            {
                return false;
            }

            var last = _text[t.End - 1];
            var prev = t.Length > 1 ? _text[t.End - 2] : ' ';
            var verbish = (last == 's' && prev != 's' && prev != 'u') || (last == 'd' && prev == 'e') || (last == 'y' && prev == 'l')
                          || (last == 'g' && prev == 'n' && t.Length > 4 && _text[t.End - 3] == 'i');
            return !verbish;
        }
    }
}

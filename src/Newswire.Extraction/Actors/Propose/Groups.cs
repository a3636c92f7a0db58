using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Propose: group phrases built on a name ("Iraqi security forces", "the government of Iraq", "the Asad regime").
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // "the government of Iraq", "the people of Syria" (organizations), "the city of Mosul" (the place).
        private int? OfPhrase(int i, int end)
        {
            var len = _tokens[i].Length;
            var isGov = len == 10 && _tt.Is(i, "government");
            var isPeople = len == 6 && _tt.Is(i, "people");
            var isCity = len == 4 && (_tt.Is(i, "city") || _tt.Is(i, "town")) || len == 8 && _tt.Is(i, "province") || len == 7 && _tt.Is(i, "village");
            if (!(isGov || isPeople || isCity) || i + 2 >= end || !_tt.Is(i + 1, "of") || _tokens[i + 1].Length != 2)
            {
                return null;
            }

            if (!_lex.Match(_tt, _wordIds, i + 2, end, false, out var m) || (m.Entry.Kind != LexiconKind.Country && m.Entry.Kind != LexiconKind.Place))
            {
                return null;
            }

            var first = i > 0 && IsThe(i - 1) ? i - 1 : i;
            var stop = i + 2 + m.TokenCount;
            if (isCity)
            {
                first = PlaceNounStart(i);
                AddLexicon(i + 2, stop, m.Entry, -1);
                var last = _mentions[_mentions.Count - 1];
                last.Count += last.First - first;
                last.First = first;
                _mentions[_mentions.Count - 1] = last;
                return stop;
            }

            var actor = NewActor(SpanText(i, stop), ActorKind.Organization, m.Entry.Country, null, _tokens[first].Start);
            if (actor != null)
            {
                AddMention(first, stop - first, actor, MentionKind.Group);
            }

            return stop;
        }

        // "ISIL tactical units", "U.S. forces", "Iraqi security forces", "the Asad regime": the end of the group phrase, or -1.
        private int GroupEnd(int spanEnd, bool regimeOnly, bool people = false)
        {
            var best = -1;
            var from = spanEnd;
            if (regimeOnly && from < _tokens.Length && _tokens[from].Kind == TokenKind.Possessive)
            {
                from++; // "Assad's regime", "Assad's brutal regime"
            }

            for (var j = from; j < _tokens.Length && j < from + 4; j++)
            {
                if (_tokens[j].Kind != TokenKind.Word || !_tokens[j].IsLower)
                {
                    break;
                }

                if (regimeOnly && from > spanEnd)
                {
                    if (IsPersonGroupHead(j))
                    {
                        return j + 1;
                    }

                    if (j >= from + 2 || IsFunctionWord(j))
                    {
                        break;
                    }

                    continue; // one adjective: "brutal", "murderous"
                }

                if (regimeOnly ? IsPersonGroupHead(j)
                        : InList(WordClass.GroupHeads, j) || people && InList(WordClass.PeopleGroupHeads, j))
                {
                    best = j + 1;
                }
                else if (!regimeOnly && _tt.Is(j, "service") && j + 1 < _tokens.Length && _tt.Is(j + 1, "members"))
                {
                    return j + 2;
                }
                else if (best >= 0)
                {
                    return HeadModifiesPerson(best - 1, j) ? -1 : best;
                }

                if (!InList(WordClass.GroupModifiers, j))
                {
                    break;
                }
            }

            return best;
        }

        // "Kenyan opposition leader", "Burmese opposition lawmaker": a head that also qualifies a person ("opposition")
        // before a role or person noun describes that person; the group is no actor of its own.
        private bool HeadModifiesPerson(int head, int next) =>
            InList(WordClass.PersonAdjectives, head)
            && (InList(WordClass.RoleNouns, next) || InList(WordClass.PersonNouns, next) || InList(WordClass.TitleHeads, next));

        // "our Kurdish partners", "the local Arab fighters", "its senior leadership": a group's span takes its
        // determiner or possessive and a lower-case "local"/"senior" before the name (re3d and ACE spans do).
        private int GroupFirst(int nameFirst)
        {
            var first = nameFirst;
            if (first > 0 && _tokens[first - 1].IsLower && InList(WordClass.GroupPreModifiers, first - 1))
            {
                first--;
            }

            if (first > 0 && (IsArticle(first - 1) || _tokens[first - 1].IsLower && InList(WordClass.Possessives, first - 1)
                              || _tt.Is(first - 1, "all") && _tokens[first - 1].Length == 3))
            {
                first--;
            }

            return first;
        }

        // "regime" after a leader's name, "tribe"/"clan" after a family name: the name heads a group.
        private bool IsPersonGroupHead(int j) =>
            _tokens[j].Length == 6 && _tt.Is(j, "regime") || _tokens[j].Length == 5 && _tt.Is(j, "tribe") || _tokens[j].Length == 4 && _tt.Is(j, "clan");

        private bool AddGroup(int nameFirst, int nameEnd, string? country, bool person = false, bool people = false, string? leader = null)
        {
            var end = GroupEnd(nameEnd, person, people);
            if (end < 0)
            {
                return false;
            }

            if (!person && nameEnd - nameFirst == 1 && AfterRegionWord(nameFirst))
            {
                Veto(nameFirst - 1, nameEnd); // "Latin American leaders": a regional adjective, no group (Resolve/RegionAdjectives)
                return true;
            }

            var first = GroupFirst(nameFirst);
            // A leader's regime is named "<leader> regime" however the text words or spells it; likewise a tribe.
            var name = person ? (leader ?? SpanText(nameFirst, nameEnd)) + " " + _text.Substring(_tokens[end - 1].Start, _tokens[end - 1].Length).ToLowerInvariant()
                              : SpanText(nameFirst, end);
            var actor = NewActor(name, ActorKind.Organization, country, null, _tokens[first].Start);
            if (actor != null)
            {
                AddMention(first, end - first, actor, MentionKind.Group);
            }

            return true;
        }
    }
}

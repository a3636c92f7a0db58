using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Link: descriptions ("the Russian leader", "the minister") to the person whose role fits.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // ---- descriptions ------------------------------------------------------------------------------

        [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked of most tokens: the length test rejects nearly all at once
        private bool IsThe(int j) => _tokens[j].Length == 3 && _tokens[j].Kind == TokenKind.Word && _tt.Is(j, "the");

        private bool IsTheOrDescriptionStart(int i, int end) => IsThe(i) && i + 1 < end;

        // "the Russian leader", "the minister", "the prime minister": remembered for linking after all names are known.
        [MethodImpl(Hot.Path)]
        private int ScanDescription(int i, int end)
        {
            var j = i + 1;
            string? country = null;
            if (j < end && _lex.TryDemonym(_text, _tokens[j], out var dc))
            {
                country = dc.Length == 3 ? dc : null;
                j++;
            }

            var heads = j;
            while (j < end && _tokens[j].Kind == TokenKind.Word && (InList(WordClass.TitleModifiers, j) || InList(WordClass.TitleHeads, j)))
            {
                j++;
            }

            if (j == heads)
            {
                return i + 1;
            }

            var head = j - 1;
            if (!InList(WordClass.TitleHeads, head))
            {
                return i + 1;
            }

            // A name right after makes it a titled person, handled as a chunk.
            if (j < end && IsNameWord(j) && _tokens[j].IsCapitalized && !_tokens[heads].IsLower)
            {
                return i + 1;
            }

            if (j < end && IsModifiedNoun(j))
            {
                return j; // "the minister's plan" is fine, "the president election" is not a person
            }

            if (_tokens[heads].IsCapitalized && _tokens[head].IsCapitalized)
            {
                j = TitleComplementEnd(j, end);
            }

            _descriptions.Add((i, j - i, head, country, _tokens[heads].IsCapitalized));
            return j;
        }

        private bool IsFunctionWord(int j) => FunctionWordTable.Contains(_text, _tokens[j]);

        private static readonly TermTable<bool> FunctionWordTable = Table(FunctionWords());

        [MethodImpl(Hot.Path)]
        private static TermTable<bool> Table(string[] words)
        {
            var t = new TermTable<bool>(words.Length);
            foreach (var w in words)
            {
                t.Set(w, true);
            }

            return t;
        }

        private static string[] FunctionWords() => new[]
        {
            "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "is", "was", "were", "are", "has",
            "had", "have", "will", "would", "said", "says", "also", "who", "which", "that", "but", "did", "does", "could",
            "should", "can", "may", "might", "then", "later", "listened", "noted", "met", "held", "told", "visited", "added",
            "through", "about", "after", "before", "during", "into", "over", "under", "against", "between", "among", "across",
            "via", "per", "since", "until", "without", "within", "despite", "toward", "towards", "amid", "near", "like",
            "than", "not", "being", "been", "its", "their", "his", "her", "this", "these", "those", "a", "an", "the", "it",
            "he", "she", "they", "we", "be", "so", "if", "when", "while", "where", "there", "here", "only", "again", "now",
            "must", "shall", "do", "up", "out", "off", "down", "both", "all", "each", "every", "any", "no", "nor", "yet",
            "left", "went", "came", "spoke", "made", "took", "gave", "saw", "led", "sent", "won", "lost", "began", "became",
            "brought", "put", "set", "ran", "knew", "thought", "felt", "kept", "stood", "wrote", "heard", "found", "paid",
            "rose", "fell", "flew", "chose", "struck", "fought", "sought", "caught", "built", "spent", "insisted", "urged",
        };

        [MethodImpl(Hot.Path)]
        private void ResolveDescriptions()
        {
            if (_descriptions.Count == 0)
            {
                return;
            }

            // Walk descriptions and person mentions together in text order, remembering where each person was
            // last named; a description goes to the nearest fitting person before it, else the first after.
            var persons = PersonsNotYetSeen();
            var named = PersonMentionsInOrder();
            SortIfUnsorted(_descriptions, DescriptionOrder);
            var p = 0;
            foreach (var (first, count, head, country, capitalized) in _descriptions)
            {
                while (p < named.Count && named[p].First < first)
                {
                    named[p].Actor.LastSeen = named[p].First;
                    p++;
                }

                var appositive = Appositive(named, first, count);
                var best = appositive ?? NearestFittingPerson(persons, first, count, head, country);
                if (best != null)
                {
                    AddMention(first, count, best, MentionKind.Description);
                    AddAlias(best, SpanText(first, first + count));

                    // "Minister for the Arctic, Halvard Lindqvist,": the office beside the name is the person's role,
                    // so a later "the Minister for the Arctic" finds him.
                    if (appositive != null && capitalized && best.RoleCount == 0)
                    {
                        AddOfficeRole(best, first, count, head);
                    }
                }
                else if (capitalized)
                {
                    AddUnheldOffice(first, count, country);
                }
            }
        }

        private static readonly Comparison<(int First, int Count, int HeadToken, string? Country, bool Capitalized)> DescriptionOrder =
            (x, y) => x.First.CompareTo(y.First);

        // The article's persons, each marked as not yet named (ActorBuilder.LastSeen, -1): a field, not a dictionary
        // keyed by the actor (whose object hash codes cost more than the walk).
        private List<ActorBuilder> PersonsNotYetSeen()
        {
            var persons = _lists.Persons;
            persons.Clear();
            foreach (var a in _actors)
            {
                if (a.Kind == ActorKind.Person)
                {
                    persons.Add(a);
                }
            }

            foreach (ref readonly var m in _mentions)
            {
                m.Actor.LastSeen = -1;
            }

            foreach (var a in persons)
            {
                a.LastSeen = -1;
            }

            return persons;
        }

        // The person mentions in text order.
        private RefList<RawMention> PersonMentionsInOrder()
        {
            var named = _lists.Named;
            named.Clear();
            foreach (ref readonly var m in _mentions)
            {
                if (m.Actor.Kind == ActorKind.Person)
                {
                    named.Add(m);
                }
            }

            SortIfUnsorted(named, default(ByFirst));
            return named;
        }

        // The person of the description's country whose role fits it, named last before it (else the first named).
        [MethodImpl(Hot.Path)]
        private ActorBuilder? NearestFittingPerson(List<ActorBuilder> persons, int first, int count, int head, string? country)
        {
            ActorBuilder? best = null;
            var bestSeen = -1;
            foreach (var actor in persons)
            {
                if ((country != null && actor.Country != country) || !RoleFits(actor, head, first, count))
                {
                    continue;
                }

                var seen = actor.LastSeen;
                if (best == null || seen > bestSeen || (seen < 0 && bestSeen < 0 && actor.First < best.First))
                {
                    best = actor;
                    bestSeen = seen;
                }
            }

            return best;
        }

        // The capitalized office words of an appositive description, from the first capitalized word that is not an
        // acronym or a nationality, as the person's role.
        private void AddOfficeRole(ActorBuilder person, int first, int count, int head)
        {
            var roleFirst = IsThe(first) ? first + 1 : first;
            while (roleFirst < head && (!_tokens[roleFirst].IsCapitalized || _tokens[roleFirst].IsAllCaps || _lex.TryDemonym(_text, _tokens[roleFirst], out _)))
            {
                roleFirst++;
            }

            var role = roleFirst < first + count ? SpanText(roleFirst, first + count) : null;
            if (role != null && !Contains(person.Roles, role))
            {
                person.Roles.Add(role); // once: the lexicon's role or an earlier description may have said it
            }
        }

        // "The Foreign Secretary" with no named holder in the article: still a person, named by the office.
        private void AddUnheldOffice(int first, int count, string? country)
        {
            var nameFirst = IsThe(first) ? first + 1 : first;
            var office = NewActor(SpanText(nameFirst, first + count), ActorKind.Person, country, null, _tokens[first].Start);
            if (office != null)
            {
                AddMention(first, count, office, MentionKind.Description);
            }
        }

        // "Health Minister, Ivo Marin, said" / "Ivo Marin, the health minister,": the person named next to the
        // description across a comma (named: person mentions in text order).
        [MethodImpl(Hot.Path)]
        private ActorBuilder? Appositive(RefList<RawMention> named, int first, int count)
        {
            var after = first + count;
            var before = first - 1;
            var commaAfter = after + 1 < _tokens.Length && _tokens[after].Kind == TokenKind.Punctuation && _text[_tokens[after].Start] == ',';
            var commaBefore = before > 0 && _tokens[before].Kind == TokenKind.Punctuation && _text[_tokens[before].Start] == ',';
            if (!commaAfter && !commaBefore)
            {
                return null;
            }

            foreach (ref readonly var m in named)
            {
                if (commaAfter && m.First == after + 1 || commaBefore && m.First + m.Count == before)
                {
                    return m.Actor;
                }
            }

            return null;
        }

        [MethodImpl(Hot.Path)]
        private bool RoleFits(ActorBuilder actor, int head, int first, int count)
        {
            if (actor.RoleCount == 0)
            {
                return false;
            }

            var isLeader = _tt.Is(head, "leader");
            string? headText = null;
            string? tail = null;
            foreach (var role in actor.Roles)
            {
                if (isLeader)
                {
                    if (role.IndexOf("President", StringComparison.OrdinalIgnoreCase) >= 0 && role.IndexOf("Vice", StringComparison.OrdinalIgnoreCase) < 0
                        || role.IndexOf("Prime Minister", StringComparison.OrdinalIgnoreCase) >= 0 || role.IndexOf("Leader", StringComparison.OrdinalIgnoreCase) >= 0
                        || role.IndexOf("Chancellor", StringComparison.OrdinalIgnoreCase) >= 0 || role.IndexOf("King", StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        return true;
                    }

                    continue;
                }

                // The description's words (after "the" and a demonym) must all occur in the role, the head last.
                // An office with its complement ("the Secretary of State") must end the role the same way.
                if (headText == null)
                {
                    headText = _text.Substring(_tokens[head].Start, _tokens[head].Length).TrimEnd('.');
                    tail = head + 1 < first + count ? SpanText(head, first + count) : null;
                }

                if (tail != null ? !role.EndsWith(tail, StringComparison.OrdinalIgnoreCase) : !EndsWithWord(role, headText))
                {
                    continue;
                }

                var ok = true;
                for (var k = first; k < head; k++)
                {
                    // "the U.S. Secretary of State": a country acronym, like a demonym, only says whose office.
                    if (IsThe(k) || _lex.TryDemonym(_text, _tokens[k], out _) || _tokens[k].IsAllCaps)
                    {
                        continue;
                    }

                    var w = _text.Substring(_tokens[k].Start, _tokens[k].Length);
                    if (role.IndexOf(w, StringComparison.OrdinalIgnoreCase) < 0)
                    {
                        ok = false;
                        break;
                    }
                }

                if (ok)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool EndsWithWord(string role, string word)
        {
            if (!role.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                // "Minister for the Middle East" still has head "Minister".
                var idx = role.IndexOf(word + " ", StringComparison.OrdinalIgnoreCase);
                return idx == 0 || (idx > 0 && role[idx - 1] == ' ');
            }

            var before = role.Length - word.Length - 1;
            return before < 0 || role[before] == ' ' || role[before] == '-';
        }
    }
}

using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Link: pronouns ("he", "we", "I") to the nearest fitting named actor.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // "I", "he" -> a person; "we", "they" -> an organization (press releases and quotes speak as one).
        private ActorKind? PronounKind(int i)
        {
            ref readonly var t = ref _tokens[i];
            if (t.Length == 1 && _text[t.Start] == 'I')
            {
                return ActorKind.Person;
            }

            if (t.Length == 2 && _tt.Is(i, "he"))
            {
                return ActorKind.Person;
            }

            if (t.Length == 2 && _tt.Is(i, "we"))
            {
                return ActorKind.Organization;
            }

            return null;
        }

        // Sorts the list unless it is already in strictly increasing order (mentions mostly come in text order), where
        // the sort would leave it as it is. List.Sort is not stable, so a list with ties still goes through it.
        [MethodImpl(Hot.Path)]
        private static void SortIfUnsorted<T>(List<T> list, Comparison<T> order)
        {
            for (var i = 1; i < list.Count; i++)
            {
                if (order(list[i - 1], list[i]) >= 0)
                {
                    list.Sort(order);
                    return;
                }
            }
        }

        // The same for the mention lists, in an order of MentionOrders.
        [MethodImpl(Hot.Path)]
        private static void SortIfUnsorted<TOrder>(RefList<RawMention> list, TOrder order)
            where TOrder : struct, IComparer<RawMention>
        {
            for (var i = 1; i < list.Count; i++)
            {
                if (order.Compare(list[i - 1], list[i]) >= 0)
                {
                    list.Sort(order);
                    return;
                }
            }
        }

        // A name after a pronoun is its antecedent only across a clause break ("When he landed, Ruto said ...",
        // "\"I will stay,\" Ruto said"); in the pronoun's own clause it is someone else ("he criticised the
        // government of President Arce").
        private bool PunctuationBetween(int from, int to)
        {
            for (var i = from + 1; i < to; i++)
            {
                if (_tokens[i].Kind == TokenKind.Punctuation)
                {
                    return true;
                }
            }

            return false;
        }

        [MethodImpl(Hot.Path)]
        private void ResolvePronouns()
        {
            if (_pronouns.Count == 0)
            {
                return;
            }

            var named = _lists.Named;
            named.Clear();
            foreach (ref readonly var m in _mentions)
            {
                if (m.Kind != MentionKind.Pronoun && m.Kind != MentionKind.Modifier)
                {
                    named.Add(m);
                }
            }

            SortIfUnsorted(named, default(ByFirst));
            foreach (var (token, kind) in _pronouns)
            {
                // The nearest name of that kind before the pronoun (within 150 tokens); "I" may also be
                // introduced just after a quote (within 50 tokens). Bounded scans keep this linear.
                int lo = 0, hi = named.Count;
                while (lo < hi)
                {
                    var mid = (lo + hi) >> 1;
                    if (named[mid].First < token)
                    {
                        lo = mid + 1;
                    }
                    else
                    {
                        hi = mid;
                    }
                }

                ActorBuilder? best = kind == ActorKind.Person ? PreviousSpeaker(token, named, lo) : null;
                if (best != null)
                {
                    AddMention(token, 1, best, MentionKind.Pronoun);
                    continue;
                }

                var bestDistance = int.MaxValue;
                for (var k = lo - 1; k >= 0 && token - named[k].First <= 150; k--)
                {
                    // The agency of a dateline ("LIMA (Andina) -") reports the story; it never speaks in it.
                    if (named[k].Actor.Kind == kind && !BracketedInDateline(named[k].NameFirst, named[k].NameFirst + named[k].NameCount))
                    {
                        best = named[k].Actor;
                        bestDistance = token - named[k].First;
                        break;
                    }
                }

                // ... and only in its own sentence: a name opening the next sentence is a new speaker ("\"No one is
                // above the law,\" he said. CHP leader Ozel called ...").
                var sentenceEnd = _tt.Sentences[_tt.SentenceOf(token)].EndToken;
                for (var k = lo; k < named.Count && (named[k].First - token) * 3 < bestDistance && named[k].First - token <= 50 && named[k].First < sentenceEnd; k++)
                {
                    if (named[k].Actor.Kind == kind)
                    {
                        best = PunctuationBetween(token, named[k].First) ? named[k].Actor : best;
                        break;
                    }
                }

                if (best != null)
                {
                    AddMention(token, 1, best, MentionKind.Pronoun);
                }
            }
        }

        // "Interior Minister X said Y was being questioned. He denied ...": "he" opening a sentence goes on with the
        // person who spoke at the start of the sentence before (a name after at most a title, right before "said" or
        // "told"), not with the last person that sentence named. Null when the sentence before opens otherwise.
        private ActorBuilder? PreviousSpeaker(int token, RefList<RawMention> named, int after)
        {
            var s = _tt.SentenceOf(token);
            if (s == 0 || _tt.Sentences[s].FirstToken != token || !_tt.Is(token, "he"))
            {
                return null;
            }

            var prev = _tt.Sentences[s - 1];
            var k = after - 1;
            while (k > 0 && named[k - 1].First >= prev.FirstToken)
            {
                k--;
            }

            if (k < 0 || named[k].First < prev.FirstToken || named[k].First > prev.FirstToken + 4 || named[k].Actor.Kind != ActorKind.Person)
            {
                return null;
            }

            var end = named[k].First + named[k].Count;
            for (var i = prev.FirstToken; i < named[k].First; i++)
            {
                if (_tokens[i].Kind != TokenKind.Word)
                {
                    return null;
                }
            }

            return end < prev.EndToken && (_tt.Is(end, "said") || _tt.Is(end, "told")) ? named[k].Actor : null;
        }
    }
}

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

        [MethodImpl(Hot.Path)]
        private void ResolvePronouns()
        {
            if (_pronouns.Count == 0)
            {
                return;
            }

            var named = _lists.Named;
            named.Clear();
            foreach (var m in _mentions)
            {
                if (m.Kind != MentionKind.Pronoun && m.Kind != MentionKind.Modifier)
                {
                    named.Add(m);
                }
            }

            named.Sort((x, y) => x.First.CompareTo(y.First));
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

                ActorBuilder? best = null;
                var bestDistance = int.MaxValue;
                for (var k = lo - 1; k >= 0 && token - named[k].First <= 150; k--)
                {
                    if (named[k].Actor.Kind == kind)
                    {
                        best = named[k].Actor;
                        bestDistance = token - named[k].First;
                        break;
                    }
                }

                for (var k = lo; k < named.Count && (named[k].First - token) * 3 < bestDistance && named[k].First - token <= 50; k++)
                {
                    if (named[k].Actor.Kind == kind)
                    {
                        best = named[k].Actor;
                        break;
                    }
                }

                if (best != null)
                {
                    AddMention(token, 1, best, MentionKind.Pronoun);
                }
            }
        }
    }
}

using System;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Verb patterns: the code a verb takes from its object ("called for talks", "appealed on Friday for $48 million").
internal sealed partial class EventRun
{
    /// <summary>The code of the first verb pattern whose object occurs in [from, to), or null.</summary>
    [MethodImpl(Hot.Path)]
    private string? MatchPattern(VerbEntry verb, int from, int to)
    {
        _curatedPattern = false;
        if (verb.Patterns.Count == 0)
        {
            return null;
        }

        var limit = Math.Min(to, from + 10);

        // A time phrase may stand between the verb and its preposition: "appealed on Friday for $48 million".
        var first = from;
        while (first < limit && InTime(first))
        {
            first++;
        }

        var lastPrep = -1;
        var sawPrep = false;
        for (var i = from; i < limit; i++)
        {
            // "launched a wave of drones": "of" after a measure introduces the object itself.
            ref readonly var t = ref _tokens[i];
            if (t.Kind != TokenKind.Word || MeasureOf(i))
            {
                continue;
            }

            var id = PairWordId(i, limit);
            if (id >= 0)
            {
                i++; // "halted air strikes": the two-word object is matched whole, not by its last word
            }
            else if (!_lex.WordIds.TryGet(_s, t, out id))
            {
                if ((Class(i) & WordClass.Preposition) != 0)
                {
                    lastPrep = -2;
                    sawPrep = true;
                }

                continue;
            }

            // An index loop: the list's enumerator costs more than the tests ("call" has 120 patterns); none of
            // them is tried for a word no pattern of the verb names.
            var patterns = verb.Patterns;
            for (var k = (verb.PatternIds & (1UL << id)) != 0 ? 0 : patterns.Count; k < patterns.Count; k++)
            {
                var p = patterns[k];
                if (p.Noun == -1)
                {
                    if (p.Prep == id && i == first)
                    {
                        _curatedPattern = p.Curated;
                        return p.Code;
                    }
                }
                else if (p.Noun == id)
                {
                    if (p.Prep == -1 ? !sawPrep : p.Prep == lastPrep)
                    {
                        _curatedPattern = p.Curated;
                        return p.Code;
                    }
                }
            }

            if ((Class(i) & WordClass.Preposition) != 0)
            {
                lastPrep = id;
                sawPrep = true;
            }
        }

        return null;
    }
}

using System.Collections.Generic;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Subject search helpers of FindSubject: the clauses it steps over (relative clauses, participle phrases) and a
// pronoun subject that names no actor.
internal sealed partial class EventRun
{
    // ", which/who ..." before the clause start.
    private bool IsRelativeStart(int start) => start - 2 > _s0 && (Is(start - 1, K.Which) || Is(start - 1, K.Who)) && Is(start - 2, K.Comma);

    /// <summary>
    /// Where the phrase before a relative clause (", which ...") or, when <paramref name="participles"/>, a
    /// participle phrase (", waving ...") starting at <paramref name="start"/> ends (its antecedent's end), or -1.
    /// </summary>
    private int ModifierClauseEnd(int start, bool participles)
    {
        if (IsRelativeStart(start))
        {
            return start - 2;
        }

        return participles && ParticipleOpens(start) && start - 1 > _s0 && Is(start - 1, K.Comma) ? start - 1 : -1;
    }

    /// <summary>The subject found in [start, end), and whether a pronoun there named no actor.</summary>
    private int SubjectIn(int start, int end, List<int>? co, bool afterAnd, out bool pronounNamesNone)
    {
        var wasPronoun = _subjectPronoun;
        _subjectPronoun = false;
        var agent = FindSubjectIn(start, end, co, afterAnd);
        pronounNamesNone = agent < 0 && _subjectPronoun;
        _subjectPronoun |= wasPronoun;
        return agent;
    }

    /// <summary>A phrase opening with a lower-case "-ing" word ("waving flags", "citing sources").</summary>
    private bool ParticipleOpens(int start)
    {
        ref readonly var t = ref _tokens[start];
        return t.Kind == TokenKind.Word && t.IsLower && t.Length > 4 && _s[t.End - 1] == 'g' && _s[t.End - 2] == 'n' && _s[t.End - 3] == 'i';
    }
}

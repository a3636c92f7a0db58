using System;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// "will not clash", "has never recognised", "didn't attend", "Neither X nor Y attended": nothing happened. Runs
/// while the clause is read (before the agent is kept as the sentence's subject), so it is a static check on the
/// clause's words rather than an <see cref="IEventStage"/>: a negation word (<see cref="WordClass.Negation"/>) or a
/// negated contraction between the clause start and the verb, not inside a name.
/// </summary>
internal static class NegationStage
{
    public static bool Negated(string text, Token[] tokens, WordClass[] classes, in MentionMap mentions, int from, int verb)
    {
        // "cut the supply without warning", "acted without consulting Kyiv": a gerund right after "without" did not happen.
        if (verb > 0 && tokens[verb - 1].Kind == TokenKind.Word && tokens[verb - 1].Length == 7
            && string.Compare(text, tokens[verb - 1].Start, "without", 0, 7, StringComparison.OrdinalIgnoreCase) == 0)
        {
            return true;
        }

        for (var i = from; i < verb; i++)
        {
            if ((classes[i] & WordClass.Negation) != 0 && mentions.At(i) < 0)
            {
                return true;
            }

            if (IsNegatedAux(text, tokens[i]))
            {
                return true;
            }

            // "No Turkish jets struck ...": "no" opening the subject, named or not, says nothing happened.
            if (i == from && tokens[i].Kind == TokenKind.Word && tokens[i].Length == 2
                && string.Compare(text, tokens[i].Start, "no", 0, 2, System.StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Contractions are one token: "didn't", "won't", "can’t".</summary>
    public static bool IsNegatedAux(string s, in Token t) =>
        t.Kind == TokenKind.Word && t.Length > 3 && s[t.End - 1] == 't' && (s[t.End - 2] == '\'' || s[t.End - 2] == '\u2019')
        && (s[t.End - 3] == 'n' || s[t.End - 3] == 'N');
}

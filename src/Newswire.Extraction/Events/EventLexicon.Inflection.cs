using System;
using System.Collections.Generic;

namespace Newswire.Extraction.Events;

// Word forms: regular inflections and plurals, and the kind of an irregular form (see EventLexicon.cs).
internal sealed partial class EventLexicon
{
    private static VerbFormKind ClassifyIrregular(string form)
    {
        if (form.EndsWith("ing", StringComparison.Ordinal))
        {
            return VerbFormKind.Gerund;
        }

        return form.EndsWith("s", StringComparison.Ordinal) && !form.EndsWith("ss", StringComparison.Ordinal)
            ? VerbFormKind.ThirdPerson
            : VerbFormKind.Past;
    }

    private static bool IsVowel(char c) => c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';

    /// <summary>Regular inflections of a verb; a doubled final consonant is generated as an alternative.</summary>
    internal static IEnumerable<(string Form, VerbFormKind Kind)> Inflect(string w)
    {
        if (w.Length < 2)
        {
            yield break;
        }

        var last = w[w.Length - 1];
        var prev = w[w.Length - 2];
        if (last == 'y' && !IsVowel(prev))
        {
            var stem = w.Substring(0, w.Length - 1);
            yield return (stem + "ies", VerbFormKind.ThirdPerson);
            yield return (stem + "ied", VerbFormKind.Past);
            yield return (w + "ing", VerbFormKind.Gerund);
            yield break;
        }

        if (last == 's' || last == 'x' || last == 'z' || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith("sh", StringComparison.Ordinal) || last == 'o')
        {
            yield return (w + "es", VerbFormKind.ThirdPerson);
        }
        else
        {
            yield return (w + "s", VerbFormKind.ThirdPerson);
        }

        if (last == 'e')
        {
            yield return (w + "d", VerbFormKind.Past);
            yield return (w.EndsWith("ee", StringComparison.Ordinal) ? w + "ing" : w.Substring(0, w.Length - 1) + "ing", VerbFormKind.Gerund);
            if (w.EndsWith("ie", StringComparison.Ordinal))
            {
                yield return (w.Substring(0, w.Length - 2) + "ying", VerbFormKind.Gerund);
            }

            yield break;
        }

        yield return (w + "ed", VerbFormKind.Past);
        yield return (w + "ing", VerbFormKind.Gerund);
        if (!IsVowel(last) && last != 'w' && last != 'x' && last != 'y' && IsVowel(prev) && (w.Length < 3 || !IsVowel(w[w.Length - 3])))
        {
            yield return (w + last + "ed", VerbFormKind.Past);
            yield return (w + last + "ing", VerbFormKind.Gerund);
        }
    }

    /// <summary>Regular plurals of a noun (of the last word of a compound).</summary>
    internal static IEnumerable<string> Plurals(string w)
    {
        if (w.Length < 2 || w.EndsWith("s", StringComparison.Ordinal))
        {
            yield break;
        }

        var last = w[w.Length - 1];
        if (last == 'y' && !IsVowel(w[w.Length - 2]))
        {
            yield return w.Substring(0, w.Length - 1) + "ies";
        }
        else if (last == 'x' || last == 'z' || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith("sh", StringComparison.Ordinal))
        {
            yield return w + "es";
        }
        else
        {
            yield return w + "s";
        }
    }
}

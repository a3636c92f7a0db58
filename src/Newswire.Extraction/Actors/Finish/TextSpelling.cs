using System;
using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Actors.Finish;

/// <summary>
/// The built-in lexicon spells names in plain ASCII ("Luiz Inacio Lula da Silva"); an actor it named whose name the
/// article writes with accents ("Luiz Inácio Lula da Silva") takes the article's spelling, and the lexicon's becomes an
/// alias. Keys fold accents (<see cref="ActorKeys"/>), so the actor's identity, across articles too, is unchanged.
/// </summary>
internal static class TextSpelling
{
    public static IReadOnlyList<ExtractedActor> Apply(string text, IReadOnlyList<ExtractedActor> actors)
    {
        List<ExtractedActor>? spelled = null;
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            if (ArticleSpelling(text, a) is { } spelling)
            {
                spelled ??= new List<ExtractedActor>(actors);
                spelled[i] = new ExtractedActor(spelling, a.Kind, a.Country, a.Roles, WithAlias(a.Aliases, a.Name, spelling), a.Mentions, a.Confidence)
                {
                    Place = a.Place,
                    FromLexicon = a.FromLexicon,
                };
            }
        }

        return spelled ?? actors;
    }

    // The first name mention that is the actor's name with accents added, as the article writes it (not in capitals:
    // a dateline's "SÃO PAULO" is no spelling of "Sao Paulo"; a gazetteer's "Dos" may be the text's "dos").
    private static string? ArticleSpelling(string text, ExtractedActor a)
    {
        if (!IsAscii(a.Name))
        {
            return null;
        }

        var mentions = a.Mentions; // indexed: an enumerator of the interface would be allocated per actor
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            // A mention spelled as the name is plain ASCII, which folds to nothing: one ordinal compare, not a fold.
            if (m.Form == MentionForm.Name && m.Length == a.Name.Length
                && !Text.SpanText.EqualsOrdinal(a.Name, text, m.Start)
                && Diacritics.TryFold(text, m.Start, m.Length, out var folded)
                && string.Equals(folded, a.Name, StringComparison.OrdinalIgnoreCase) && HasLower(text, m.Start, m.Length))
            {
                return text.Substring(m.Start, m.Length);
            }
        }

        return null;
    }

    private static bool HasLower(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (char.IsLower(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAscii(string name)
    {
        foreach (var c in name)
        {
            if (c >= 128)
            {
                return false;
            }
        }

        return true;
    }

    // The lexicon's spelling first, then the other aliases but the new name.
    private static IReadOnlyList<string> WithAlias(IReadOnlyList<string> aliases, string alias, string name)
    {
        var list = new List<string>(aliases.Count + 1) { alias };
        foreach (var a in aliases)
        {
            if (!string.Equals(a, alias, StringComparison.Ordinal) && !string.Equals(a, name, StringComparison.Ordinal))
            {
                list.Add(a);
            }
        }

        return list;
    }
}

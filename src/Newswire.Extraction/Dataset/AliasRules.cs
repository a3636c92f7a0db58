using System;
using System.Collections.Generic;

namespace Newswire.Extraction.Dataset;

/// <summary>
/// Which other names find an actor across the whole dataset (<c>Actors.ByName</c>). An alias an article gives
/// only makes sense in that article when it is a description ("the President", "the minister", "he"): Lula is
/// "the President" in one article and Putin in the next. So descriptions never resolve across the dataset, and
/// neither does a name form two actors share. A short form an article uses for a person ("Iwaya" for "Takeshi
/// Iwaya") is an alias when no other actor claims it.
/// </summary>
/// <remarks>
/// Decided from the text of the alias or mention: a description starts with a determiner or pronoun. When mentions
/// carry their form (name, nominal, pronoun), the name form can replace this test.
/// </remarks>
public static class AliasRules
{
    // First words that make a phrase a description or a pronoun, not a name (compared ignoring case).
    private static readonly HashSet<string> DescriptionStarts = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "such", "another", "other", "both", "each", "every", "some", "any",
        "his", "her", "its", "their", "our", "my", "your", "he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me",
        "who", "whom", "which", "one", "former", "late",
    };

    /// <summary>
    /// Whether <paramref name="alias"/> describes rather than names: it starts with a lower-case letter or with a
    /// determiner or pronoun. "the Kremlin" for the actor named "Kremlin" is the name with an article, not a description.
    /// </summary>
    public static bool IsDescription(string alias, string name)
    {
        var text = alias.Trim();
        if (text.Length == 0)
        {
            return true;
        }

        if (StartsWithDeterminer(text))
        {
            var rest = WithoutDeterminer(text);
            return rest is null || !string.Equals(rest, name, StringComparison.OrdinalIgnoreCase);
        }

        return char.IsLower(text[0]);
    }

    /// <summary>"Kremlin" for "the Kremlin" (any case of "the"), else null.</summary>
    public static string? WithoutDeterminer(string text)
    {
        var space = text.IndexOf(' ');
        return space > 0 && StartsWithDeterminer(text) ? text.Substring(space + 1).Trim() : null;
    }

    /// <summary>
    /// Whether a mention <paramref name="form"/> is a short form of <paramref name="name"/>: fewer words, each one a
    /// word of the name, starting with a capital ("Iwaya", "Lula da Silva" for "Luiz Inacio Lula da Silva").
    /// </summary>
    public static bool IsShortForm(string form, string name)
    {
        var formWords = Words(form);
        var nameWords = Words(name);
        if (formWords.Length == 0 || formWords.Length >= nameWords.Length || !char.IsUpper(formWords[0][0]) || DescriptionStarts.Contains(formWords[0]))
        {
            return false;
        }

        foreach (var w in formWords)
        {
            if (Array.IndexOf(nameWords, w) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The aliases that find one actor across the dataset: for each actor (by index) its candidate aliases, minus
    /// descriptions, minus any alias that is another actor's name or that two actors claim. Keys ignore case.
    /// </summary>
    public static Dictionary<string, int> Unambiguous(IReadOnlyList<string> names, IReadOnlyList<IEnumerable<string>> candidates)
    {
        var nameSet = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
        var result = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var shared = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < candidates.Count; i++)
        {
            foreach (var alias in candidates[i])
            {
                if (nameSet.Contains(alias) || IsDescription(alias, names[i]) || shared.Contains(alias))
                {
                    continue;
                }

                if (result.TryGetValue(alias, out var other) && other != i)
                {
                    result.Remove(alias);
                    shared.Add(alias);
                }
                else
                {
                    result[alias] = i;
                }
            }
        }

        return result;
    }

    private static bool StartsWithDeterminer(string text)
    {
        var space = text.IndexOf(' ');
        return DescriptionStarts.Contains(space < 0 ? text : text.Substring(0, space));
    }

    private static string[] Words(string text) => text.Split(new[] { ' ', '\t', '\n', '\r', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries);
}

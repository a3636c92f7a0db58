using System;
using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Actors.Finish;

/// <summary>
/// "Acme Front fighters", "Acme Bank spokesman", "a Harwick Council official": a group or role phrase with no name of
/// its own, opened by the name of an organization the article names, is that organization speaking or acting, as
/// CAMEO codes it. Exported alone it would be a nameless second actor for one real actor (a false one in any list of
/// named actors); after the events it folds into the organization as nominal mentions, and its events follow.
/// A phrase whose organization the article never names stays as it is.
/// </summary>
internal static class OrganizationMembers
{
    public static (IReadOnlyList<ExtractedActor> Actors, IReadOnlyList<ExtractedEvent> Events) Apply(
        IReadOnlyList<ExtractedActor> actors, IReadOnlyList<ExtractedEvent> events)
    {
        int[]? home = null;
        for (var i = 0; i < actors.Count; i++)
        {
            var into = IsNameless(actors[i]) ? Opener(actors, i) : -1;
            if (into >= 0)
            {
                home ??= ActorFolds.Identity(actors.Count);
                home[i] = into;
            }
        }

        return home == null ? (actors, events) : ActorFolds.Fold(actors, events, home, a => a, ActorFolds.WithMentionsOf);
    }

    // A person or group phrase of two words or more that no mention names.
    internal static bool IsNameless(ExtractedActor a)
    {
        if ((a.Kind != ActorKind.Person && a.Kind != ActorKind.Organization) || a.Mentions.Count == 0 || a.Name.IndexOf(' ') < 0)
        {
            return false;
        }

        foreach (var m in a.Mentions)
        {
            if (m.Form == MentionForm.Name)
            {
                return false;
            }
        }

        return true;
    }

    // The named organization whose name or alias opens actor i's phrase, whole words, the longest; -1 when none.
    internal static int Opener(IReadOnlyList<ExtractedActor> actors, int i)
    {
        var phrase = actors[i].Name;
        int best = -1, bestLength = 0;
        for (var j = 0; j < actors.Count; j++)
        {
            var o = actors[j];
            if (j == i || o.Kind != ActorKind.Organization || IsNameless(o))
            {
                continue;
            }

            var length = Math.Max(OpenLength(phrase, o.Name), MaxOpen(phrase, o.Aliases));
            if (length > bestLength)
            {
                (best, bestLength) = (j, length);
            }
        }

        return best;
    }

    private static int MaxOpen(string phrase, IReadOnlyList<string> names)
    {
        var max = 0;
        foreach (var n in names)
        {
            max = Math.Max(max, OpenLength(phrase, n));
        }

        return max;
    }

    // The name's length when the phrase starts with it and goes on after a space; else 0.
    private static int OpenLength(string phrase, string name) =>
        name.Length > 0 && phrase.Length > name.Length + 1 && phrase[name.Length] == ' '
        && string.CompareOrdinal(phrase, 0, name, 0, name.Length) == 0 ? name.Length : 0;
}

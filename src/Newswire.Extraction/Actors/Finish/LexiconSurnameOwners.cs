using System;
using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Actors.Finish;

/// <summary>
/// "said Sidi Bello Ahmed, director general of ... Ahmed said": a lexicon person ("Abiy Ahmed") that the article names
/// only by a bare surname, after it has named one person of its own with that surname, is that person: agency copy
/// gives a full name first and the surname after it, and a famous bearer of the surname is named in full or with a
/// title. The article's person takes the mentions and the surname as an alias; the lexicon's role and country stay out.
/// </summary>
internal static class LexiconSurnameOwners
{
    public static (IReadOnlyList<ExtractedActor> Actors, IReadOnlyList<ExtractedEvent> Events) Apply(
        string text, IReadOnlyList<ExtractedActor> actors, IReadOnlyList<ExtractedEvent> events)
    {
        int[]? home = null;
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            if (a.Kind != ActorKind.Person || !a.FromLexicon || a.Mentions.Count == 0
                || BareSurname(text, a) is not { } surname || OnlyOwner(actors, i, surname) is not { } owner)
            {
                continue;
            }

            home ??= ActorFolds.Identity(actors.Count);
            home[i] = owner;
        }

        return home == null ? (actors, events) : ActorFolds.Fold(actors, events, home, a => a, Merge);
    }

    // The lexicon person's surname when every name mention is that one word alone ("he" after it may be counted
    // too), or null.
    internal static string? BareSurname(string text, ExtractedActor a)
    {
        var space = a.Name.LastIndexOf(' ');
        if (space < 0 || a.Mentions[0].Form != MentionForm.Name)
        {
            return null;
        }

        var surname = a.Name.Substring(space + 1);
        foreach (var m in a.Mentions)
        {
            if (m.Form == MentionForm.Name
                && (m.Length != surname.Length || string.Compare(text, m.Start, surname, 0, surname.Length, StringComparison.OrdinalIgnoreCase) != 0))
            {
                return null;
            }
        }

        return surname;
    }

    // The one article person (not the lexicon's) whose name ends in the surname (or has it first of two surnames) and who is named before the surname
    // alone is; null for none or several.
    private static int? OnlyOwner(IReadOnlyList<ExtractedActor> actors, int lexiconPerson, string surname)
    {
        var first = actors[lexiconPerson].Mentions[0].Start;
        int? owner = null;
        for (var j = 0; j < actors.Count; j++)
        {
            var b = actors[j];
            if (j == lexiconPerson || b.Kind != ActorKind.Person || b.FromLexicon || b.Mentions.Count == 0 || b.Mentions[0].Start > first
                || !(EndsWithWord(b.Name, surname) || IsFirstOfTwoSurnames(b.Name, surname)))
            {
                continue;
            }

            if (owner != null)
            {
                return null;
            }

            owner = j;
        }

        return owner;
    }

    private static bool EndsWithWord(string name, string surname) =>
        name.Length > surname.Length + 1 && name[name.Length - surname.Length - 1] == ' ' && name.EndsWith(surname, StringComparison.OrdinalIgnoreCase);

    // "María Teresa Rubio Castañeda ... Rubio said": Spanish and Portuguese names are named again by the first of two
    // surnames, the word before the last (after at least one given name).
    private static bool IsFirstOfTwoSurnames(string name, string surname)
    {
        var last = name.LastIndexOf(' ');
        return last > 0 && EndsWithWord(name.Substring(0, last), surname) && name.IndexOf(' ') < last - surname.Length - 1;
    }

    private static ExtractedActor Merge(ExtractedActor home, ExtractedActor folded)
    {
        var space = folded.Name.LastIndexOf(' ');
        return new ExtractedActor(
            home.Name,
            home.Kind,
            home.Country,
            home.Roles,
            ActorFolds.Union(home.Aliases, new[] { folded.Name.Substring(space + 1) }),
            ActorFolds.MergeMentions(home.Mentions, folded.Mentions),
            home.Confidence)
        {
            Place = home.Place,
            FromLexicon = home.FromLexicon,
        };
    }
}

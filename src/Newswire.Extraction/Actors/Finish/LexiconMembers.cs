using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Actors.Finish;

/// <summary>
/// "A WHO representative said": a nameless role or group phrase opened by the acronym or one-word name of an
/// organization the lexicon knows, in an article that names that organization nowhere else (OrganizationMembers
/// folds it when it does), is that organization: it takes the lexicon's name, kind and country, the word as an
/// alias, and its mentions stay nominal. Several such phrases of one organization are one actor.
/// </summary>
internal static class LexiconMembers
{
    public static (IReadOnlyList<ExtractedActor> Actors, IReadOnlyList<ExtractedEvent> Events) Apply(
        Lexicon lexicon, IReadOnlyList<ExtractedActor> actors, IReadOnlyList<ExtractedEvent> events)
    {
        int[]? home = null;
        Dictionary<int, (LexiconEntry Entry, string Word)>? bodies = null;
        for (var i = 0; i < actors.Count; i++)
        {
            if (!OrganizationMembers.IsNameless(actors[i]) || OrganizationMembers.Opener(actors, i) >= 0
                || OpeningOrganization(lexicon, actors[i].Name) is not { } found)
            {
                continue;
            }

            home ??= ActorFolds.Identity(actors.Count);
            bodies ??= new Dictionary<int, (LexiconEntry, string)>();
            home[i] = FirstOf(bodies, found.Entry, i);
            bodies[i] = found;
        }

        if (home == null)
        {
            return (actors, events);
        }

        return ActorFolds.Fold(actors, events, home, a => Rename(a, actors, bodies!), ActorFolds.WithMentionsOf);
    }

    // The lexicon organization the phrase's first word names (an acronym letter for letter), or null.
    private static (LexiconEntry Entry, string Word)? OpeningOrganization(Lexicon lexicon, string phrase)
    {
        var space = phrase.IndexOf(' ');
        return space > 1 && lexicon.MatchWord(phrase, 0, space, out var match) && match.Entry.Kind == LexiconKind.Organization
            ? (match.Entry, phrase.Substring(0, space))
            : null;
    }

    // The first actor already read as this organization, or i itself.
    private static int FirstOf(Dictionary<int, (LexiconEntry Entry, string Word)> bodies, LexiconEntry entry, int i)
    {
        foreach (var pair in bodies)
        {
            if (pair.Value.Entry == entry)
            {
                return pair.Key;
            }
        }

        return i;
    }

    private static ExtractedActor Rename(ExtractedActor a, IReadOnlyList<ExtractedActor> actors, Dictionary<int, (LexiconEntry Entry, string Word)> bodies)
    {
        foreach (var pair in bodies)
        {
            if (actors[pair.Key] == a)
            {
                var (entry, word) = pair.Value;
                var aliases = word == entry.Name ? System.Array.Empty<string>() : new[] { word };
                return new ExtractedActor(entry.Name, ActorKind.Organization, entry.Country, System.Array.Empty<string>(), aliases, a.Mentions, a.Confidence)
                {
                    Place = a.Place,
                };
            }
        }

        return a;
    }
}

using System;

// Link: one actor per real actor in the article. After every name, description and pronoun is linked, actors that
// name the same real actor are merged (each rule its own file), and every short form the article uses becomes an alias.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // The article-level identity rules, in this order (each its own file in Link/).
        private void MergeIdentities()
        {
            JoinCutSurnames();
            if (_actors.Count > 1)
            {
                var names = NameMentionCounts();
                MergeLocatedInPlaces(names);
                MergeSameNameKinds(names);
                MergeShortPersonNames(names);
                MergeGivenNames(names);
                MergeOrganizationShortForms(names);
                MergeCompanyFirstWords(names);
                MergeClubShortNames(names);
                MergePlaceTailNames(names);
                MergePlaceClassNames(names);
                MergeAliasNames(names);
                MergeCountryWordNames(names);
            }

            AddRepeatedOrganizationNames();
            AddNameAliases();
        }

        // Name and acronym mentions per actor (by ActorBuilder.Index): an actor with none is not exported as named.
        private int[] NameMentionCounts()
        {
            // Ints3 is free again: ArbitrateNames (its only other user) is done.
            var counts = Scratch.AtLeast(ref _scratch.Ints3, _actors.Count);
            Array.Clear(counts, 0, _actors.Count);
            foreach (ref readonly var m in _mentions)
            {
                if (m.Kind == MentionKind.Name || m.Kind == MentionKind.Acronym)
                {
                    counts[m.Actor.Index]++;
                }
            }

            return counts;
        }

        // Every mention of `from` becomes a mention of `into`; its name, aliases, roles and country go along.
        private void MergeInto(ActorBuilder from, ActorBuilder into, int[] names)
        {
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                if (m.Actor == from)
                {
                    m.Actor = into;
                    _mentions[i] = m;
                }
            }

            AddAlias(into, from.Name);
            if (from.HasAliases)
            {
                foreach (var a in from.Aliases)
                {
                    AddAlias(into, a);
                }
            }

            for (var r = 0; r < from.RoleCount; r++)
            {
                if (!Contains(into.Roles, from.Roles[r]))
                {
                    into.Roles.Add(from.Roles[r]);
                }
            }

            into.Country ??= from.Country;
            into.TaggerConfirmed |= from.TaggerConfirmed;
            into.LastMention = Math.Max(into.LastMention, from.LastMention);
            names[into.Index] += names[from.Index];
            names[from.Index] = 0;
        }

        // Whether `name` has words separated by single spaces and `word` is one of them (case-insensitive).
        private static bool HasNameWord(string name, string word, bool firstOnly)
        {
            var at = 0;
            while (at + word.Length <= name.Length)
            {
                var end = name.IndexOf(' ', at);
                if (end < 0)
                {
                    end = name.Length;
                }

                if (end - at == word.Length && string.Compare(name, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }

                if (firstOnly || end == name.Length)
                {
                    return false;
                }

                at = end + 1;
            }

            return false;
        }
    }
}

// Link: an actor whose name another actor of its kind already has as an alias is that actor ("HTB" left as an actor of
// its own after "Harwick Tidal Board (HTB)" gave the letters as an alias), when exactly one actor has the alias.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void MergeAliasNames(int[] names)
        {
            if (!AnyNamedWithAliases(names))
            {
                return; // no owner to find (most articles): skip the pairwise scan
            }

            foreach (var named in _actors)
            {
                if (names[named.Index] == 0 || named.Entry != null)
                {
                    continue;
                }

                ActorBuilder? owner = null;
                var owners = 0;
                for (var ka = 0; ka < _actors.Count; ka++) // indexed: the list enumerator's MoveNext is a call per actor
                {
                    var a = _actors[ka];
                    if (a != named && a.Kind == named.Kind && a.HasAliases && names[a.Index] > 0 && Contains(a.Aliases, named.Name))
                    {
                        owner = a;
                        owners++;
                    }
                }

                if (owners == 1)
                {
                    MergeInto(named, owner!, names);
                }
            }
        }

        // Whether any named actor has aliases: only such an actor can own another's name above.
        private bool AnyNamedWithAliases(int[] names)
        {
            foreach (var a in _actors)
            {
                if (a.HasAliases && names[a.Index] > 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

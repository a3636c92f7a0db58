// Link: every short form the article names an actor by is one of its aliases ("Brelik" for "Ada Brelik", "Marlow"
// for "Marlow, Texas", "HTB" for "Harwick Tidal Board"), so a reader of the actor list finds it by any of them.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void AddNameAliases()
        {
            foreach (ref readonly var m in _mentions)
            {
                if ((m.Kind == MentionKind.Name || m.Kind == MentionKind.Acronym) && m.NameCount > 0)
                {
                    AddAliasSpan(m.Actor, m.NameFirst, m.NameFirst + m.NameCount);
                }
            }
        }
    }
}

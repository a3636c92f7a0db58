using System.Collections.Generic;
using Newswire.Extraction.Text;

// Resolve: "the Lutheran Church" is a denomination, an organization; "St Anne's Church" stays a building.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // A name that ends in "Church" right after a denomination's word. In the training text every such name is an
        // organization (11 of 11: "Catholic", "Orthodox", "Lutheran", "Presbyterian" ...), while churches named for a
        // saint or a place are buildings (LOC).
        private void RetypeDenominations()
        {
            List<(ActorBuilder Actor, ActorKind Kind)>? retyped = null;
            foreach (ref readonly var m in _mentions)
            {
                var last = m.NameFirst + m.NameCount - 1;
                if (IsNameKind(m.Kind) && m.NameCount > 1 && m.Actor.Kind == ActorKind.Location && m.Actor.Entry == null
                    && _tokens[last].IsCapitalized && _tt.Is(last, "church") && Denominations.Contains(_text, _tokens[last - 1])
                    && !Listed(retyped, m.Actor))
                {
                    (retyped ??= new List<(ActorBuilder, ActorKind)>()).Add((m.Actor, ActorKind.Organization));
                }
            }

            if (retyped != null)
            {
                RetypeActors(retyped);
            }
        }

        private static readonly TermTable<bool> Denominations = WordTable(
            "catholic", "orthodox", "anglican", "presbyterian", "lutheran", "episcopal", "protestant", "methodist", "coptic",
            "evangelical", "pentecostal", "reformed", "apostolic", "maronite", "moravian", "mennonite", "adventist");
    }
}

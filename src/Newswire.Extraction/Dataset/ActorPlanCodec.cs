using System.Collections.Generic;
using System.Text;
using Newswire.Extraction.Codec;

namespace Newswire.Extraction.Dataset;

/// <summary>
/// The actors the generator merged across a project's articles (<see cref="DatasetPlanner.MergeActors"/>), as the
/// generated <c>[ActorData]</c> attributes carry them to the runtime, which then uses them instead of merging again.
/// Per actor, in <see cref="ArticleDataCodec"/>'s integers, strings and lists: its index in the merged list,
/// identifier, key, name, kind, country, roles, aliases. An attribute holds any number of actors, one after another.
/// </summary>
public static class ActorPlanCodec
{
    /// <summary>One merged actor, <paramref name="index"/> its position in the merged list.</summary>
    public static string Encode(int index, MergedActor actor)
    {
        var w = new ArticleDataCodec.Writer(new StringBuilder(64));
        w.Int(index);
        w.Str(actor.Identifier);
        w.Str(actor.Key);
        w.Str(actor.Name);
        w.Int((int)actor.Kind);
        w.Str(actor.Country);
        w.Strs(actor.Roles);
        w.Strs(actor.Aliases);
        return w.ToString();
    }

    /// <summary>Adds every actor of <paramref name="data"/> (actors <see cref="Encode"/>d one after another) to <paramref name="actors"/>.</summary>
    public static void Decode(string data, List<KeyValuePair<int, MergedActor>> actors)
    {
        var r = new ArticleDataCodec.Reader(data);
        while (!r.AtEnd)
        {
            var index = r.Int();
            var identifier = r.Str()!;
            var key = r.Str()!;
            var name = r.Str()!;
            var actor = new MergedActor(key, name, (ActorKind)r.Int()) { Identifier = identifier, Country = r.Str() };
            actor.Roles.AddRange(r.Strs());
            actor.Aliases.AddRange(r.Strs());
            actors.Add(new KeyValuePair<int, MergedActor>(index, actor));
        }
    }
}

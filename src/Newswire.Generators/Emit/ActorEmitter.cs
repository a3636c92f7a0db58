using System.Globalization;
using System.Text;
using Newswire.Generators.Model;

namespace Newswire.Generators.Emit;

/// <summary>
/// Writes <c>Actors</c> members, one per merged actor, with hover docs (name, kind, country, roles, aliases,
/// how many articles mention it). Members carry their actor's key, not a position, so a new actor elsewhere in
/// the dataset changes no other member's code.
/// </summary>
internal static class ActorEmitter
{
    private static string MemberName(PlannedActor actor) =>
        IndexEmitter.Member(actor.Identifier, "Actor__" + actor.Index.ToString(CultureInfo.InvariantCulture));

    public static string Emit(ActorBucket bucket, EmitOptions options)
    {
        var w = new SourceWriter(1024 + (bucket.Actors.Count * 400));
        ArticleEmitter.Header(w, options);
        w.Open("namespace " + options.Namespace);
        // Which member stands for which actor: one attribute for the whole file (see ActorKeysAttribute).
        var map = new StringBuilder();
        var data = new StringBuilder();
        foreach (var actor in bucket.Actors)
        {
            map.Append(MemberName(actor)).Append('\t').Append(actor.Key).Append('\n');
            data.Append(actor.Data);
        }

        ArticleEmitter.Attribute(w, "ActorKeys", map.ToString());
        // The merged actors themselves, so the runtime takes the generator's merge instead of running it again.
        ArticleEmitter.Attribute(w, "ActorData", data.ToString());
        w.Open(options.Visibility + " static partial class Actors");
        for (var i = 0; i < bucket.Actors.Count; i++)
        {
            if (i > 0)
            {
                w.Line();
            }

            Member(w, bucket.Actors[i]);
        }

        w.Close();
        w.Close();
        return w.ToString();
    }

    private static void Member(SourceWriter w, PlannedActor actor)
    {
        var about = new StringBuilder();
        about.Append("<b>").Append(Literals.XmlDoc(actor.Name, 120)).Append("</b> \u2014 ").Append(actor.Kind.ToString());
        if (actor.Country != null)
        {
            about.Append(", ").Append(Literals.XmlDoc(actor.Country, 10));
        }

        if (actor.Roles.Count > 0)
        {
            about.Append(", ").Append(Literals.XmlDoc(string.Join(", ", actor.Roles), 120));
        }

        about.Append('.');
        if (actor.Aliases.Count > 0)
        {
            about.Append(" Also ");
            for (var j = 0; j < actor.Aliases.Count && j < 5; j++)
            {
                about.Append(j == 0 ? "" : ", ").Append("&quot;").Append(Literals.XmlDoc(actor.Aliases[j], 80)).Append("&quot;");
            }

            about.Append('.');
        }

        var n = actor.ArticleCount;
        about.Append(" Mentioned in ").Append(n.ToString(CultureInfo.InvariantCulture)).Append(n == 1 ? " article." : " articles.");
        w.Line("/// <summary>" + about + "</summary>");
        // A field without initializer, for the same reason as the Articles members (see ArticleEmitter).
        w.Line("public static readonly global::Newswire.Actor " + MemberName(actor) + ";");
    }
}

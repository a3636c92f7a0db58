using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Resolve: "Freedonia Border Guard troops" are a group of the Freedonia Border Guard, which is the actor named.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // A group phrase built on a body's own name ("Harbour Police officers", "Coast Guard ships") names that
        // body: the mention becomes a name mention of the organization (the phrase keeps the group words, as re3d
        // spans do), not an actor of its own named with "troops". Only a name of two or more words with an
        // organization head, so "U.S. forces" and "ISIL units" stay groups.
        private void NameGroupBodies()
        {
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                if (m.Kind != MentionKind.Group || m.Actor.Entry != null || m.Actor.Kind != ActorKind.Organization)
                {
                    continue;
                }

                var end = m.First + m.Count;
                var nameFirst = m.First;
                while (nameFirst < end && _tokens[nameFirst].IsLower)
                {
                    nameFirst++;
                }

                var nameEnd = FirstLowerWord(nameFirst, end);
                if (nameEnd >= end || !HasOrgHead(nameFirst, nameEnd) || !_tokens[nameEnd - 1].IsCapitalized)
                {
                    continue;
                }

                var body = ActorNamed(nameFirst, nameEnd, organizationsOnly: true)
                           ?? NewActor(SpanText(nameFirst, nameEnd), ActorKind.Organization, m.Actor.Country, null, _tokens[nameFirst].Start);
                if (body == null)
                {
                    continue;
                }

                _byName[(int)ActorKind.Organization].Set(body.Name, body);
                body.Country ??= m.Actor.Country;
                m.Actor = body;
                m.Kind = MentionKind.Name;
                m.NameFirst = nameFirst;
                m.NameCount = nameEnd - nameFirst;
                _mentions[i] = m;
            }
        }
    }
}

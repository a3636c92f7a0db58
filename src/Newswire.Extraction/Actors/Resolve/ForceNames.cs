using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "Carabineros fired tear gas", "the Gendarmerie said": a state's police or armed force named by one word of
// its own language is an organization, which the tagger reads as a person or leaves out.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // A capitalized word of WordLists.ForceWords standing alone (no longer name holds it) is the force: a mention of
        // its own, or its mention retyped. The country is the story's, as for any state body (OfficeCountry).
        private void NameForceWords()
        {
            List<(ActorBuilder Actor, ActorKind Kind)>? retyped = null;
            List<int>? added = null;
            var tokens = _tokens;
            var capitals = _triggers.At(Trigger.Capitalized, out var n);
            for (var i = 0; i < n; i++)
            {
                var t = capitals[i];
                if (tokens[t].Kind != TokenKind.Word || !InList(WordClass.ForceWords, t))
                {
                    continue;
                }

                var covering = MentionCovering(t);
                if (covering < 0)
                {
                    (added ??= new List<int>()).Add(t);
                }
                else if (_mentions[covering] is var m && m.NameCount == 1 && m.Actor.Kind != ActorKind.Organization && !Listed(retyped, m.Actor))
                {
                    (retyped ??= new List<(ActorBuilder, ActorKind)>()).Add((m.Actor, ActorKind.Organization));
                }
            }

            if (retyped != null)
            {
                RetypeActors(retyped);
            }

            foreach (var t in added ?? new List<int>())
            {
                AddNamed(t, t + 1, ActorKind.Organization, null, null, _tt.SentenceOf(t), true);
            }
        }

        // The index of the name mention whose name holds token t, or -1.
        private int MentionCovering(int t)
        {
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                if (IsNameKind(m.Kind) && m.NameFirst <= t && t < m.NameFirst + m.NameCount)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}

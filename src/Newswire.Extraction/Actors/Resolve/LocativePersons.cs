using System.Collections.Generic;
using Newswire.Extraction.Text;

// Resolve: "flights out of Karvo", "flooding in Tessaro": a name read as a person that every time stands right after a
// preposition of place, never as a possessive, and that the gazetteer knows as a place, is that place. A surname
// after "in" or "near" is rare in news; a small town named like a surname is not (the sizable-town rule in
// NameParticles.cs needs no context and so keeps to large towns).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void RetypeLocativePersons()
        {
            List<(ActorBuilder Actor, ActorKind Kind)>? retyped = null;
            foreach (ref readonly var m in _mentions)
            {
                if (IsNameKind(m.Kind) && m.Actor.Kind == ActorKind.Person && m.Actor.Entry == null && !m.Known
                    && AfterPlacePreposition(m.NameFirst) && !Listed(retyped, m.Actor) && AllLocative(m.Actor)
                    && MayRetype(m.Actor) && (IsGazetteerPlace(m.NameFirst, m.NameFirst + m.NameCount, 0) || AllAfterMotion(m.Actor)))
                {
                    (retyped ??= new List<(ActorBuilder, ActorKind)>()).Add((m.Actor, ActorKind.Location));
                }
            }

            if (retyped != null)
            {
                RetypeActors(retyped);
            }
        }

        // Every name mention of the actor follows a preposition of place and is no possessive ("in Hale's view").
        private bool AllLocative(ActorBuilder actor)
        {
            foreach (ref readonly var m in _mentions)
            {
                if (m.Actor == actor && IsNameKind(m.Kind))
                {
                    var after = m.NameFirst + m.NameCount;
                    if (!AfterPlacePreposition(m.NameFirst) || (after < _tokens.Length && _tokens[after].Kind == TokenKind.Possessive))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        // "a village out of Karvo", "gusts near Ba": a lone word right after a preposition of place (not "to", "from"
        // or "at", which persons follow as often) that the gazetteer
        // knows (any size: the towns of small countries are small) is that place on the gazetteer's word, as a
        // lexicon name is; the tagger, which rarely saw such towns, need not confirm it.
        private void KnowLocativePlace(int token, bool locative)
        {
            var last = _mentions.Count - 1;
            if (locative && last >= 0 && _mentions[last].First == token && AfterPlacePreposition(token) && IsGazetteerPlace(token, token + 1, 0))
            {
                var m = _mentions[last];
                m.Known = true;
                _mentions[last] = m;
            }
        }

        private bool AfterPlacePreposition(int first) =>
            first >= 1 && _tokens[first - 1].IsLower
            && (PlacePrepositions.Contains(_text, _tokens[first - 1]) || (first >= 2 && _tt.Is(first - 1, "of") && _tt.Is(first - 2, "out"))
                || MotionTo(first));

        // "troops withdrew to Masisi", "she returned to Kessel": "to" after a verb of motion is a place's preposition,
        // strong enough alone for a place the gazetteer lacks. In the training text a capitalized name after one of
        // these verbs and "to" is a place 46 times of 51 (a person once); after other words "to" is as often a
        // person's ("said to", "talked to").
        private bool MotionTo(int first) =>
            first >= 2 && _tt.Is(first - 1, "to") && _tokens[first - 2].IsLower && MotionVerbs.Contains(_text, _tokens[first - 2]);

        // Every name mention of the actor follows a verb of motion and "to".
        private bool AllAfterMotion(ActorBuilder actor)
        {
            foreach (ref readonly var m in _mentions)
            {
                if (m.Actor == actor && IsNameKind(m.Kind) && !MotionTo(m.NameFirst))
                {
                    return false;
                }
            }

            return true;
        }

        private static readonly TermTable<bool> PlacePrepositions = WordTable("in", "near", "outside", "across", "around");

        private static readonly TermTable<bool> MotionVerbs = WordTable(
            "moved", "moving", "returned", "returning", "return", "traveled", "travelled", "went", "came", "heading", "headed",
            "fled", "fleeing", "withdrew", "withdrawn", "retreated", "flew", "relocated", "evacuated", "marched");
    }
}

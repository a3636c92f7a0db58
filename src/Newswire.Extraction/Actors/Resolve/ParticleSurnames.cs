using System;
using Newswire.Extraction.Text;

// Resolve: a person's surname that opens with a particle, named again alone ("de Souza", "Van der Berg said",
// "Al-Masri told reporters"), names that person.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Later mentions of "José de Souza", "Pieter van der Berg", "Omar al-Masri" keep the particle, capitalized when it
        // opens a sentence (and in Dutch and Belgian style without a given name). The tagger reads "Van" as a place,
        // "Vries" alone or nothing at all; the particle and at least one following part of a person's name found in
        // the article (the particle in any case, the parts as written) name that person, replacing other readings of
        // those words. A lexicon person's mention is never replaced.
        private void LinkParticleSurnames()
        {
            System.Collections.Generic.List<ActorBuilder>? done = null;
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                if (m.Kind != MentionKind.Name || m.Actor.Kind != ActorKind.Person || m.NameCount < 2)
                {
                    continue;
                }

                var tail = SurnameTail(m.NameFirst, m.NameFirst + m.NameCount);
                if (tail > 0 && !(done?.Contains(m.Actor) ?? false))
                {
                    (done ??= new System.Collections.Generic.List<ActorBuilder>()).Add(m.Actor); // one scan per person
                    LinkTailMentions(m.Actor, tail, m.NameFirst + m.NameCount);
                }
            }
        }

        // The first token of a surname opened by a particle inside first..end ("de" in "José de Souza", "al-Masri" in
        // "Abdel Karim al-Masri"), or -1.
        private int SurnameTail(int first, int end)
        {
            for (var t = first + 1; t < end; t++)
            {
                if (IsParticle(t) || IsArticleSurname(t))
                {
                    return t;
                }
            }

            return -1;
        }

        // Every other place where tail..end's words stand (the first one in any case), up to at least the first word
        // after the particles and not cut before a following capitalized word, becomes a mention of the actor.
        private void LinkTailMentions(ActorBuilder actor, int tail, int end)
        {
            var minimum = tail;
            while (minimum < end && IsParticle(minimum))
            {
                minimum++;
            }

            for (var t = 0; t < _tokens.Length; t++)
            {
                var q = TailMatch(t, tail, end);
                if (q > minimum - tail && (t + q >= _tokens.Length || !_tokens[t + q].IsCapitalized || q == end - tail) && t != tail)
                {
                    ReplaceWithPerson(t, t + q, actor);
                }
            }
        }

        // How many tokens from t repeat tail..end (the first in any case, the rest exactly). Asked of every token: the
        // length and first letter are compared before the text.
        private int TailMatch(int t, int tail, int end)
        {
            if (_tokens[t].Length != _tokens[tail].Length || char.ToLowerInvariant(_text[_tokens[t].Start]) != char.ToLowerInvariant(_text[_tokens[tail].Start]))
            {
                return 0;
            }

            var q = 0;
            while (tail + q < end && t + q < _tokens.Length && _tokens[t + q].Kind == TokenKind.Word
                   && string.Compare(_text, _tokens[t + q].Start, _text, _tokens[tail + q].Start, Math.Max(_tokens[t + q].Length, _tokens[tail + q].Length),
                       q == 0 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) == 0
                   && _tokens[t + q].Length == _tokens[tail + q].Length)
            {
                q++;
            }

            return q;
        }

        // Tokens first..end name the actor: the name mentions over them go (its own "Berg" in "Van der Berg" too)
        // unless one already names it there in full, or names a lexicon person.
        private void ReplaceWithPerson(int first, int end, ActorBuilder actor)
        {
            for (var k = 0; k < _mentions.Count; k++)
            {
                var o = _mentions[k];
                var overlaps = o.NameFirst < end && o.NameFirst + o.NameCount > first;
                var covers = o.NameFirst <= first && o.NameFirst + o.NameCount >= end;
                if (overlaps && (ReferenceEquals(o.Actor, actor) && covers || o.Actor.Entry != null && o.Actor.Kind == ActorKind.Person || !IsNameKind(o.Kind)))
                {
                    return;
                }
            }

            for (var k = _mentions.Count - 1; k >= 0; k--)
            {
                var o = _mentions[k];
                if (o.NameFirst < end && o.NameFirst + o.NameCount > first)
                {
                    _mentions.RemoveAt(k);
                }
            }

            AddMention(first, end - first, actor, MentionKind.Name, first, end - first);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Resolve: the article's actor table, mentions and aliases.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private ActorBuilder? NewActor(string name, ActorKind kind, string? country, LexiconEntry? entry, int first)
        {
            var key = ActorKeys.For(kind, name);
            if (_byKey.TryGetValue(key, out var existing))
            {
                return existing;
            }

            if (_actors.Count >= _maxActors)
            {
                if (!CapReached)
                {
                    CapReached = true;
                    CapOffset = first;
                }

                return null;
            }

            var actor = new ActorBuilder(name, kind, country, entry, first);
            _actors.Add(actor);
            actor.Index = _actors.Count - 1;
            _byKey[key] = actor;
            return actor;
        }

        private void AddMention(int first, int count, ActorBuilder actor, MentionKind kind, int nameFirst = -1, int nameCount = 0, float confidence = -1f)
        {
            if (nameFirst < 0)
            {
                nameFirst = first;
                nameCount = count;
            }

            // "the Kremlin" as the lexicon writes it: the name alone has no article, unless the actor's own name
            // begins with one ("The Hague").
            if (nameCount > 1 && (kind == MentionKind.Name || kind == MentionKind.Acronym) && IsThe(nameFirst)
                && !actor.Name.StartsWith("The ", StringComparison.OrdinalIgnoreCase))
            {
                nameFirst++;
                nameCount--;
            }

            if (confidence < 0f)
            {
                confidence = _proposal >= 0f && (kind == MentionKind.Name || kind == MentionKind.Acronym) ? _proposal : Confidences.For(kind, actor.Entry != null);
            }

            _mentions.Add(new RawMention { First = first, Count = count, Actor = actor, Kind = kind, NameFirst = nameFirst, NameCount = nameCount, Confidence = confidence, Known = actor.Entry != null || _known });
            actor.LastMention = Math.Max(actor.LastMention, _tokens[first].Start);
        }

        // Adds the text of tokens [first, end) as an alias, allocating only when it is new.
        [MethodImpl(Hot.Path)]
        private void AddAliasSpan(ActorBuilder actor, int first, int end)
        {
            var start = _tokens[first].Start;
            var length = _tokens[end - 1].End - start;
            if (SameText(actor.Name, start, length))
            {
                return;
            }

            foreach (var a in actor.Aliases)
            {
                if (SameText(a, start, length))
                {
                    return;
                }
            }

            actor.Aliases.Add(_text.Substring(start, length));
        }

        // Most repeats are spelled alike: the framework's ordinal compare (many characters per step) settles those.
        private bool SameText(string s, int start, int length) =>
            s.Length == length && (Text.SpanText.EqualsOrdinal(s, _text, start) || Text.SpanText.EqualsIgnoreCase(s, _text, start));

        private static void AddAlias(ActorBuilder actor, string alias)
        {
            if (string.Equals(alias, actor.Name, StringComparison.OrdinalIgnoreCase) || Contains(actor.Aliases, alias))
            {
                return;
            }

            actor.Aliases.Add(alias);
        }

        [MethodImpl(Hot.Path)]
        private static bool Contains(List<string> list, string value)
        {
            foreach (var s in list)
            {
                if (string.Equals(s, value, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private string SpanText(int first, int end) => _text.Substring(_tokens[first].Start, _tokens[end - 1].End - _tokens[first].Start);
    }
}

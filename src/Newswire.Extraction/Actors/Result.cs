using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// The result: mentions sorted and de-overlapped, actors in order of first mention.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // ---- result ------------------------------------------------------------------------------------

        [MethodImpl(Hot.Path)]
        public ActorExtractionResult Result(AnalysisDocument? document)
        {
            // Order actors by first mention; mentions sorted, overlaps dropped (the earlier, longer one wins).
            SortIfUnsorted(_mentions, default(ByFirstLongerFirst));
            var kept = _lists.Kept;
            kept.Clear();
            var lastEnd = -1;
            foreach (ref readonly var m in _mentions)
            {
                if (m.First < lastEnd)
                {
                    continue;
                }

                kept.Add(m);
                lastEnd = m.First + m.Count;
            }

            // Actors in order of first kept mention; ResultIndex numbers them (each builder belongs to this run only).
            var used = _lists.Used;
            used.Clear();
            foreach (ref readonly var m in kept)
            {
                if (m.Actor.ResultIndex < 0)
                {
                    m.Actor.ResultIndex = used.Count;
                    used.Add(m.Actor);
                }

                if (m.Kind != MentionKind.Adjective && m.Kind != MentionKind.Modifier)
                {
                    m.Actor.SpanCount++;
                }
            }

            KeepInnerNames(kept, used);

            var perActor = new List<MentionSpan>[used.Count];
            for (var i = 0; i < perActor.Length; i++)
            {
                perActor[i] = new List<MentionSpan>(used[i].SpanCount);
            }

            var resolved = new List<ResolvedMention>(kept.Count);
            foreach (ref readonly var m in kept)
            {
                var ai = m.Actor.ResultIndex;
                var span = new TextSpan(_tokens[m.First].Start, _tokens[m.First + m.Count - 1].End - _tokens[m.First].Start);
                resolved.Add(new ResolvedMention(span, ai, m.First, m.Count, m.Kind));
                if (m.Kind != MentionKind.Adjective && m.Kind != MentionKind.Modifier)
                {
                    var form = FormOf(m.Kind);
                    var exported = form == MentionForm.Name && SpanConvention.NameAlone ? NameSpan(m) : span;
                    if (SpanConvention.PhraseToo && !exported.Equals(span))
                    {
                        // The phrase around the name ("the UNF", "President Marlowe") as a nominal beside it.
                        perActor[ai].Add(Export(document, span, MentionForm.Nominal, m.Confidence));
                    }

                    perActor[ai].Add(Export(document, exported, form, m.Confidence));
                    if (m.Confidence > m.Actor.Confidence)
                    {
                        m.Actor.Confidence = m.Confidence;
                    }
                }
            }

            ExportInnerNames(document, perActor);

            var actors = new ExtractedActor[used.Count];
            for (var i = 0; i < used.Count; i++)
            {
                var a = used[i];
                RemoveName(a);
                actors[i] = new ExtractedActor(a.Name, a.Kind, a.Country, a.RoleArray(), a.AliasArray(), perActor[i], a.Confidence) { FromLexicon = a.Entry != null };
            }

            return new ActorExtractionResult(actors, resolved, _tokens.Length);
        }

        private static MentionSpan Export(AnalysisDocument? document, TextSpan span, MentionForm form, float confidence) =>
            document != null
                ? document.Mention(span.Start, span.Length, form, confidence)
                : new MentionSpan(span.Start, span.Length, 0, 0, form, confidence);

        // Drops the aliases equal to the name (in place, order kept: RemoveAll without a closure per actor).
        private static void RemoveName(ActorBuilder actor)
        {
            if (!actor.HasAliases)
            {
                return;
            }

            var aliases = actor.Aliases;
            var name = actor.Name;
            var write = 0;
            for (var i = 0; i < aliases.Count; i++)
            {
                if (!string.Equals(aliases[i], name, StringComparison.OrdinalIgnoreCase))
                {
                    aliases[write++] = aliases[i];
                }
            }

            aliases.RemoveRange(write, aliases.Count - write);
        }

        // Names and acronyms are names; descriptions and group phrases are nominals.
        private static MentionForm FormOf(MentionKind kind) =>
            kind == MentionKind.Pronoun ? MentionForm.Pronoun
            : kind == MentionKind.Description || kind == MentionKind.Group ? MentionForm.Nominal
            : MentionForm.Name;

        // The name alone inside a mention (no determiner, title or place head).
        private TextSpan NameSpan(in RawMention m)
        {
            var first = m.NameCount > 0 ? m.NameFirst : m.First;
            var count = m.NameCount > 0 ? m.NameCount : m.Count;
            return new TextSpan(_tokens[first].Start, _tokens[first + count - 1].End - _tokens[first].Start);
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using Newswire.Extraction.Actors;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// Reads an article body's actor mentions as (span text, kind) pairs, for tests about spans and kinds. Both views
/// count: the exported spans (a name mention is the name alone, CoNLL style) and the phrases the actor stage read
/// (with determiner, title or place head: "the Foreign Secretary Philip Hammond", "Idlib province"), which events use.
/// </summary>
internal static class MentionText
{
    public static ExtractedArticle Run(string body) => ArticleExtractor.Extract("t.txt", "Test headline for the article\n" + body);

    public static (string Text, ActorKind Kind)[] All(ExtractedArticle a) =>
        Exported(a).Concat(Phrases(a)).Distinct().OrderBy(x => x.Item1).ToArray();

    /// <summary>The exported mention spans with their actors' kinds.</summary>
    public static IEnumerable<(string Text, ActorKind Kind)> Exported(ExtractedArticle a) =>
        a.Actors.SelectMany(x => x.Mentions.Select(m => (a.Text.Substring(m.Start, m.Length), x.Kind)));

    /// <summary>The phrases the actor stage resolved (names, descriptions, groups, pronouns), with their actors' kinds.</summary>
    public static IEnumerable<(string Text, ActorKind Kind)> Phrases(ExtractedArticle a)
    {
        var regions = new List<TextSpan>();
        var pos = 0;
        foreach (var line in a.Text.Split('\n'))
        {
            if (line.Trim().Length > 0)
            {
                regions.Add(new TextSpan(pos, line.Length));
            }

            pos += line.Length + 1;
        }

        var tokens = TokenizedText.Build(a.Text, regions, regions[0]);
        var result = ActorExtractor.Extract(tokens, Lexicon.BuiltIn);
        return result.Mentions
            .Where(m => m.Kind != MentionKind.Adjective && m.Kind != MentionKind.Modifier)
            .Select(m => (m.Span.Of(a.Text), result.Actors[m.Actor].Kind))
            .ToArray();
    }

    /// <summary>The kind of the actor the span is a mention of, or -1 when it is no mention.</summary>
    public static ActorKind KindOf(ExtractedArticle a, string span) =>
        All(a).Where(x => x.Text == span).Select(x => x.Kind).DefaultIfEmpty((ActorKind)(-1)).First();
}

using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Actors
{
    /// <summary>Reads an article body's actor mentions as (span text, kind) pairs, for tests about spans and kinds.</summary>
    internal static class MentionText
    {
        public static ExtractedArticle Run(string body) => ArticleExtractor.Extract("t.txt", "Test headline for the article\n" + body);

        public static (string Text, ActorKind Kind)[] All(ExtractedArticle a) =>
            a.Actors.SelectMany(x => x.Mentions.Select(m => (a.Text.Substring(m.Start, m.Length), x.Kind))).OrderBy(x => x.Item1).ToArray();

        /// <summary>The kind of the actor the span is a mention of, or -1 when it is no mention.</summary>
        public static ActorKind KindOf(ExtractedArticle a, string span) =>
            All(a).Where(x => x.Text == span).Select(x => x.Kind).DefaultIfEmpty((ActorKind)(-1)).First();
    }
}

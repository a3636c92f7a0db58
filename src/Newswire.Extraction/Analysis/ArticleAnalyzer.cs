using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Analysis
{
    /// <summary>Finds the actors and events of an article: tokens and sentences, then actors, then events.</summary>
    public static class ArticleAnalyzer
    {
        /// <summary>Analyses <paramref name="document"/>.</summary>
        public static (IReadOnlyList<ExtractedActor> Actors, IReadOnlyList<ExtractedEvent> Events) Analyze(AnalysisDocument document)
        {
            // Placeholder until the extraction pipeline lands (issue 3 work in progress).
            return (new ExtractedActor[0], new ExtractedEvent[0]);
        }
    }
}

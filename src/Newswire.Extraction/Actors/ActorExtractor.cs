using Newswire.Extraction.Analysis;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Actors
{
    /// <summary>Finds the people, organizations and places of an article and links their mentions.</summary>
    internal static class ActorExtractor
    {
        /// <summary>Extracts actors from the tokenized regions of <paramref name="document"/>.</summary>
        public static ActorExtractionResult Extract(AnalysisDocument document, TokenizedText tokens)
        {
            // First contract version: no actors yet (the extractor lands in the next commits).
            _ = document;
            return new ActorExtractionResult(new Model.ExtractedActor[0], new ResolvedMention[0], tokens.Tokens.Length);
        }
    }
}

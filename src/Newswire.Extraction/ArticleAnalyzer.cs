using System.Collections.Generic;
using Newswire.Extraction.Actors;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction;

/// <summary>Finds the actors and events of an article: tokens and sentences, then actors, then events.</summary>
public static class ArticleAnalyzer
{
    /// <summary>Analyses <paramref name="document"/>.</summary>
    public static (IReadOnlyList<ExtractedActor> Actors, IReadOnlyList<ExtractedEvent> Events) Analyze(AnalysisDocument document)
    {
        var tokenized = TokenizedText.Build(document);
        var actors = ActorExtractor.Extract(document, tokenized);

        var events = Events.EventExtractor.Extract(document, tokenized, actors);
        return Places.PlaceStage.Apply(document, actors.Actors, events);
    }
}

using System.Linq;
using Newswire.Extraction.Model;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Invented one-paragraph stories through the whole pipeline, for the event tests that read agents and targets:
/// each found event is written to the test output (code, agent country/name, targets, modality) so a failing
/// assertion shows what the engine saw.
/// </summary>
internal static class EventStories
{
    public static ExtractedArticle Extract(ITestOutputHelper output, string body)
    {
        var a = ArticleExtractor.Extract("story.txt", "World briefing\n\n" + body + "\n");
        foreach (var e in a.Events)
        {
            output.WriteLine(e.Code + " " + Country(a, e.Agent) + "/" + (e.Agent < 0 ? "-" : a.Actors[e.Agent].Name) + " -> "
                             + string.Join(", ", e.Counterparts.Select(c => a.Actors[c].Name)) + " " + e.Modality);
        }

        return a;
    }

    /// <summary>The actor's country, "---" for an actor without one, "-" for no actor.</summary>
    public static string Country(ExtractedArticle a, int actor) => actor < 0 ? "-" : a.Actors[actor].Country ?? "---";
}

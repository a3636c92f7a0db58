using Newswire.Extraction.Text;

// Resolve: "Latin American leaders", "West African officials", "Central Asian delegates": a region word before a
// demonym makes a regional adjective, no country's group ("American leaders" is not the United States').
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Whether the capitalized word before the demonym at nameFirst (same line) names a region.
        private bool AfterRegionWord(int nameFirst) =>
            nameFirst > 0 && _tokens[nameFirst - 1].IsCapitalized && (_tokens[nameFirst].Flags & TokenFlags.NewlineBefore) == 0
            && RegionQualifiers.Contains(_text, _tokens[nameFirst - 1]);

        private static readonly TermTable<bool> RegionQualifiers = Table(new[]
        {
            "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "latin", "middle",
            "southeast", "southwest", "northeast", "northwest", "sub-saharan", "pan",
        });
    }
}

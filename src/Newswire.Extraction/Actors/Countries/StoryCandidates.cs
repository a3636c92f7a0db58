using System.Collections.Generic;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// The actors still without a country that may take the story's, by their first name mention: state offices and
/// national bodies (<see cref="OfficeCountry"/>), and the others the last rule may give it (<see cref="StoryCountryOthers"/>).
/// </summary>
internal sealed class StoryCandidates
{
    public List<int> Offices { get; } = new List<int>();

    public List<int> Others { get; } = new List<int>();

    /// <summary>Generic bodies whose lexicon country was set aside for the story's (<see cref="GenericBodies"/>).</summary>
    public List<(Model.ExtractedActor Body, string Country)>? Generic { get; set; }
}

using Newswire.Extraction.Model;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// "Freedonia Maritime Council spokesman Ada Brelik": a person who speaks for a national body takes its country
/// (<see cref="AffiliationCountry"/>), but the body may get that country only from the story's country, after the
/// person was asked. Asked again once the story's country is given out.
/// </summary>
internal static class LateAffiliations
{
    public static void Apply(Text.TokenizedText text, ActorExtractionResult actors)
    {
        var mentions = actors.Mentions;
        for (var k = 0; k < mentions.Count; k++)
        {
            var actor = actors.Actors[mentions[k].Actor];
            if (actor.Kind == ActorKind.Person && actor.Country == null && mentions[k].Kind == MentionKind.Name
                && AffiliationCountry.Of(text, actors, k) is { } country)
            {
                actor.Country = country;
            }
        }
    }
}

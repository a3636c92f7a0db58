using Newswire.Extraction.Model;
using Newswire.Extraction.Places;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// A place neither the lexicon nor the gazetteer knows ("the village of Karvo", "Marlow Avenue", "the Dunel district")
/// is a small place the story itself is about: like a person nothing else placed, it may take a datelined story's
/// country (<see cref="StoryCountryOthers"/>, which skips one first named in a sentence set in other countries). A
/// place the gazetteer knows is left to the place stage, which reads its country from the gazetteer.
/// </summary>
internal static class UnknownPlaces
{
    /// <summary>Whether the actor is a place without a country that no lexicon or gazetteer knows.</summary>
    public static bool IsCandidate(ExtractedActor actor) =>
        actor.Kind == ActorKind.Location && actor.Country == null && !actor.FromLexicon
        && !Gazetteer.Default.Find(PlaceNames.Key(actor.Name)).MoveNext();
}

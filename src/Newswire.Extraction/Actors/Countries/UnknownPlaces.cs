using Newswire.Extraction.Model;
using Newswire.Extraction.Places;
using Newswire.Extraction.Text;

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
        actor.Kind == ActorKind.Location && actor.Country == null && !actor.FromLexicon && !IsCrossBorder(actor.Name)
        && !Gazetteer.Default.Find(PlaceNames.Key(actor.Name)).MoveNext();

    // Seas, rivers, ranges and deserts cross borders ("the Harwick Sea", "the Kessel Mountains"): no story's country.
    private static bool IsCrossBorder(string name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && CrossBorderHeads.TryGet(name, space + 1, name.Length - space - 1, TermKey.Hash(name, space + 1, name.Length - space - 1), out _);
    }

    private static readonly TermTable<bool> CrossBorderHeads = TermTables.Words(
        "sea", "ocean", "gulf", "strait", "straits", "channel", "river", "mountains", "range", "desert", "basin", "plateau");
}

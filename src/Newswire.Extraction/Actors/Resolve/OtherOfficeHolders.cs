using Newswire.Extraction.Lexicons;

// Resolve: a lexicon person's name on another office's holder ("Defense Minister Pedro Sanchez" in a Colombian
// story is not Spain's prime minister of the same name).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Whether a titled name is someone else than the lexicon person of that name: the title's country is another
        // ("Colombian Defense Minister Pedro Sanchez" is not Spain's prime minister). Common names recur across
        // countries; the office's country in the text is the stronger evidence. A differing title alone is not: the
        // lexicon's roles date ("Foreign Secretary Boris Johnson" against his later "Prime Minister").
        private static bool HoldsOtherOffice(string? role, string? country, LexiconEntry entry) =>
            entry.Kind == LexiconKind.Person && role != null && country != null && entry.Country != null && country != entry.Country;
    }
}

using Newswire.Extraction.Text;

// Resolve: a name described in apposition or by "is a" as a village, town, municipality ... is a place, whatever the
// tagger read it as ("Tamsu, a fishing village on the coast", "Orvik is a municipality in ..."): unknown small places
// are often read as surnames.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Names retyped by what the sentence says of them: an organization or a place in apposition, a group before its
        // head noun (GroupHeadNames), a list of places (PlaceLists), a place joined to a place (ConjoinedPlaces), in this order.
        private void RetypeDescribedNames()
        {
            RetypeAppositionOrganizations();
            RetypeNamesBeforeGroupHeads();
            RetypeAppositionPlaces();
            NamePlaceLists();
            RetypeConjoinedPlaces();
        }

        private void RetypeAppositionPlaces() => RetypeAppositions(ActorKind.Location);

        // "a/an" + up to four modifiers + a settlement or area noun that ends the noun phrase ("a small village",
        // "a port city"; not "a village elder", "a city council member", "a member of the town council"); "the" only
        // before a rank ("the last army-held city", "the largest town"): "the village head" is a person.
        private bool DescribesPlace(int t)
        {
            if (!IsArticle(t) || IsThe(t) && (t + 1 >= _tokens.Length || !PlaceRanks.Contains(_text, _tokens[t + 1])))
            {
                return false;
            }

            for (var j = t + 1; j < _tokens.Length && j <= t + 5; j++)
            {
                var token = _tokens[j];
                if (token.Kind != TokenKind.Word || token.IsLower && IsConjunctionOrPreposition(j))
                {
                    return false;
                }

                if (token.IsLower && SettlementNouns.Contains(_text, token) && (EndsNounPhrase(j + 1) || LocatesPlace(j + 1)))
                {
                    return true;
                }
            }

            return false;
        }

        // "a village north of", "a town 40 km from": a compass word or a distance after the noun places it.
        private bool LocatesPlace(int t) =>
            t < _tokens.Length && (_tokens[t].IsLower && Directions.Contains(_text, _tokens[t]) || _tokens[t].Kind == TokenKind.Number);

        private static readonly TermTable<bool> Directions = WordTable(
            "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
            "south-east", "south-west");

        // "El Fasher is the last army-held city": a copula before "the" and a rank.
        private bool IsCopulaBeforeRank(int t) =>
            t + 2 < _tokens.Length && _tokens[t].IsLower && (_tt.Is(t, "is") || _tt.Is(t, "was")) && IsThe(t + 1) && PlaceRanks.Contains(_text, _tokens[t + 2]);

        // Words after "the" that rank a place among others of its kind.
        private static readonly TermTable<bool> PlaceRanks = WordTable(
            "last", "only", "largest", "biggest", "second", "third", "second-largest", "main", "oldest", "northernmost",
            "southernmost", "easternmost", "westernmost");

        private static readonly TermTable<bool> SettlementNouns = WordTable(
            "village", "town", "city", "hamlet", "municipality", "commune", "suburb", "township", "settlement", "parish",
            "borough", "district", "province", "county", "prefecture", "governorate", "island", "archipelago", "peninsula",
            "river", "lake", "mountain", "valley", "region", "port", "oasis", "resort", "neighbourhood", "neighborhood");
    }
}

// Resolve: the order of the named rules that run after the tagger's names are arbitrated.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // The named rules that run on the arbitrated names, with or without the tagger, in this order (each its own
        // file in Resolve/).
        private void ApplyNameRules()
        {
            DropDefinedTerms();
            DropWorkTitles();
            DropCommonAbbreviations();
            DropEraAbbreviations();
            AddRoadCodes();
            JoinOfHeadNames();
            SplitForThePlaceNames();
            ExtendLongOrganizationNames();
            ExtendCommaListNames();
            NameForeignBodies();
            ExtendRemitNames();
            RetypeCenterNames();
            JoinMediaHeads();
            RetypeMediaNames();
            ResolveTeamNames();
            LinkShortTeamNames();
            JoinClubTowns();
            RetypeMatchSides();
            RetypeClubSides();
            RetypeVenueNames();
            RetypeLeagueNames();
            NameForceWords();
            RetypeAppositionOrganizations();
            NameApposedOrganizations();
            NameAgedPersons();
            NameClassNounOrganizations();
            NameOrganizationsBeforeClassNouns();
            TypeFromContext();
            NameAffiliationAcronyms();
            RetypeCitedNames();
            RetypeHeadedPersons();
            AddLocatedIn();
            AddRoleComplementNames();
            JoinPersonParticles();
            JoinPlaceParticles();
            RetypeParticlePlaces();
            JoinOrdinals();
            SplitOccupationOpeners();
            SplitBusinessOpeners();
            NameNasabPersons();
            NameVanVonPersons();
            JoinPersonNameParts();
            JoinFamilyNamesFirst();
            JoinGivenNamesBeforeParticles();
            LinkParticleSurnames();
            NameTitleOwnerBodies();
            SplitOwnedBodies();
            JoinPossessiveCompanyNames();
            JoinConjoinedOrganizationNames();
            NameGroupBodies();
            DropHeadlineRegionGroups();
            ReadOfficeNames();
            NameSpelledOrganizations();
            LinkBracketAcronyms();
            LinkInitialsAcronyms();
            NameOfficeHolders();
            DropStormNames();
        }
    }
}

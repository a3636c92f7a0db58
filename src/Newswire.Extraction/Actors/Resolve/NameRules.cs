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
            var acronyms = AnyAllCapsToken();
            DropDefinedTerms();
            DropWorkTitles();
            DropDocumentParts();
            DropCountryPairs();
            JoinCountryLedBodies();
            if (acronyms)
            {
                DropCommonAbbreviations();
                DropEraAbbreviations();
                DropShoutedWords();
            }

            AddRoadCodes();
            AddKnownCompanyNames();
            AddArmedGroupCodes();
            JoinOfHeadNames();
            ExtendCityOfPlaces();
            JoinTeamPlaceNames();
            SplitForThePlaceNames();
            ReadLexiconHeadsOfLongerNames();
            ExtendLongOrganizationNames();
            ExtendBuildingOfNames();
            ExtendCommaListNames();
            NameForeignBodies();
            ExtendRemitNames();
            ExtendAndCountryNames();
            RetypeCenterNames();
            JoinMediaHeads();
            RetypeMediaNames();
            ResolveTeamNames();
            LinkShortTeamNames();
            if (AnyMatchReport())
            {
                // These three read sides only in a result's sentence ("Kessel beat Marlow 2-1"), or a fixture's in
                // a story with one.
                JoinClubTowns();
                RetypeMatchSides();
                RetypeClubSides();
            }

            RetypeVenueNames();
            RetypeLeagueNames();
            NameForceWords();
            RetypeDescribedNames();
            NameApposedOrganizations();
            NameAgedPersons();
            NameClassNounOrganizations();
            NameOrganizationsBeforeClassNouns();
            NamePartiesBeforeHeads();
            NamePronounOwnedParties();
            NamePartyAppositions();
            NameDescribedCompanies();
            NameCountryOwnedCompanies();
            RetypeWhichPersons();
            TypeFromContext();
            if (acronyms)
            {
                NameAffiliationAcronyms();
            }

            RetypeCitedNames();
            ApplyPersonAndOfficeRules(acronyms);
        }

        // The rules on persons' names, bodies owned or conjoined, offices and acronym links, in this order.
        private void ApplyPersonAndOfficeRules(bool acronyms)
        {
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
            NameMaghrebBenPersons();
            JoinPersonNameParts();
            NameFunctionWordFamilyNames();
            JoinFamilyNamesFirst();
            JoinGivenNamesBeforeParticles();
            LinkParticleSurnames();
            NameTitleOwnersAndBodies();
            SplitOwnedBodies();
            SplitOwnedLexiconBodies();
            JoinPossessiveCompanyNames();
            JoinPossessiveFormNames();
            AddPeoplesHeadBodies();
            JoinConjoinedOrganizationNames();
            SplitJoinedBodyPairs();
            NameGroupBodies();
            DropHeadlineRegionGroups();
            ReadOfficeNames();
            if (acronyms)
            {
                NameSpelledOrganizations();
                JoinParticleAcronymNames();
                JoinAcronymLeadWords();
                LinkBracketAcronyms();
                LinkInitialsAcronyms();
            }

            JoinSyllableAcronymNames();
            DropAgreementNames();
            NameOfficeHolders();
            AddLowerTitleRoles();
            DropStormNames();
            RetypeAreaNames();
            SplitTrailingWeekdays();
            SplitTrailingOpeners();
        }

        // The acronym rules (under "if (acronyms)") act only on an all-caps token ("NATO", "U.S."), so an article
        // without one skips them: most short stories have none, and LinkInitialsAcronyms would still spell out the
        // initials of every organization name.
        private bool AnyAllCapsToken() => _triggers.Any(Trigger.AllCaps);
    }
}

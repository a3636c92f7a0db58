using System;

namespace Newswire.Extraction.Names;

/// <summary>
/// Word-list memberships of a (normalized) word: the gazetteers (GeoNames, Wikidata country aliases,
/// universities) and the built-in lexicon. "Full" means the word alone is a listed name; "Part" means it
/// occurs inside a longer listed name. The lists ship inside the model file.
/// </summary>
[Flags]
internal enum WordClass : uint
{
    None = 0,
    CityFull = 1 << 0,
    CityPart = 1 << 1,
    BigCityFull = 1 << 2,
    Admin1Full = 1 << 3,
    Admin1Part = 1 << 4,
    CountryFull = 1 << 5,
    CountryPart = 1 << 6,
    Demonym = 1 << 7,
    UniversityPart = 1 << 8,
    UniversityHead = 1 << 9,
    PersonFirst = 1 << 10,
    PersonLast = 1 << 11,
    GivenName = 1 << 12,
    OrgFull = 1 << 13,
    OrgPart = 1 << 14,
    OrgLast = 1 << 15,
    PlaceFull = 1 << 16,
    PlacePart = 1 << 17,
    PersonMiddle = 1 << 18,
    AgentWord = 1 << 19,
    OrgFirst = 1 << 20,
    CommonLower = 1 << 21,
}

namespace Newswire.Extraction.Names;

/// <summary>The four CoNLL name types the tagger proposes.</summary>
internal enum NameType : byte
{
    /// <summary>A person.</summary>
    Person = 1,

    /// <summary>An organization (companies, parties, agencies, teams, blocs).</summary>
    Organization = 2,

    /// <summary>A place (countries, cities, regions, geographic features).</summary>
    Location = 3,

    /// <summary>Any other proper name (events, works, nationalities used as nouns, products).</summary>
    Misc = 4,
}

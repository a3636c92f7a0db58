namespace Newswire;

/// <summary>What kind of named actor an <c>Actor</c> is.</summary>
public enum ActorKind
{
    /// <summary>A named person ("Vladimir Putin").</summary>
    Person = 0,

    /// <summary>An organization: government body, agency, company, armed group, news agency ("TASS", "the Kremlin").</summary>
    Organization = 1,

    /// <summary>A place: country, city, region, facility ("Astana", "Kursk Oblast").</summary>
    Location = 2,
}

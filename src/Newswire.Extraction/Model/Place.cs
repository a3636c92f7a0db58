using System;
using System.Globalization;

namespace Newswire;

/// <summary>What kind of place a <see cref="Place"/> is, which also says how precise its point is.</summary>
public enum PlaceKind
{
    /// <summary>A town or city (GeoNames populated place).</summary>
    City = 0,

    /// <summary>A country's capital city.</summary>
    Capital = 1,

    /// <summary>A first-level division: state, province, oblast, region of a country. The point is its population centre.</summary>
    Admin1 = 2,

    /// <summary>A country. The point is its population centre (the population-weighted centre of its towns).</summary>
    Country = 3,

    /// <summary>A region that is not one country's division ("Central Asia", "the Arctic", "Donbass"): no point.</summary>
    Region = 4,

    /// <summary>A continent: no point, no country.</summary>
    Continent = 5,

    /// <summary>A building or landmark ("the Itamaraty Palace"): the point, name and id are those of the city it stands in.</summary>
    Landmark = 6,
}

/// <summary>
/// A gazetteer entry a location was resolved to: GeoNames id, name, kind, country, first-level division and point
/// (WGS84 degrees). Regions and continents have no point. Resolved offline from the gazetteer embedded in the engine
/// (GeoNames, CC BY 4.0), using the article's other places and countries to decide between places of the same name.
/// </summary>
public sealed class Place : IEquatable<Place>
{
    /// <summary>Creates a place.</summary>
    public Place(int geoNamesId, string name, PlaceKind kind, string? country, string? admin1, double? latitude, double? longitude)
    {
        GeoNamesId = geoNamesId;
        Name = name;
        Kind = kind;
        Country = country;
        Admin1 = admin1;
        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>The GeoNames id (https://www.geonames.org/{id}), or 0 for regions and continents, which have none here.</summary>
    public int GeoNamesId { get; }

    /// <summary>The gazetteer's name ("Rostov-on-Don", "Astana", "Texas"); for a landmark, the name of its city.</summary>
    public string Name { get; }

    /// <summary>City, capital, first-level division, country, region, continent or landmark.</summary>
    public PlaceKind Kind { get; }

    /// <summary>ISO 3166-1 alpha-3 code ("KAZ"), or null for regions across countries and continents.</summary>
    public string? Country { get; }

    /// <summary>The first-level division the place lies in ("Texas", "Rostov"), or null.</summary>
    public string? Admin1 { get; }

    /// <summary>Latitude in degrees (WGS84), or null when the place has no point.</summary>
    public double? Latitude { get; }

    /// <summary>Longitude in degrees (WGS84), or null when the place has no point.</summary>
    public double? Longitude { get; }

    /// <summary>Whether the place has a point (everything but regions and continents).</summary>
    public bool HasPoint => Latitude.HasValue && Longitude.HasValue;

    /// <inheritdoc />
    public bool Equals(Place? other) =>
        other is not null && GeoNamesId == other.GeoNamesId && Name == other.Name && Kind == other.Kind && Country == other.Country
        && Admin1 == other.Admin1 && Latitude == other.Latitude && Longitude == other.Longitude;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Place p && Equals(p);

    /// <inheritdoc />
    public override int GetHashCode() => (GeoNamesId * 397) ^ Name.GetHashCode() ^ (int)Kind;

    /// <inheritdoc />
    public override string ToString() =>
        Name + " (" + Kind + (Country is null ? "" : ", " + Country) + ")"
        + (HasPoint ? " " + Latitude!.Value.ToString("0.####", CultureInfo.InvariantCulture) + "," + Longitude!.Value.ToString("0.####", CultureInfo.InvariantCulture) : "");
}

using System.Text.Json;

namespace Newswire.Cli.Commands;

/// <summary>A <see cref="Newswire.Place"/> as a JSON object (null when the location is unresolved).</summary>
internal static class PlaceJson
{
    public static void Write(Utf8JsonWriter w, string name, Newswire.Place? place)
    {
        if (place is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        if (place.GeoNamesId != 0)
        {
            w.WriteNumber("geonameid", place.GeoNamesId);
        }

        w.WriteString("name", place.Name);
        w.WriteString("kind", place.Kind.ToString());
        w.WriteString("country", place.Country);
        w.WriteString("admin1", place.Admin1);
        if (place.HasPoint)
        {
            w.WriteNumber("lat", place.Latitude!.Value);
            w.WriteNumber("lon", place.Longitude!.Value);
        }

        w.WriteEndObject();
    }
}

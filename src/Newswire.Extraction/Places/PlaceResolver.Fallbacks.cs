using System.Collections.Generic;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Places;

// Landmarks, fallbacks and the dateline (see PlaceResolver.cs).
internal sealed partial class PlaceResolver
{
    private bool IsLandmark(int i)
    {
        var a = _actors[i];
        if (PlaceWords.EndsWithLandmark(a.Name))
        {
            return true;
        }

        var mentions = a.Mentions;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (PlaceWords.LandmarkAfter(_text, m.Start + m.Length))
            {
                return true;
            }
        }

        return false;
    }

    private Place? Fallback(int i, Place?[] places)
    {
        var a = _actors[i];
        var country = a.Country;
        if (IsLandmark(i))
        {
            // "the Orlando Stadium in Johannesburg": the city named right after "in" places the landmark, whatever
            // country its own name suggested; the actor takes that city's country.
            if (CityRightAfter(i) is var inCity and >= 0)
            {
                a.Country = _g[inCity].Country ?? a.Country;
                return Landmark(_g, inCity);
            }

            country ??= _dominant;
            var city = ContextCity(_g, _actors, _chosen, i, country);
            if (city >= 0)
            {
                return Landmark(_g, city);
            }

            // "the Zaporizhzhia nuclear plant": a landmark named after a town of its country stands at that town.
            if (places[i] is { } own && (own.Kind == PlaceKind.City || own.Kind == PlaceKind.Capital) && own.Latitude != null
                && (country == null || own.Country == country))
            {
                return new Place(own.GeoNamesId, own.Name, PlaceKind.Landmark, own.Country, own.Admin1, own.Latitude, own.Longitude);
            }

            if (country != null)
            {
                // A landmark in a country the article is about, in no city it names: no point to give.
                return new Place(0, a.Name, PlaceKind.Landmark, country, null, null, null);
            }
        }

        if (places[i] != null)
        {
            return places[i];
        }

        // "Elmsworth, Ohio", "Velika-Dolina County, Croatia": a place the gazetteer lacks, in the state or country named.
        var name = a.Name.IndexOf(',') > 0 ? a.Name.Substring(0, a.Name.IndexOf(',')) : a.Name;
        if (_qualifier[i] > 0)
        {
            var q = _g.ToPlace(_qualifier[i] - 1);
            return new Place(0, name, PlaceKind.Region, q.Country, q.Kind == PlaceKind.Admin1 ? q.Name : null, null, null);
        }

        if (a.Country == null)
        {
            return null;
        }

        // "U. S.", "UAE": a country's initials, which the gazetteer does not index (two letters name too much).
        if (IsInitials(name) && _g.CountryEntry(a.Country) is var c && c >= 0)
        {
            return _g.ToPlace(c);
        }

        // Known to lie in a country (the lexicon says so) but not a town of the gazetteer: a region of it.
        return new Place(0, name, PlaceKind.Region, a.Country, null, null, null);
    }

    /// <summary>The city entry of a place named right after " in " that follows a mention of actor <paramref name="i"/>, or -1.</summary>
    private int CityRightAfter(int i)
    {
        foreach (var m in _actors[i].Mentions)
        {
            var at = m.Start + m.Length;
            if (at + 4 > _text.Length || string.CompareOrdinal(_text, at, " in ", 0, 4) != 0)
            {
                continue;
            }

            for (var j = 0; j < _actors.Count; j++)
            {
                if (j == i || _chosen[j] < 0 || (_g[_chosen[j]].Kind != PlaceKind.City && _g[_chosen[j]].Kind != PlaceKind.Capital))
                {
                    continue;
                }

                foreach (var n in _actors[j].Mentions)
                {
                    if (n.Start == at + 4)
                    {
                        return _chosen[j];
                    }
                }
            }
        }

        return -1;
    }

    /// <summary>A landmark standing in city entry <paramref name="city"/>: the city's point, id and name.</summary>
    internal static Place Landmark(Gazetteer g, int city)
    {
        var p = g.ToPlace(city);
        return new Place(p.GeoNamesId, p.Name, PlaceKind.Landmark, p.Country, p.Admin1, p.Latitude, p.Longitude);
    }

    private static bool IsInitials(string name)
    {
        var letters = 0;
        foreach (var ch in name)
        {
            if (char.IsLower(ch))
            {
                return false;
            }

            letters += char.IsLetter(ch) ? 1 : 0;
        }

        return letters >= 2 && letters <= 4;
    }

    /// <summary>The city the article names nearest before the actor's first mention (else after it), in the country.</summary>
    internal static int ContextCity(Gazetteer g, IReadOnlyList<ExtractedActor> actors, int[] chosen, int i, string? country)
    {
        var at = actors[i].Mentions.Count > 0 ? actors[i].Mentions[0].Start : 0;
        var best = -1;
        var bestDistance = int.MaxValue;
        for (var j = 0; j < actors.Count; j++)
        {
            if (j == i || chosen[j] < 0)
            {
                continue;
            }

            var e = g[chosen[j]];
            if ((e.Kind != PlaceKind.City && e.Kind != PlaceKind.Capital) || (country != null && e.Country != country))
            {
                continue;
            }

            var mentions = actors[j].Mentions;
            for (var k = 0; k < mentions.Count; k++)
            {
                var m = mentions[k];
                // Before the landmark counts more than after it: "in Brasília ... at the Itamaraty Palace".
                var d = m.Start <= at ? at - m.Start : (m.Start - at) * 4;
                if (d < bestDistance)
                {
                    bestDistance = d;
                    best = chosen[j];
                }
            }
        }

        return best;
    }

    /// <summary>The actor named at the start of the first paragraph before a comma or dash ("MOSCOW, Oct 8 -"), or -1.</summary>
    private int Dateline(int start)
    {
        if (start < 0)
        {
            return -1;
        }

        for (var i = 0; i < _actors.Count; i++)
        {
            if (_candidates[i] == null)
            {
                continue;
            }

            var mentions = _actors[i].Mentions;
            for (var k = 0; k < mentions.Count; k++)
            {
                var m = mentions[k];
                if (m.Start == start)
                {
                    var end = m.Start + m.Length;
                    while (end < _text.Length && _text[end] == ' ')
                    {
                        end++;
                    }

                    if (end < _text.Length && (_text[end] == ',' || _text[end] == '-' || _text[end] == '\u2014' || _text[end] == '\u2013' || _text[end] == '('))
                    {
                        return i;
                    }
                }
            }
        }

        return -1;
    }
}

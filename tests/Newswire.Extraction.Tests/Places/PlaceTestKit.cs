using System;
using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Places;

internal static class PlaceTestKit
{
    /// <summary>A headline then the body, through the whole extractor.</summary>
    public static ExtractedArticle Run(string body) => ArticleExtractor.Extract("t.txt", "Headline for the test story\n" + body);

    public static ExtractedActor Actor(ExtractedArticle a, string name) =>
        a.Actors.FirstOrDefault(x => x.Name == name) ?? throw new Xunit.Sdk.XunitException(
            "no actor '" + name + "' in: " + string.Join(", ", a.Actors.Select(x => x.Kind + " " + x.Name)));

    /// <summary>Great-circle distance in km.</summary>
    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371.0;
        double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * R * Math.Asin(Math.Sqrt(h));
    }
}

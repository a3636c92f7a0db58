using System;
using System.Collections.Generic;
using System.Globalization;
using Newswire.Extraction.Model;

namespace Newswire.Cli;

/// <summary><c>--min-confidence p</c>: drops the events whose calibrated confidence is below p before any output.</summary>
internal static class ConfidenceFilter
{
    public static double Parse(string option, string value, Func<string, Exception> usage)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) || p < 0 || p > 1)
        {
            throw usage("option " + option + " needs a number from 0 to 1, not '" + value + "'");
        }

        return p;
    }

    public static void Apply(List<ExtractedArticle> articles, double min)
    {
        if (min <= 0)
        {
            return;
        }

        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            var kept = new List<ExtractedEvent>(a.Events.Count);
            foreach (var e in a.Events)
            {
                if (e.Confidence >= min)
                {
                    kept.Add(e);
                }
            }

            if (kept.Count < a.Events.Count)
            {
                articles[i] = new ExtractedArticle(a.Path, a.Text, a.Id, a.Title, a.Outlet, a.Section, a.Published, a.Layout, a.Actors, kept, a.Diagnostics);
            }
        }
    }
}

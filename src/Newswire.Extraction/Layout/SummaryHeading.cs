using System;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Layout;

/// <summary>
/// A heading over a story's summary points ("Key points:", "Highlights", "In short:"): the heading is no paragraph and
/// each line under it in its block is one, as the page shows the points, bullet marks or not.
/// </summary>
internal static class SummaryHeading
{
    // Headings of summary boxes, case-folded, without their closing colon.
    private static readonly string[] Headings = { "key points", "highlights", "in short", "key takeaways", "takeaways", "at a glance", "summary", "the big picture",
        "what you need to know" };

    /// <summary>Whether <paramref name="line"/> is a summary heading, its colon or not.</summary>
    public static bool Is(string text, TextSpan line)
    {
        var length = line.Length > 0 && text[line.End - 1] == ':' ? line.Length - 1 : line.Length;
        foreach (var heading in Headings)
        {
            if (length == heading.Length && string.Compare(text, line.Start, heading, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }
}

using System;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Layout;

/// <summary>
/// Lines a web page's widgets leave in pasted copy, read anywhere in the body and in the lead: share and save buttons
/// ("Share", "Save", "share2", "Click here to share on social media"), reading times ("4 min read"), relative times
/// ("6 hours ago"), rules ("___", "* * *"), and the end-of-story headings after which only links follow ("Related
/// Topics"). None is a paragraph.
/// </summary>
internal static class WebFurniture
{
    private const int MaxChars = 60;

    // Whole lines of share and save widgets, case-folded; a count of shares may follow ("share2", "Share 14").
    private static readonly string[] Widgets =
    {
        "share", "save", "share this", "click here to share on social media", "share on social media",

        // Reading, printing and social buttons of pages pasted whole.
        "listen", "listen to this article", "listen to article", "print", "email", "e-mail", "comments", "bookmark",
        "copy link", "facebook", "twitter", "whatsapp", "linkedin", "telegram",
    };

    // What opens a promotion line between or after paragraphs ("Follow us on Google News", "Click here to join our
    // WhatsApp channel"), case-folded.
    private static readonly string[] Promotions =
    {
        "follow us on ", "subscribe to our ", "sign up for our ", "sign up to our ", "download our app", "click here to ",
        "join our whatsapp", "join our telegram",
    };

    private const int MaxPromotionChars = 120;

    // Headings closing the story on web pages: what follows them is links and topic tags, not the story.
    private static readonly string[] EndHeadings =
    {
        "related topics", "related topics:", "related topic", "related topic:", "tags", "tags:", "topics", "topics:",

        // Headings of the link lists closing a page (a box inside the story has "Related News" and the like, BodyFurniture).
        "more stories", "you may also like", "you might also like", "most read",
    };

    // What opens a line of topic tags closing a page ("Tags: casino bill, Cabinet"), case-folded.
    private static readonly string[] TagLabels = { "tags:", "topics:", "related topics:", "tagged:", "etiquetas:", "temas:" };

    // The units of reading times and relative times ("4 min read", "6 hours ago").
    private static readonly TermTable<bool> TimeUnits = TermTables.Words(
        "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks");

    /// <summary>Whether <paramref name="line"/> is a widget, a reading or relative time, or a rule line.</summary>
    public static bool Is(string text, TextSpan line) =>
        (line.Length <= MaxChars && (IsWidget(text, line) || IsTimeLine(text, line) || IsRule(text, line))) || IsAddressLine(text, line) || IsPromotion(text, line);

    // "https://p.example.com/p/4XyZ1", "www.example.com/story": a link alone on its line, a page's short link or a
    // pasted address, never a paragraph.
    private static bool IsAddressLine(string text, TextSpan line) =>
        line.Length > 8 && text.IndexOf(' ', line.Start, line.Length) < 0
        && (string.Compare(text, line.Start, "http://", 0, 7, StringComparison.OrdinalIgnoreCase) == 0
            || string.Compare(text, line.Start, "https://", 0, 8, StringComparison.OrdinalIgnoreCase) == 0
            || string.Compare(text, line.Start, "www.", 0, 4, StringComparison.OrdinalIgnoreCase) == 0);

    private static bool IsPromotion(string text, TextSpan line)
    {
        if (line.Length > MaxPromotionChars)
        {
            return false;
        }

        foreach (var opener in Promotions)
        {
            if (line.Length >= opener.Length && string.Compare(text, line.Start, opener, 0, opener.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="line"/> is a heading after which a page lists only links ("Related Topics").</summary>
    public static bool IsEndHeading(string text, TextSpan line)
    {
        foreach (var heading in EndHeadings)
        {
            if (line.Length == heading.Length && string.Compare(text, line.Start, heading, 0, heading.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="line"/> is a line of topic tags ("Tags: casino bill, Cabinet"): a tag label, then words.</summary>
    public static bool IsTagsLine(string text, TextSpan line)
    {
        foreach (var label in TagLabels)
        {
            if (line.Length > label.Length + 1 && string.Compare(text, line.Start, label, 0, label.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"6 hours ago", "4 min read", "Updated 2 hours ago", "Updated about 2 hours ago": a number, a time unit, then "ago" or "read".</summary>
    public static bool IsTimeLine(string text, TextSpan line)
    {
        // Most lines end otherwise: they skip the split.
        if (line.Length < 9 || (!EndsWith(text, line, "ago") && !EndsWith(text, line, "read")))
        {
            return false;
        }

        var s = text.Substring(line.Start, line.Length);
        var words = s.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        var n = words.Length;
        var hedged = n >= 4 && IsHedge(words[n - 4]);
        if (n < 3 || n > (hedged ? 5 : 4) || (n == (hedged ? 5 : 4) && !IsPrefix(words[0])))
        {
            return false;
        }

        var last = words[n - 1].ToLowerInvariant();
        var unit = words[n - 2];
        return (last == "ago" || last == "read") && IsNumber(words[n - 3]) && TimeUnits.TryGet(unit, 0, unit.Length, TermKey.Hash(unit, 0, unit.Length), out _);
    }

    private static bool EndsWith(string text, TextSpan line, string word) =>
        string.Compare(text, line.End - word.Length, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool IsPrefix(string word) =>
        string.Equals(word, "updated", StringComparison.OrdinalIgnoreCase) || string.Equals(word, "published", StringComparison.OrdinalIgnoreCase);

    // "about 2 hours ago": pages round relative times.
    private static bool IsHedge(string word) =>
        string.Equals(word, "about", StringComparison.OrdinalIgnoreCase) || string.Equals(word, "around", StringComparison.OrdinalIgnoreCase)
        || string.Equals(word, "over", StringComparison.OrdinalIgnoreCase);

    private static bool IsNumber(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    // A widget's words, then nothing but a count or a colon.
    private static bool IsWidget(string text, TextSpan line)
    {
        foreach (var widget in Widgets)
        {
            if (line.Length >= widget.Length && string.Compare(text, line.Start, widget, 0, widget.Length, StringComparison.OrdinalIgnoreCase) == 0
                && OnlyCount(text, line.Start + widget.Length, line.End))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnlyCount(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsDigit(text[i]) && text[i] != ' ' && text[i] != ':')
            {
                return false;
            }
        }

        return true;
    }

    // "___", "* * *", "---": no letter or digit at all.
    private static bool IsRule(string text, TextSpan line)
    {
        for (var i = line.Start; i < line.End; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return line.Length >= 3;
    }
}

using System;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Layout;

/// <summary>
/// A photo caption closed by its credit, as pages pasted to text leave it between the paragraphs: "Traders close their
/// shops on Tuesday. PHOTO/ADA BRANDT", "Trucks queue at the port. PHOTO | FILE", "Passengers board a bus on Monday.
/// [NEWS1]", "Boats at the quay. AGENCY/Ada Brandt"; and, in the lines over the first paragraph only, one closed by a
/// credit in brackets ("Crews at work. (Photo: Ada Brandt)", "(Agency Photo/Ada Brandt)") or by an agency in brackets ("Apartment blocks in the old town. (Agency)"), which in the body could be a wire
/// paragraph's sign-off. No paragraph; its text stays in the article.
/// </summary>
internal static class CaptionLine
{
    private const int MaxChars = 240;
    private const int MaxCreditChars = 60;

    // Words opening a credit after the caption's last sentence, case-folded; a "/", "|", ":" or " by " follows them.
    private static readonly string[] CreditWords = { "photo", "photos", "file photo", "picture", "image", "photograph", "courtesy" };

    /// <summary>
    /// Whether <paramref name="line"/> is a caption closed by a photo credit outside brackets (anywhere in the body): a
    /// sentence closed by "(Photo: ...)" is left a paragraph, as some readers count it (the actor check sets do).
    /// </summary>
    public static bool Is(string text, TextSpan line) => CreditStart(text, line) is var at && at > 0 && text[at] != '(' && IsPhotoCredit(text, at, line.End);

    /// <summary>
    /// Whether <paramref name="line"/>, over the first paragraph, is a caption closed by a photo credit, in brackets or
    /// not, or by a known agency in brackets.
    /// </summary>
    public static bool IsLead(string text, TextSpan line)
    {
        var at = CreditStart(text, line);
        return at > 0 && (IsPhotoCredit(text, at, line.End) || IsAgencyInBrackets(text, at, line.End));
    }

    // Where the credit after the caption's last full stop starts, or -1: the caption is one sentence or more, the
    // credit short.
    private static int CreditStart(string text, TextSpan line)
    {
        if (line.Length > MaxChars || line.Length < 8)
        {
            return -1;
        }

        // A credit names; it closes no sentence ("Image: Ada Brandt It seems ..." is a run-on paragraph).
        var stop = text.LastIndexOf(". ", line.End - 1, line.Length, StringComparison.Ordinal);
        var at = stop < 0 ? -1 : stop + 2;
        return at > line.Start + 2 && line.End - at <= MaxCreditChars && text[line.End - 1] != '.' ? at : -1;
    }

    // "PHOTO/ADA BRANDT", "PHOTO | FILE", "(Photo: Ada Brandt)", "Picture by Ada Brandt", "[NEWS1]", "[AGENCY PHOTO]".
    private static bool IsPhotoCredit(string text, int start, int end)
    {
        if (text[start] == '[')
        {
            return text[end - 1] == ']' && IsCapitals(text, start + 1, end - 1);
        }

        if (text[start] == '(')
        {
            start++;
        }

        if (IsAgencyCredit(text, start, end))
        {
            return true;
        }

        foreach (var word in CreditWords)
        {
            var after = start + word.Length;
            if (after < end && string.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0 && OpensCredit(text, after, end))
            {
                return true;
            }
        }

        return false;
    }

    // "/", "|", ":" or " by " after the credit word, then more.
    private static bool OpensCredit(string text, int at, int end)
    {
        while (at < end && text[at] == ' ')
        {
            at++;
        }

        if (at >= end - 1)
        {
            return false;
        }

        return text[at] == '/' || text[at] == '|' || text[at] == ':' || string.Compare(text, at, "by ", 0, 3, StringComparison.OrdinalIgnoreCase) == 0;
    }

    // "AGENCY/Ada Brandt", "Agency Photo/Ada Brandt", "AGENCY PHOTO / ADA BRANDT": an agency, "Photo" or not, a slash
    // and the photographer.
    private static bool IsAgencyCredit(string text, int start, int end)
    {
        var slash = text.IndexOf('/', start, end - start);
        if (slash <= start || slash + 2 >= end)
        {
            return false;
        }

        var house = SpanTrim.Trim(text, start, slash);
        var photo = house.Length > 6 && string.Compare(text, house.End - 6, " photo", 0, 6, StringComparison.OrdinalIgnoreCase) == 0;
        return WireAgencies.IsAgency(text, house.Start, photo ? house.Length - 6 : house.Length);
    }

    // "(Agency)" alone after the caption.
    private static bool IsAgencyInBrackets(string text, int start, int end) =>
        text[start] == '(' && text[end - 1] == ')' && WireAgencies.IsAgency(text, start + 1, end - start - 2);

    // "NEWS1", "AGENCY PHOTO": capitals, digits and spaces, a letter first.
    private static bool IsCapitals(string text, int start, int end)
    {
        if (end <= start || !char.IsUpper(text[start]))
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!char.IsUpper(text[i]) && !char.IsDigit(text[i]) && text[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }
}

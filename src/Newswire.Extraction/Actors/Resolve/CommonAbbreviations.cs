using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: abbreviations of common nouns ("MVP", "GDP") are no names, whatever the tagger reads.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // "He was named the MVP", "11 RBI": an all-caps word that abbreviates a common noun (a title, a statistic, a
        // degree, a medical or technical term) is no organization or place, even where the tagger reads one; the
        // lexicon's names are not touched.
        private void DropCommonAbbreviations()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                if (m.NameCount is < 1 or > 3 || m.Actor.Entry != null || !IsNameKind(m.Kind))
                {
                    continue;
                }

                if (AllCommonAbbreviations(m.NameFirst, m.NameFirst + m.NameCount))
                {
                    _mentions.RemoveAt(i);
                }
            }
        }

        // Every word of the name is one ("10:00 AM CST", "the PDF ASAP").
        private bool AllCommonAbbreviations(int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                var word = _tokens[t];
                if (!word.IsAllCaps || word.Length > 4 || !(CommonAbbreviations.Contains(_text, word) || WordLists.NotActors.Contains(_text, word)))
                {
                    return false;
                }
            }

            return true;
        }

        private static readonly TermTable<bool> CommonAbbreviations = WordTable(
            "mvp", "rbi", "rbis", "era", "hr", "ot", "ko", "tko", "dna", "hiv", "aids", "phd", "mba", "iq", "ufo", "gps",
            "suv", "vip", "dvd", "cd", "pc", "sms", "mri", "icu", "ivf", "lgbt", "pow", "pows", "awol", "diy", "rsvp",
            "bbq", "ac", "dc", "lcd", "led", "usb", "wifi", "ai", "vr", "ipo", "vat", "cpi", "hdi",
            // Web and e-mail text: time zones, officers' titles, file and chat abbreviations (each outside every name in
            // the training text: "CST" 9/9, "PST" 7/7, "CEO" 29/29, "FYI" 13/13, "ASAP" 13/13, "RIP" 9/9, "IT" 63/64).
            "cst", "est", "pst", "gmt", "pdt", "edt", "cdt", "mst", "mdt", "utc", "ceo", "cfo", "coo", "cto", "faq", "pdf",
            "html", "url", "atm", "lol", "omg", "btw", "fyi", "asap", "usd", "rom", "vhs", "irr", "rip", "it",
            // Clock times, only ever beside a zone in a name the tagger reads ("AM" 152 of 157 outside names, "PM" 201/202).
            "am", "pm");
    }
}

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
                if (m.NameCount != 1 || m.Actor.Entry != null || !IsNameKind(m.Kind))
                {
                    continue;
                }

                var word = _tokens[m.NameFirst];
                if (word.IsAllCaps && word.Length <= 4 && (CommonAbbreviations.Contains(_text, word) || WordLists.NotActors.Contains(_text, word)))
                {
                    _mentions.RemoveAt(i);
                }
            }
        }

        private static readonly TermTable<bool> CommonAbbreviations = WordTable(
            "mvp", "rbi", "rbis", "era", "hr", "ot", "ko", "tko", "dna", "hiv", "aids", "phd", "mba", "iq", "ufo", "gps",
            "suv", "vip", "dvd", "cd", "pc", "sms", "mri", "icu", "ivf", "lgbt", "pow", "pows", "awol", "diy", "rsvp",
            "bbq", "ac", "dc", "lcd", "led", "usb", "wifi", "ai", "vr", "ipo", "vat", "cpi", "hdi");
    }
}

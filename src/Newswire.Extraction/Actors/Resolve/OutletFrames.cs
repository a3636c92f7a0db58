using System.Collections.Generic;
using Newswire.Extraction.Text;

// Resolve: "told the Daily Maverick", "quoted by the Nation", "the Premium Times reported": a news outlet cited as
// a source is an organization, whether or not its name ends in a media head word or the tagger read it at all.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Frames counted in the training text (../shared/train/ner, gold type of the capitalized run after "the"):
        // "told the X" ORG 6/6, "interview with the X", "quoted by the X", "published by (the) X", "piece/column/
        // article in the X", "statement to the X", "cited by the X", "writing for the X" ORG in every case (1-3 each). Only with "the": without it these verbs take persons
        // ("told Ana Ruiz", "interview with Bruce": PER 10 of 17 there), and "according to the X" is ORG only 6 of 15.
        // Wire copy cites outlets this way far more often than the training text does; the frames are the ones it uses.
        private void NameOutletFrames()
        {
            List<(ActorBuilder Actor, ActorKind Kind)>? retyped = null;
            var tokens = _tokens;
            // The name after "the" is capitalized: only the words before a capitalized word are candidates.
            var capitals = _triggers.At(Trigger.Capitalized, out var n);
            for (var i = 0; i < n; i++)
            {
                var t = capitals[i] - 1;
                if (t < 1 || !IsThe(t) || tokens[t + 1].Kind != TokenKind.Word
                    || _tt.SentenceOf(t + 1) != _tt.SentenceOf(t) || !(OutletFrameBefore(t) || OutletVerbAfter(t + 1)))
                {
                    continue;
                }

                var end = CapitalizedRunEnd(t + 1);
                if (!ClosesOutletPhrase(end) || IsDemonymName(t + 1, end - (t + 1)))
                {
                    continue;
                }

                var covering = ExactNameMention(t + 1, end);
                if (covering < 0 && !AnyCovered(t + 1, end))
                {
                    AddNamed(t + 1, end, ActorKind.Organization, null, null, _tt.SentenceOf(t + 1), false);
                }
                else if (covering >= 0 && RetypableAsOutlet(covering) && !Listed(retyped, _mentions[covering].Actor))
                {
                    (retyped ??= new List<(ActorBuilder, ActorKind)>()).Add((_mentions[covering].Actor, ActorKind.Organization));
                }
            }

            if (retyped != null)
            {
                RetypeActors(retyped);
            }
        }

        // The lower-case words right before "the" at t spell one of the frames.
        private bool OutletFrameBefore(int the)
        {
            foreach (var frame in OutletFrameWords)
            {
                var first = the - frame.Length;
                if (first < 0)
                {
                    continue;
                }

                var match = true;
                for (var k = 0; k < frame.Length && match; k++)
                {
                    match = _tokens[first + k].IsLower && _tt.Is(first + k, frame[k]);
                }

                if (match)
                {
                    return true;
                }
            }

            return false;
        }

        // "the Premium Times reported": the run after "the" reports.
        private bool OutletVerbAfter(int first)
        {
            var end = CapitalizedRunEnd(first);
            return end < _tokens.Length && _tokens[end].IsLower && _tt.SentenceOf(end) == _tt.SentenceOf(first)
                && (_tt.Is(end, "reported") || _tt.Is(end, "reports"));
        }

        // The run ends its noun phrase: "told the Hague tribunal" names the tribunal, not the city, so a lower-case
        // word after the run must be one that opens the next phrase or clause.
        private bool ClosesOutletPhrase(int end) =>
            end >= _tokens.Length || _tokens[end].Kind != TokenKind.Word || !_tokens[end].IsLower || PhraseOpeners.Contains(_text, _tokens[end]);

        private static readonly TermTable<bool> PhraseOpeners = TermTables.Words(
            "that", "on", "in", "about", "as", "at", "by", "for", "with", "from", "to", "and", "or", "but", "after",
            "before", "when", "while", "last", "this", "earlier", "late", "early", "today", "yesterday", "tomorrow",
            "recently", "which", "who", "he", "she", "it", "they", "we", "the", "a", "an", "reported", "reports", "said",
            "says", "his", "her", "its", "their", "there", "was", "is", "had", "has", "would", "will");

        // The end of the run of capitalized words from first, within its sentence.
        private int CapitalizedRunEnd(int first)
        {
            var sentence = _tt.SentenceOf(first);
            var end = first;
            while (end < _tokens.Length && _tokens[end].Kind == TokenKind.Word && _tokens[end].IsCapitalized && _tt.SentenceOf(end) == sentence)
            {
                end++;
            }

            return end;
        }

        // The name mention whose name is exactly [first, end), or -1.
        private int ExactNameMention(int first, int end)
        {
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                if (IsNameKind(m.Kind) && m.NameFirst == first && m.NameFirst + m.NameCount == end)
                {
                    return i;
                }
            }

            return -1;
        }

        private bool AnyCovered(int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                if (IsCovered(t))
                {
                    return true;
                }
            }

            return false;
        }

        // A name the rules read as a place or person of their own ("Morland Today" as a place): what the lexicon
        // knows keeps its kind, and so does a person with a given name or a role.
        private bool RetypableAsOutlet(int i) =>
            _mentions[i].Actor.Kind != ActorKind.Organization && _mentions[i].Actor.Entry == null && !_mentions[i].Known && MayRetype(_mentions[i].Actor);

        private static readonly string[][] OutletFrameWords =
        {
            new[] { "told" }, new[] { "interview", "with" }, new[] { "interviewed", "by" }, new[] { "quoted", "by" },
            new[] { "quoted", "in" }, new[] { "reported", "by" }, new[] { "published", "by" }, new[] { "published", "in" },
            new[] { "wrote", "in" }, new[] { "writing", "in" }, new[] { "editorial", "in" }, new[] { "column", "in" },
            new[] { "article", "in" }, new[] { "piece", "in" }, new[] { "op-ed", "in" }, new[] { "correspondent", "for" },
            new[] { "reporter", "for" }, new[] { "columnist", "for" }, new[] { "writing", "for" }, new[] { "wrote", "for" },
            new[] { "statement", "to" }, new[] { "cited", "by" },
        };
    }
}

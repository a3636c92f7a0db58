using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "the Justice and Development Party", "the Fish and Wildlife Service": a body named by two joined words.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // The chunker stops a name at a lower-case "and", so "Justice and Development Party" was read as
        // "Development Party" with "Justice" left over. A body whose name ends in an organization head and that
        // follows "<capitalized words> and" starts at those words when nothing else claims them (no mention, no
        // common sentence-opening word; a title read as a description gives way): "Reuters and Associated Press" keeps two names, as "Reuters" is named.
        private void JoinConjoinedOrganizationNames()
        {
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                var and = m.NameFirst - 1;
                if (m.Kind != MentionKind.Name || m.Actor.Kind != ActorKind.Organization || m.Actor.Entry != null || m.First != m.NameFirst
                    || and < 1 || !_tokens[and].IsLower || !_tt.Is(and, "and") || !EndsInBodyHead(m))
                {
                    continue;
                }

                var first = ConjoinedRunStart(and);
                var last = m.NameFirst + m.NameCount - 1;
                if (first >= 0 && !NamedOver(first, and) && (IsCompanyEnd(last) || AreCommonNouns(first, and) || ArePortfolios(first, and, last)))
                {
                    ReSpanName(i, first, m.NameFirst + m.NameCount);
                    i -= RemoveOtherMentions(first, and, i);
                    DropDescriptionsOver(first, and);
                }
            }
        }

        // Whether a mention other than a description ("The Justice" read as a judge) covers a token of [first, end).
        private bool NamedOver(int first, int end)
        {
            foreach (ref readonly var o in _mentions)
            {
                if (o.Kind != MentionKind.Description && o.First < end && first < o.First + o.Count)
                {
                    return true;
                }
            }

            return false;
        }

        // A title still to be read as a description ("The Justice") gives way to the body's name.
        private void DropDescriptionsOver(int first, int end)
        {
            for (var d = _descriptions.Count - 1; d >= 0; d--)
            {
                if (_descriptions[d].First < end && first < _descriptions[d].First + _descriptions[d].Count)
                {
                    _descriptions.RemoveAt(d);
                }
            }
        }

        // Before a body head ("Bank", "Party") the joined words are common nouns ("Justice", "Housing", "Peace": the
        // article uses the word in lower case, or it has a noun ending), not a name of its own the tagger missed
        // ("Kessel and Harwick Bank" are two companies). Before a legal form any words go ("Cullen and Dykman LLP").
        private bool AreCommonNouns(int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                if (!UsedInLowerCase(_tokens[t].Hash) && !HasNounEnding(_tokens[t]))
                {
                    return false;
                }
            }

            return true;
        }

        // "Maritime Affairs and Fisheries Ministry", "Energy and Mines Ministry": a state body's head after portfolio
        // words on both sides of the "and" names one ministry.
        private bool ArePortfolios(int first, int end, int head)
        {
            if (!Countries.OfficeCountry.IsBodyHead(_text, _tokens[head]))
            {
                return false;
            }

            for (var t = first; t < end; t++)
            {
                if (!Countries.MinistryNames.IsPortfolioWord(_text, _tokens[t]))
                {
                    return false;
                }
            }

            return true;
        }

        private bool HasNounEnding(in Token t)
        {
            foreach (var ending in NounEndings)
            {
                if (t.Length > ending.Length + 2 && string.Compare(_text, t.End - ending.Length, ending, 0, ending.Length, System.StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly string[] NounEndings =
        {
            "tion", "sion", "ment", "ity", "ce", "dom", "ness", "ism", "cy", "ure", "th", "ty", "ress", "ade", "ry", "ing",
        };

        private bool EndsInBodyHead(in RawMention m)
        {
            var last = m.NameFirst + m.NameCount - 1;
            return _tokens[last].Kind == TokenKind.Word && (InList(WordClass.OrgSuffixes, last) || IsCompanyEnd(last));
        }

        // The first of one or two capitalized words right before "and", in its sentence, with no capitalized word (but
        // "The") before them and none a common sentence word or a demonym ("a Dutch and Australian Squadron" is a
        // squadron of two countries); -1 otherwise.
        private int ConjoinedRunStart(int and)
        {
            var start = SentenceAt(and).FirstToken;
            var j = and;
            while (j - 1 >= start && and - j < MaxConjoinedWords && IsPlainCapitalized(j - 1))
            {
                j--;
            }

            var before = j - 1;
            var open = before < start || !_tokens[before].IsCapitalized || IsThe(before);
            return j < and && open ? j : -1;
        }

        private bool IsPlainCapitalized(int t) =>
            _tokens[t].Kind == TokenKind.Word && _tokens[t].IsCapitalized && !IsThe(t) && !InList(WordClass.CommonCapitalized, t) && !InList(WordClass.Weekdays, t)
            && !_lex.TryDemonym(_text, _tokens[t], out _);

        private const int MaxConjoinedWords = 2;
    }
}

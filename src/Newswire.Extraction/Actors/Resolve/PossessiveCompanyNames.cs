using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "Quentin's Pizza Inc.", "Brelik's Holdings Ltd", "the Farmers' Union", "the People's Party": a company named
// for its founder, or a body for the people it serves, is one name, owner included.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // The tagger and the chunker break a name at a possessive, so "Quentin's Pizza Inc." was a person "Quentin"
        // and a company "Pizza Inc.". When the body after the possessive ends in a legal form or a company word and
        // the capitalized words before it name no place (a place's body is split by SplitOwnedBodies: "Freedonia's
        // Ministry of Trade"), the owner is part of the company's name (CoNLL: "Nicholson 's Limited" is one ORG).
        private void JoinPossessiveCompanyNames()
        {
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                if (ExtendOwnerToCompany(i))
                {
                    continue;
                }

                var p = m.NameFirst - 1;
                if (m.Kind != MentionKind.Name || m.Actor.Kind != ActorKind.Organization || m.Actor.Entry != null || m.First != m.NameFirst
                    || p < 1 || _tokens[p].Kind != TokenKind.Possessive || !IsOwnedBody(p, m.NameFirst, m.NameFirst + m.NameCount))
                {
                    continue;
                }

                var owner = FounderRunStart(p);
                if (owner < 0 || NamesPlace(owner, p))
                {
                    continue;
                }

                var end = m.NameFirst + m.NameCount;
                ReSpanName(i, owner, end);
                i -= RemoveOtherMentions(owner, p + 1, i);
            }
        }

        // "Nicholson's Limited" with only the owner read as an organization: its name goes on over the possessive and
        // the capitalized words after it, up to a company word that ends the run.
        private bool ExtendOwnerToCompany(int i)
        {
            var m = _mentions[i];
            var p = m.NameFirst + m.NameCount;
            if (m.Kind != MentionKind.Name || m.Actor.Kind != ActorKind.Organization || m.Actor.Entry != null
                || p + 1 >= _tokens.Length || _tokens[p].Kind != TokenKind.Possessive || m.First + m.Count != p)
            {
                return false;
            }

            var end = p + 1;
            var sentenceEnd = SentenceAt(p).EndToken;
            while (end < sentenceEnd && _tokens[end].Kind == TokenKind.Word && _tokens[end].IsCapitalized)
            {
                end++;
            }

            if (end == p + 1 || !IsOwnedBody(p, p + 1, end) || Covered(p + 1, end - p - 1))
            {
                return false;
            }

            ReSpanName(i, m.NameFirst, end);
            return true;
        }

        // The body after the possessive ends in a company word, or, after a plural owner ("Farmers' Union", "Workers'
        // Party of Marlow": people's bodies, not a place's), has an organization head.
        private bool IsOwnedBody(int possessive, int first, int end)
        {
            if (IsCompanyEnd(end - 1))
            {
                return true;
            }

            if (_tokens[possessive].Length != 1 && !IsPluralOwner(possessive - 1))
            {
                return false;
            }

            for (var j = first; j < end; j++)
            {
                if (_tokens[j].IsCapitalized && InList(WordClass.OrgSuffixes, j))
                {
                    return true;
                }
            }

            return false;
        }

        // "the People's Democratic Party", "the Women's League": plurals without "s" take "'s".
        private bool IsPluralOwner(int t) => t >= 0 && _tokens[t].IsCapitalized && PluralsWithoutS.Contains(_text, _tokens[t]);

        private static readonly TermTable<bool> PluralsWithoutS = WordTable("people", "women", "children", "men");

        // "the opposition People's Party", "the Workers' Party": a head word alone after a people's possessive makes no
        // mention of its own (a lone head word names no one), so the body is proposed here, owner run included.
        private void AddPeoplesHeadBodies()
        {
            var tokens = _tokens;
            var possessives = _triggers.At(Trigger.Possessive, out var n);
            for (var i = 0; i < n && possessives[i] + 1 < tokens.Length; i++)
            {
                var p = possessives[i];
                if (p < 1 || !IsPeoplesHead(p))
                {
                    continue;
                }

                var owner = FounderRunStart(p);
                if (owner < 0 || Covered(p + 1, 1))
                {
                    continue;
                }

                RemoveOtherMentions(owner, p, -1);
                AddNamed(owner, p + 2, ActorKind.Organization, null, null, _tt.SentenceOf(p), true);
            }
        }

        // A plural owner ("Workers'", "People's") right before a capitalized organization head word that ends the name.
        private bool IsPeoplesHead(int p) =>
            (_tokens[p].Length == 1 && _tokens[p - 1].Kind == TokenKind.Word && _tokens[p - 1].IsCapitalized && _text[_tokens[p - 1].End - 1] == 's'
             || IsPluralOwner(p - 1))
            && _tokens[p + 1].Kind == TokenKind.Word && _tokens[p + 1].IsCapitalized && InList(WordClass.OrgSuffixes, p + 1)
            && (p + 2 >= _tokens.Length || !(_tokens[p + 2].IsCapitalized && _tokens[p + 2].Kind == TokenKind.Word));

        private bool IsCompanyEnd(int t) => _tokens[t].Kind == TokenKind.Word && CompanyEnds.Contains(_text, _tokens[t]);

        // The first of the capitalized words right before the possessive, in its sentence; -1 when there is none.
        private int FounderRunStart(int possessive)
        {
            var start = SentenceAt(possessive).FirstToken;
            var j = possessive;
            while (j - 1 >= start && _tokens[j - 1].Kind == TokenKind.Word && _tokens[j - 1].IsCapitalized && !IsThe(j - 1))
            {
                j--;
            }

            return j < possessive ? j : -1;
        }

        // Whether a place actor has a mention over the tokens [first, end).
        private bool NamesPlace(int first, int end)
        {
            foreach (ref readonly var o in _mentions)
            {
                if (o.Actor.Kind == ActorKind.Location && o.First < end && first < o.First + o.Count)
                {
                    return true;
                }
            }

            return false;
        }

        // Whether a mention covers a token of [first, first + n).
        private bool Covered(int first, int n)
        {
            var end = first + n;
            foreach (ref readonly var o in _mentions)
            {
                if (o.First < end && first < o.First + o.Count)
                {
                    return true;
                }
            }

            return false;
        }

        // Drops the mentions over [first, end) other than `keep`; returns how many stood before it.
        private int RemoveOtherMentions(int first, int end, int keep)
        {
            var before = 0;
            for (var k = _mentions.Count - 1; k >= 0; k--)
            {
                var o = _mentions[k];
                if (k != keep && o.First < end && first < o.First + o.Count)
                {
                    _mentions.RemoveAt(k);
                    before += k < keep ? 1 : 0;
                }
            }

            return before;
        }

        // Legal forms and company words that end a company's name.
        private static readonly TermTable<bool> CompanyEnds = WordTable(
            "inc", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc", "llp", "pty", "ag", "gmbh", "nv",
            "holdings", "group", "industries", "enterprises", "band", "orchestra");
    }
}

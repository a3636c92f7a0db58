using System.Collections.Generic;
using Newswire.Extraction.Text;

// Resolve: "McDonald's said", "Sotheby's reported": a possessive followed by a finite verb owns nothing; the name is
// a business named in the possessive (CoNLL: "McDonald 's" is one ORG), and so is every other "McDonald's" of the
// article ("shares of McDonald's", "a McDonald's restaurant").
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void JoinPossessiveFormNames()
        {
            List<(string Name, int Count)>? names = null;
            var tokens = _tokens;
            var possessives = _triggers.At(Trigger.Possessive, out var n);
            for (var i = 0; i < n && possessives[i] + 1 < tokens.Length; i++)
            {
                var p = possessives[i];
                if (p >= 1
                    && ((tokens[p + 1].IsLower && FiniteVerbs.Contains(_text, tokens[p + 1])) || ClosesOrganizationName(p))
                    && NameEndingAt(p) is var first && first >= 0)
                {
                    (names ??= new List<(string, int)>()).Add((SpanText(first, p), p - first));
                    AddConjoinedPossessiveForm(first, names);
                }
            }

            if (names == null)
            {
                return;
            }

            for (var i = 0; i < n; i++)
            {
                var p = possessives[i];
                if (p < 1)
                {
                    continue;
                }

                foreach (var (name, count) in names)
                {
                    if (p - count >= SentenceAt(p).FirstToken && SpanText(p - count, p) == name)
                    {
                        JoinPossessiveForm(p - count, p);
                        break;
                    }
                }
            }
        }

        // "Sotheby's and Christie's said": the name in the possessive right before "and"/"or" shares the verb.
        private void AddConjoinedPossessiveForm(int first, List<(string Name, int Count)> names)
        {
            var q = first - 2;
            if (q >= 1 && (_tt.Is(first - 1, "and") || _tt.Is(first - 1, "or")) && _tokens[q].Kind == TokenKind.Possessive
                && NameEndingAt(q) is var other && other >= 0)
            {
                names.Add((SpanText(other, q), q - other));
            }
        }

        // The first token of a name mention (the tagger's or the rules' reading) that ends right before the
        // possessive at p, else -1: "It's", "That's" own no name and are left alone.
        private int NameEndingAt(int p)
        {
            foreach (ref readonly var o in _mentions)
            {
                if (IsNameKind(o.Kind) && o.NameFirst + o.NameCount == p && o.First + o.Count == p)
                {
                    return o.NameFirst;
                }
            }

            return -1;
        }

        // The name over [owner, possessive] replaces the mentions there: an organization, or a place when the name
        // before the possessive was read as one ("Lloyd's" a person is a business, not a man).
        private void JoinPossessiveForm(int owner, int possessive)
        {
            var kind = ActorKind.Organization;
            foreach (ref readonly var o in _mentions)
            {
                if (o.First < possessive + 1 && owner < o.First + o.Count)
                {
                    if (!IsNameKind(o.Kind) || o.Actor.Entry != null || o.First < owner || o.First + o.Count > possessive + 1)
                    {
                        return; // a lexicon name, a description or a longer phrase there: leave it
                    }

                    kind = o.Actor.Kind == ActorKind.Location ? ActorKind.Location : kind;
                }
            }

            RemoveOtherMentions(owner, possessive + 1, -1);
            AddNamed(owner, possessive + 1, kind, null, null, _tt.SentenceOf(possessive), true);
        }

        // "shopped at Ivey's and Dillard's", "Macy's in Dunmore", "went to Denny's.": a possessive before a clause's
        // end or a word no noun phrase opens owns nothing either. Asked only of a name read as an organization (in
        // the training text such a name takes the "'s" 14 times in 16; a person's "at Jerry's." is a place apart);
        // "and"/"or" only when no possessive follows soon ("Harwick's and Kessel's engineers" share a noun).
        private bool ClosesOrganizationName(int p)
        {
            var next = p + 1;
            if (_tokens[p - 1].IsAllCaps || !OrganizationEndsAt(p)) // an acronym's "'s" is often a plural ("UTH's on")
            {
                return false;
            }

            if (_tt.SentenceOf(next) != _tt.SentenceOf(p))
            {
                return true;
            }

            ref readonly var t = ref _tokens[next];
            if (t.Kind == TokenKind.Punctuation)
            {
                var c = _text[t.Start];
                return t.Length == 1 && (c == '.' || c == ',' || c == ';' || c == ':' || c == '?' || c == '!' || c == ')');
            }

            return t.IsLower && NoNounOpeners.Contains(_text, t) && !((_tt.Is(next, "and") || _tt.Is(next, "or")) && PossessiveWithin(next + 1, 4));
        }

        private bool OrganizationEndsAt(int p)
        {
            foreach (ref readonly var o in _mentions)
            {
                if (IsNameKind(o.Kind) && o.First + o.Count == p && o.NameFirst + o.NameCount == p && o.Actor.Kind == ActorKind.Organization)
                {
                    return true;
                }
            }

            return false;
        }

        private bool PossessiveWithin(int from, int count)
        {
            for (var t = from; t < from + count && t < _tokens.Length; t++)
            {
                if (_tokens[t].Kind == TokenKind.Possessive)
                {
                    return true;
                }
            }

            return false;
        }

        // Words that open no noun phrase, so no possessive stands right before them (not participles: "'s" may be
        // "has", "SoCal's announced"; nor "will", "had").
        private static readonly TermTable<bool> NoNounOpeners = WordTable(
            "and", "or", "but", "in", "at", "on", "for", "to", "from", "with", "by", "which", "who", "where", "did", "does",
            "can", "could", "became");

        // Verbs a possessive never stands before but a subject does (agency copy writes no "Ruiz's said" for "Ruiz
        // has said"); participles ("announced", "been": "'s" may stand for "has") and words that are nouns too
        // ("plans", "will", "reports") are left out.
        private static readonly TermTable<bool> FiniteVerbs = WordTable("said", "says", "has", "is", "was", "would");
    }
}

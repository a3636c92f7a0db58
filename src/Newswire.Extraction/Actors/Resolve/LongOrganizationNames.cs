using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: organization names the tagger and the rules cut short at "and" ("Institute of Arts" + "and Sciences") or
// before "of Fame" ("Harwick Hall" + "of Fame").
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // "the Kessel Institute of Arts and Sciences", "the Union of Marlo Farmers and Growers": an organization named
        // "<head> of/for <words>" goes on over "and" and the capitalized words after it when these name no body,
        // place or person of their own (in the training text such a continuation is part of the name 18 times in
        // 20); "<name> Hall of Fame" is one organization.
        private void ExtendLongOrganizationNames()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                var end = m.NameFirst + m.NameCount;
                if (!IsNameKind(m.Kind) || m.Actor.Entry != null || end + 2 >= _tokens.Length || !_tokens[end].IsLower)
                {
                    continue;
                }

                var newEnd = m.Actor.Kind == ActorKind.Organization && HasOfOrFor(m.NameFirst, end) ? AndContinuationEnd(ForTheOfEnd(m.NameFirst, end))
                    : m.Actor.Kind != ActorKind.Person && _tt.Is(end - 1, "hall") && _tt.Is(end, "of") && _tt.Is(end + 1, "fame") ? end + 2
                    : m.Actor.Kind == ActorKind.Organization ? HeadlessAndEnd(m.NameFirst, end)
                    : end;
                newEnd = m.Actor.Kind == ActorKind.Organization ? MissionPlaceEnd(m.NameFirst, newEnd) : newEnd;
                if (newEnd == end)
                {
                    continue;
                }

                RemoveMentionsWithin(end, newEnd, ref i);
                _mentions.RemoveAt(i);
                AddNamed(m.NameFirst, newEnd, ActorKind.Organization, null, null, _tt.SentenceOf(m.NameFirst), true);
            }
        }

        private bool HasOfOrFor(int first, int end)
        {
            for (var t = first + 1; t < end - 1; t++)
            {
                if (_tokens[t].IsLower && (_tt.Is(t, "of") || _tt.Is(t, "for")))
                {
                    return true;
                }
            }

            return false;
        }

        // "Group for the Support" + "of Islam and Muslims", "Front for the Defence" + "of Azawad": movements and armed
        // groups are named "<head> for the <cause> of <words>", and the cut before "of" leaves the cause without its
        // object. When the name holds "for the" (or a head and "for"), it goes on over "of" (and "the") and the capitalized words after it;
        // the "and" continuation is then read from there.
        private int ForTheOfEnd(int first, int end)
        {
            if (!_tt.Is(end, "of") || !HasForThe(first, end))
            {
                return end;
            }

            var sentence = _tt.SentenceOf(end);
            var t = end + 1 < _tokens.Length && _tt.Is(end + 1, "the") ? end + 2 : end + 1;
            var start = t;
            while (t < _tokens.Length && t - end <= MaxContinuationWords && _tt.SentenceOf(t) == sentence && _tokens[t].Kind == TokenKind.Word && _tokens[t].IsCapitalized)
            {
                t++;
            }

            return t == start || t - end > MaxContinuationWords ? end : t;
        }

        // "for the <cause>", or "for <cause>" right after a body's head ("Commission for Regulation" + "of Utilities":
        // regulators and agencies are named "<head> for <field> of <object>").
        private bool HasForThe(int first, int end)
        {
            for (var t = first + 1; t < end - 1; t++)
            {
                if (_tt.Is(t, "for") && (t + 2 < end && _tt.Is(t + 1, "the") && _tokens[t + 2].IsCapitalized
                                         || _tokens[t + 1].IsCapitalized && InList(WordClass.OrgSuffixes, t - 1)))
                {
                    return true;
                }
            }

            return false;
        }

        // Where a name going on over the "and" at token `and` ends: after the capitalized words (joined by "of",
        // "for", "the") that follow it in the sentence; `and` itself when they are none, too many, or name something
        // of their own (a body's head, a place, a person the rules or the tagger read there).
        private int AndContinuationEnd(int and)
        {
            var sentence = _tt.SentenceOf(and);
            if (!_tt.Is(and, "and") || _tt.SentenceOf(and + 1) != sentence)
            {
                return and;
            }

            var end = and + 1;
            while (end < _tokens.Length && end - and <= MaxContinuationWords && _tt.SentenceOf(end) == sentence && ContinuesName(end))
            {
                end++;
            }

            while (end > and + 1 && !_tokens[end - 1].IsCapitalized)
            {
                end--;
            }

            if (end == and + 1 || end - and > MaxContinuationWords || (end < _tokens.Length && _tokens[end].IsCapitalized && _tokens[end].Kind == TokenKind.Word))
            {
                return and;
            }

            return !NamesSomethingElse(and + 1, end) ? end : OfTailCut(and, end);
        }

        // "Ministry of Foreign Affairs and Trade" + "of Marlovia": when the continuation goes on into an "of"/"for"
        // phrase that names something of its own (a place, a body), the name still takes the words before it.
        private int OfTailCut(int and, int end)
        {
            for (var c = end - 2; c > and + 1; c--)
            {
                if (_tokens[c].IsLower && (_tt.Is(c, "of") || _tt.Is(c, "for")))
                {
                    return NamesSomethingElse(and + 1, c) ? and : c;
                }
            }

            return and;
        }

        private const int MaxContinuationWords = 6;

        private bool ContinuesName(int t)
        {
            var token = _tokens[t];
            return token.Kind == TokenKind.Word && (token.IsCapitalized
                                                   || (token.IsLower && (_tt.Is(t, "of") || _tt.Is(t, "for") || _tt.Is(t, "the")) && t + 1 < _tokens.Length && _tokens[t + 1].IsCapitalized));
        }

        // Whether the words [first, end) after "and" hold a body's head word or lie in a place or person mention, or in
        // an organization name of several words ("Harwick Falcons"); a lone word read as an organization may go on the name.
        private bool NamesSomethingElse(int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                if (_tokens[t].IsCapitalized && WordLists.OrgSuffixes.Contains(_text, _tokens[t]) && !ContinuationHeads.Contains(_text, _tokens[t]))
                {
                    return true;
                }
            }

            foreach (ref readonly var o in _mentions)
            {
                if (o.First < end && first < o.First + o.Count && (o.Actor.Kind != ActorKind.Organization || o.Actor.Entry != null || o.First < first || (o.NameCount > 1 && !IsFieldName(o.NameFirst, o.NameFirst + o.NameCount))))
                {
                    return true;
                }
            }

            return false;
        }

        // "Housing and" + "Urban Development", "Environment and" + "Natural Resources": a name of several words the
        // training text all writes in lower case too names a field, not a body of its own ("Harwick Falcons" does).
        private bool IsFieldName(int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                if (!Names.NameTagger.Default.IsCommonLower(_text, _tokens[t].Start, _tokens[t].Length))
                {
                    return false;
                }
            }

            return true;
        }

        // "African Union Support" + "and Stabilisation Mission", "U.S. Fish" + "and Wildlife Service": an organization
        // of two words or more with no head word of its own, opened by a country or a multinational or national word,
        // goes on over "and" to the capitalized words closing on a body's head right after it, when these name nothing
        // of their own (the training text joins such a pair 6 times in 8; the two splits begin with a hotel and a
        // person). Two companies ("Air France and Lufthansa Group") open on neither.
        private int HeadlessAndEnd(int first, int end)
        {
            if (end - first < 2 || !_tt.Is(end, "and") || InList(WordClass.OrgSuffixes, end - 1) || !OpensOnOwner(first, end))
            {
                return end;
            }

            var sentence = _tt.SentenceOf(end);
            var t = end + 1;
            while (t < _tokens.Length && t - end <= 4 && _tt.SentenceOf(t) == sentence && _tokens[t].Kind == TokenKind.Word && _tokens[t].IsCapitalized)
            {
                t++;
            }

            var closes = t > end + 2 && t - end <= 4 && InList(WordClass.OrgSuffixes, t - 1) && !InList(WordClass.SurnameLikeHeads, t - 1);
            return closes && !MentionedOtherwise(end + 1, t) ? t : end;
        }

        // Whether a place, person or known organization is read inside [first, end), or a lexicon name starts there.
        private bool MentionedOtherwise(int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                if (MatchAt(t, end, out _))
                {
                    return true;
                }
            }

            foreach (ref readonly var o in _mentions)
            {
                if (o.First < end && first < o.First + o.Count && (o.Actor.Kind != ActorKind.Organization || o.Actor.Entry != null || o.First < first))
                {
                    return true;
                }
            }

            return false;
        }

        // "United Nations Interim Force" + "in Lebanon", "Support and Stabilisation Mission" + "in Somalia": a
        // multinational mission or force is named with the country it serves in (as the lexicon's "UN Interim Force in
        // Lebanon" is).
        private int MissionPlaceEnd(int first, int end)
        {
            if (end + 1 >= _tokens.Length || !_tt.Is(end, "in") || !MissionHeads.Contains(_text, _tokens[end - 1]) || !_tokens[end - 1].IsCapitalized
                || !(BodyOwners.Contains(_text, _tokens[first]) || _tokens[first].IsAllCaps && _tokens[first].Length >= 2))
            {
                return end;
            }

            foreach (ref readonly var o in _mentions)
            {
                if (o.First == end + 1 && o.Actor.Entry?.Kind == LexiconKind.Country && _tt.SentenceOf(o.First) == _tt.SentenceOf(end))
                {
                    return o.First + o.Count;
                }
            }

            return end;
        }

        private bool OpensOnOwner(int first, int end) =>
            BodyOwners.Contains(_text, _tokens[first]) || MatchAt(first, end, out var m) && m.Entry.Kind == LexiconKind.Country;

        private static readonly TermTable<bool> MissionHeads = WordTable("mission", "force", "operation");

        // First words of multinational and national bodies ("United Nations", "African Union", "National Aeronautics").
        private static readonly TermTable<bool> BodyOwners = WordTable(
            "un", "u.n.", "united", "african", "european", "eu", "au", "nato", "multinational", "international", "regional",
            "national", "federal");

        // Head words that name a field rather than a body after "and" ("Health and Human Services").
        private static readonly TermTable<bool> ContinuationHeads = WordTable("services", "systems", "industries", "technologies", "development");
    }
}

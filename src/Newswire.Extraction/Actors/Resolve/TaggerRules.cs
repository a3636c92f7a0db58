using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Names;
using Newswire.Extraction.Text;

// Resolve: the named rules by which the rules' knowledge corrects or keeps out the tagger's names (see TaggerNames.cs).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // "Russian Defense Minister": a nationality opening the name and a title right after it make the words
        // the qualifier of an office, not a name.
        private bool IsOfficeQualifier(TaggedName name)
        {
            var after = name.EndToken;
            return after < _tokens.Length && _lex.TryDemonym(_text, _tokens[name.FirstToken], out _)
                   && _tokens[after].IsCapitalized && WordLists.TitleHeads.Contains(_text, _tokens[after]);
        }

        // "the United Party for National Development", "Office for National Statistics": the rules read one
        // organization over "for"/"of" after its head word (Chunker.ConnectorAt); a tagger name on one side of that
        // connector ("United Party", "National Development") is a part of it, not a name of its own.
        private bool IsConnectedOrganizationPart(List<int> overlapping, TaggedName name)
        {
            // A place inside stays the place ("the Government of Iraq" is Iraq's), a person the person.
            if (overlapping.Count != 1 || name.Type is NameType.Person or NameType.Location)
            {
                return false;
            }

            var mention = _mentions[overlapping[0]];
            var end = mention.NameFirst + mention.NameCount;
            if (mention.Actor.Kind != ActorKind.Organization || mention.NameFirst > name.FirstToken || end < name.EndToken
                || mention.NameCount <= name.TokenCount)
            {
                return false;
            }

            for (var t = mention.NameFirst + 1; t < end - 1; t++)
            {
                var outside = t < name.FirstToken || t >= name.EndToken;
                if (outside && _tokens[t].IsLower && (_tt.Is(t, "for") || _tt.Is(t, "of"))
                    && _tokens[t - 1].IsCapitalized && InList(Lexicons.WordClass.OrgSuffixes, t - 1))
                {
                    return true;
                }
            }

            return false;
        }

        // "Japan Bank for International Cooperation", "Bank of Japan": a confident organization name that holds
        // every place or organization the rules read inside it is one name, even where the lexicon knows a part
        // (a person inside is not swallowed: "Defense Minister Andrei Belousov" is no organization).
        private bool IsLongerOrganizationName(List<int> overlapping, TaggedName name)
        {
            if (name.Type != NameType.Organization || name.Confidence < Confidences.ContainingName)
            {
                return false;
            }

            // A title-case headline capitalizes the verb after a name too ("Harwick Council Condemns Attack"): there a
            // name going on past the known one's end needs the sureness any new headline name needs.
            var sure = SureEnoughInSentence(name);
            foreach (var m in overlapping)
            {
                var mention = _mentions[m];
                var nameEnd = mention.NameFirst + mention.NameCount;
                if (mention.NameFirst < name.FirstToken || nameEnd > name.EndToken || mention.NameCount >= name.TokenCount
                    || mention.Actor.Kind == ActorKind.Person || (nameEnd < name.EndToken && !sure))
                {
                    return false;
                }
            }

            return true;
        }

        // "DH", "IQ": a lone all-caps word the rules read and dropped is no name on the tagger's word alone, unless it is
        // sure or reads the same word as an organization again in the article ("KRX bought ... KRX said"; on held-out
        // training text the same for places only added wrong names).
        private bool IsLoneAcronym(TaggedName name) =>
            name.TokenCount == 1 && _tokens[name.FirstToken].IsAllCaps && name.Confidence < Confidences.TaggerOverrulesEvidence
            && !(name.Type == NameType.Organization && TaggedAgain(name));

        private bool TaggedAgain(TaggedName name)
        {
            var token = _tokens[name.FirstToken];
            foreach (var other in _lists.Tagged)
            {
                var o = _tokens[other.FirstToken];
                if (other.TokenCount == 1 && other.FirstToken != name.FirstToken && other.Type == name.Type && o.Hash == token.Hash
                    && string.CompareOrdinal(_text, o.Start, _text, token.Start, token.Length) == 0 && o.Length == token.Length)
                {
                    return true;
                }
            }

            return false;
        }

        // "Hamas's Shura Council": a possessive inside or right before the name makes it an owner's body, which the
        // rules read with its owner (see AddNamed); a fallback there would swallow the owner's own name.
        private bool HasPossessive(TaggedName name)
        {
            for (var t = name.FirstToken > 0 ? name.FirstToken - 1 : 0; t < name.EndToken; t++)
            {
                if (_tokens[t].Kind == TokenKind.Possessive)
                {
                    return true;
                }
            }

            return false;
        }

        // Tokens [first, end) the rules know name no actor ("USS Kestrel", "Executive Order 14001"): no tagger name there.
        private void Veto(int first, int end) => _vetoes.Add((first, end));

        private readonly List<(int First, int End)> _vetoes;

        private bool HasQuote(int first, int end)
        {
            for (var k = first; k < end; k++)
            {
                if (_tokens[k].Is(TokenFlags.Quote))
                {
                    return true;
                }
            }

            return false;
        }

        // Marks the tokens of phrases the tagger must leave alone: vetoed runs and the descriptions still to link
        // ("412th Logistics Group Commander", "the Foreign Secretary").
        private void MarkReserved(int[] owner)
        {
            foreach (var (first, end) in _vetoes)
            {
                for (var t = first; t < end; t++)
                {
                    owner[t] = Reserved;
                }
            }

            foreach (var d in _descriptions)
            {
                for (var t = d.First; t < d.First + d.Count; t++)
                {
                    owner[t] = Reserved;
                }
            }
        }

        private const int Reserved = -2;

        // "the Department declined": an organization head word alone refers back to a body; it is no name.
        private bool IsLoneHeadWord(TaggedName name) =>
            name.TokenCount == 1 && _tokens[name.FirstToken].IsCapitalized && WordLists.OrgSuffixes.Contains(_text, _tokens[name.FirstToken])
            && !SelfNamedBodies.Contains(_text, _tokens[name.FirstToken]);

        // Head words that name one body on their own: "the Senate voted" (training text: ORG 18 times, no name 7;
        // "Parliament", "Congress" and "Government" go either way or are mostly no name, and stay head words).
        private static readonly TermTable<bool> SelfNamedBodies = WordTable("senate");

        // "The League was formed in 1960" after "the Pacific League of Growers": a head word alone the tagger reads as a
        // name is a name mention of the latest organization before it with that word in its name (CoNLL annotates it);
        // with no such organization ("the Department declined") it is no name.
        private void LinkHeadWord(TaggedName name, List<int> overlapping)
        {
            if (overlapping.Count > 0 || name.Type != NameType.Organization)
            {
                return;
            }

            var word = _tokens[name.FirstToken];
            ActorBuilder? body = null;
            var latest = -1;
            foreach (ref readonly var m in _mentions)
            {
                if (m.Actor.Kind == ActorKind.Organization && m.First < name.FirstToken && m.First > latest && m.NameCount > 1
                    && HasWord(m.NameFirst, m.NameFirst + m.NameCount, word))
                {
                    body = m.Actor;
                    latest = m.First;
                }
            }

            if (body != null)
            {
                AddMention(name.FirstToken, 1, body, MentionKind.Name, name.FirstToken, 1, name.Confidence);
            }
        }

        private bool HasWord(int first, int end, Token word)
        {
            for (var t = first; t < end; t++)
            {
                var o = _tokens[t];
                if (o.Length == word.Length && string.Compare(_text, o.Start, _text, word.Start, word.Length, System.StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        // "Russian defense (official)": a name ends in a capitalized word, a number or an acronym, never in a lower-case word.
        private bool EndsLowerCase(TaggedName name) => name.TokenCount > 1 && _tokens[name.EndToken - 1].Kind == TokenKind.Word && _tokens[name.EndToken - 1].IsLower;

        // Whether the tagger's name meets a nominal or pronoun mention, or touches a name mention only outside its name part.
        private bool InsidePhraseOnly(List<int> overlapping, TaggedName name)
        {
            foreach (var m in overlapping)
            {
                var mention = _mentions[m];
                if (!IsNameKind(mention.Kind))
                {
                    return true;
                }

                if (name.FirstToken < mention.NameFirst + mention.NameCount && mention.NameFirst < name.EndToken)
                {
                    continue;
                }

                return true;
            }

            return false;
        }

        private static bool IsNameKind(MentionKind kind) => kind == MentionKind.Name || kind == MentionKind.Acronym;

        private static ActorKind? KindOf(NameType type) =>
            type == NameType.Person ? ActorKind.Person
            : type == NameType.Organization ? ActorKind.Organization
            : type == NameType.Location ? ActorKind.Location
            : (ActorKind?)null;
    }
}

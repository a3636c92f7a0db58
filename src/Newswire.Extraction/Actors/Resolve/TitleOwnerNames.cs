using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Resolve: "UN Secretary-General Ada Brelik", "U.S. Defense Secretary Ivo Marek", "FIFA President Ada Brelik": the
// known body or country, or the acronym, before a person's capitalized title is named in its own right as well, as
// CoNLL annotates it. The whole phrase stays the person's description (events read it as one mention); the owner is
// exported beside it as an inner name, like a role's complement (RoleComplementNames).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // The body named by a head word before a title is split off the phrase first (TitleOwnerBodies); then each
        // titled person's phrase is asked for a known owner (after AddLocatedIn, which starts the inner names afresh).
        private void NameTitleOwnersAndBodies()
        {
            NameTitleOwnerBodies();
            NameTitleOwners();
        }

        private void NameTitleOwners()
        {
            var count = _mentions.Count;
            for (var i = 0; i < count; i++)
            {
                var m = _mentions[i];
                if (m.Kind == MentionKind.Name && m.Actor.Kind == ActorKind.Person && m.First < m.NameFirst - 1)
                {
                    NameTitleOwner(m);
                }
            }
        }

        private void NameTitleOwner(RawMention phrase)
        {
            var first = IsThe(phrase.First) ? phrase.First + 1 : phrase.First;
            var title = phrase.NameFirst;
            while (title > first && IsOwnedTitleWord(title - 1))
            {
                title--;
            }

            if (title == phrase.NameFirst || title <= first || !_tokens[title].IsCapitalized || BodyModifiers.Contains(_text, _tokens[title]))
            {
                return;
            }

            var owner = TitleOwner(first, title);
            if (owner != null)
            {
                var known = owner.Entry != null;
                var inner = RawMention.Name(first, title, owner, Confidences.For(MentionKind.Name, known), known);
                (_inner ??= new System.Collections.Generic.List<(RawMention, RawMention)>()).Add((inner, phrase));
            }
        }

        // The actor [first, end) names: a lexicon body, country or place written exactly so, or a lone all-caps
        // acronym the lexicon does not know (an organization); null for anything else ("Kenya Police", a demonym).
        private ActorBuilder? TitleOwner(int first, int end)
        {
            if (_lex.Match(_tt, _wordIds, first, end, false, out var match))
            {
                var entry = match.Entry;
                if (match.TokenCount != end - first
                    || entry.Kind != LexiconKind.Organization && entry.Kind != LexiconKind.Country && entry.Kind != LexiconKind.Place)
                {
                    return null;
                }

                if (!_byEntry.TryGetValue(entry.Id, out var actor))
                {
                    actor = NewActor(entry.Name, entry.ActorKind, entry.Country, entry, _tokens[first].Start);
                    if (actor == null)
                    {
                        return null;
                    }

                    _byEntry[entry.Id] = actor;
                }

                return actor;
            }

            ref readonly var t = ref _tokens[first];
            if (end - first != 1 || t.Kind != TokenKind.Word || !t.IsAllCaps || t.Length < 2 || _lex.TryDemonym(_text, t, out _))
            {
                return null;
            }

            return NewActor(SpanText(first, end), ActorKind.Organization, null, null, t.Start);
        }

        // Title modifiers that make a body of the place before them ("Pakistan Army Chief", "Lagos State Governor", "U.S.
        // Navy Secretary"): the owner is that body, not the place, and is left inside the phrase.
        private static readonly TermTable<bool> BodyModifiers = TermTables.Words(
            "state", "army", "navy", "air", "force", "marine", "marines", "national", "security", "supreme", "crown", "command",
            "staff", "special", "federal", "central", "joint");

        // A word of a title ("Secretary", "Defense", "Director-General"), or the "of" and hyphen inside one ("Secretary
        // of State", "Secretary - General").
        private bool IsOwnedTitleWord(int t)
        {
            ref readonly var token = ref _tokens[t];
            if (token.Kind == TokenKind.Word)
            {
                return token.IsCapitalized ? InList(WordClass.TitleHeads, t) || InList(WordClass.TitleModifiers, t) : _tt.Is(t, "of");
            }

            return token.Length == 1 && Tokenizer.IsHyphen(_text[token.Start]);
        }
    }
}

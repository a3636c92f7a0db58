using Newswire.Extraction.Text;

// Resolve: "Her party, Somos Perú, called the raid political", "the ruling alliance, Unidad Cívica, said": a
// party-like head after a possessive pronoun or "the", then a name between commas, names that body. Agency copy
// introduces local parties and movements so; the tagger read such names as places ("Fuerza Nueva") or kept only a
// country inside them ("Perú").
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private const int MaxApposedPartyWords = 4;

        // Read from the comma closing the name (a comma after a capitalized word is a case turn).
        private void NamePartyAppositions()
        {
            foreach (var end in LowerAfterCapitals())
            {
                if (!IsComma(end))
                {
                    continue;
                }

                var first = end - 1;
                while (first > 0 && end - first < MaxApposedPartyWords && _tokens[first - 1].Kind == TokenKind.Word && _tokens[first - 1].IsCapitalized)
                {
                    first--;
                }

                var n = first - 2;
                if (n < 1 || !IsComma(first - 1) || _tokens[n].Kind != TokenKind.Word || !ApposedPartyHeads.Contains(_text, _tokens[n])
                    || !(IsThe(n - 1) || PartyOwners.Contains(_text, _tokens[n - 1]) || _tokens[n - 1].Kind == TokenKind.Possessive)
                    || _tt.SentenceOf(end) != _tt.SentenceOf(n) || HasKnownPerson(first, end))
                {
                    continue;
                }

                RemoveMentionsOver(first, end);
                AddNamed(first, end, ActorKind.Organization, null, null, _tt.SentenceOf(first), false);
            }
        }

        // A person the lexicon knows or one with a role in first..end ("his party, Ada Brelik said, ..."), or a known
        // actor named by the whole run ("in the alliance, Kenya, Uganda and ..."): no name of the party.
        private bool HasKnownPerson(int first, int end)
        {
            foreach (ref readonly var m in _mentions)
            {
                if (m.First < end && m.First + m.Count > first
                    && (m.Actor.Kind == ActorKind.Person && (m.Actor.Entry != null || m.Actor.RoleCount > 0)
                        || m.Actor.Entry != null && m.NameFirst == first && m.NameFirst + m.NameCount == end))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly TermTable<bool> ApposedPartyHeads = WordTable("party", "movement", "alliance", "coalition", "bloc", "militia", "faction");

        private static readonly TermTable<bool> PartyOwners = WordTable("his", "her", "their", "its", "ruling", "opposition");
    }
}

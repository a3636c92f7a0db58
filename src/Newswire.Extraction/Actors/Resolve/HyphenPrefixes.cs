using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "Kremlin-backed", "Saudi-led", "Toronto-based": the actor named before an affiliation participle.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Token i is a capitalized word joined by a hyphen to an affiliation participle ("Freedonia-backed militias",
        // "a Ruritanian-led coalition", "Marlow-based Acme"). The word is no name of its own and opens no name chunk
        // ("the Freedonia-run Port Authority" is the authority); the part before the hyphen, when the lexicon knows it
        // or it is a country's demonym, is a modifier mention of that actor (linked, no exported span).
        private bool IsHyphenAffiliation(int i)
        {
            ref readonly var t = ref _tokens[i];
            if ((t.Flags & TokenFlags.Hyphenated) == 0 || t.Kind != TokenKind.Word || !char.IsUpper(_text[t.Start]))
            {
                return false;
            }

            var dash = _text.LastIndexOf('-', t.End - 1, t.Length);
            var tail = dash + 1;
            return dash > t.Start && tail < t.End
                   && AffiliationTails.TryGet(_text, tail, t.End - tail, TermKey.Hash(_text, tail, t.End - tail), out _);
        }

        // The actor before the hyphen of an affiliation token (see IsHyphenAffiliation), added as a modifier mention.
        private void AddHyphenPrefix(int i)
        {
            ref readonly var t = ref _tokens[i];
            var length = _text.LastIndexOf('-', t.End - 1, t.Length) - t.Start;
            LexiconEntry? entry = null;
            if (_lex.MatchWord(_text, t.Start, length, out var m))
            {
                entry = m.Entry;
            }
            else if (_lex.TryDemonym(_text, t.Start, length, out var iso) && iso.Length == 3)
            {
                entry = _lex.Country(iso);
            }

            if (entry == null || entry.Kind == LexiconKind.Person)
            {
                return;
            }

            if (!_byEntry.TryGetValue(entry.Id, out var actor))
            {
                actor = NewActor(entry.Name, entry.ActorKind, entry.Country, entry, t.Start);
                if (actor == null)
                {
                    return;
                }

                _byEntry[entry.Id] = actor;
            }

            AddMention(i, 1, actor, MentionKind.Modifier);
        }

        // Participles that tie an actor to what follows: backing, leading, running, owning, basing.
        private static readonly TermTable<bool> AffiliationTails = Table(new[]
        {
            "backed", "led", "based", "run", "linked", "owned", "funded", "allied", "aligned", "controlled", "sponsored",
            "supported", "held", "affiliated", "dominated", "brokered", "financed", "armed", "trained", "headquartered",
            "operated", "listed", "managed", "installed", "appointed", "friendly", "leaning",
        });
    }
}

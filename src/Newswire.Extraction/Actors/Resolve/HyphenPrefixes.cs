using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Names;
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
        // One the lexicon does not know before "-based"/"-headquartered" is a place ("Hsinchu-based"), unless the
        // training text writes the word in lower case ("Cloud-based").
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
            else if (IsUnknownPlacePrefix(i, length))
            {
                AddPrefixActor(i, 1, _text.Substring(t.Start, length), null);
                return;
            }

            if (entry != null && entry.Kind != LexiconKind.Person)
            {
                AddPrefixActor(i, 1, entry.Name, entry);
            }
        }

        // "Hong Kong-based", "Abu Dhabi-based": a capitalized word at i and the part of the affiliation token i + 1
        // before its hyphen that the lexicon knows as one two-word actor. Read as that actor's modifier mention.
        private bool TwoWordHyphenPrefix(int i, int end)
        {
            if (i + 1 >= end || (_tokens[i + 1].Flags & TokenFlags.Hyphenated) == 0 || _tokens[i].Kind != TokenKind.Word
                || !_tokens[i].IsCapitalized || !IsHyphenAffiliation(i + 1))
            {
                return false;
            }

            ref readonly var t = ref _tokens[i + 1];
            var length = _text.LastIndexOf('-', t.End - 1, t.Length) - t.Start;
            if (!_lex.MatchTwoWords(_text, _tokens[i].Start, _tokens[i].Length, t.Start, length, out var m) || m.Entry.Kind == LexiconKind.Person)
            {
                return false;
            }

            AddPrefixActor(i, 2, m.Entry.Name, m.Entry);
            return true;
        }

        private bool IsUnknownPlacePrefix(int i, int length)
        {
            ref readonly var t = ref _tokens[i];
            var dash = t.Start + length;
            return length >= 3 && !char.IsUpper(_text[t.Start + 1]) && _text.IndexOf('-', t.Start, length) < 0
                   && PlaceTails.TryGet(_text, dash + 1, t.End - dash - 1, TermKey.Hash(_text, dash + 1, t.End - dash - 1), out _)
                   && !Names.NameTagger.Default.IsCommonLower(_text, t.Start, length);
        }

        private void AddPrefixActor(int i, int count, string name, LexiconEntry? entry)
        {
            var kind = entry?.ActorKind ?? ActorKind.Location;
            var actor = entry != null && _byEntry.TryGetValue(entry.Id, out var known) ? known : NewActor(name, kind, entry?.Country, entry, _tokens[i].Start);
            if (actor == null)
            {
                return;
            }

            if (entry != null)
            {
                _byEntry[entry.Id] = actor;
            }

            AddMention(i, count, actor, MentionKind.Modifier);
        }

        // Participles that place a company or body where the word before the hyphen is.
        private static readonly TermTable<bool> PlaceTails = Table(new[] { "based", "headquartered" });

        // "Abu Dhabi-based International Resources Holding": a tagger name across an affiliation token is the actor
        // before the hyphen (the rules read it, see AddHyphenPrefix) and another name; the part after the token is the
        // tagger's (none when the token ends the name: "Hsinchu-based").
        private TaggedName AfterAffiliation(TaggedName name)
        {
            for (var k = name.EndToken - 1; k >= name.FirstToken; k--)
            {
                if ((_tokens[k].Flags & TokenFlags.Hyphenated) != 0 && IsHyphenAffiliation(k))
                {
                    return k + 1 < name.EndToken ? new TaggedName(k + 1, name.EndToken - k - 1, name.Type, name.Confidence) : default;
                }
            }

            return name;
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

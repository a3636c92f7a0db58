using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: parties, movements and state bodies named in their own language ("Movimiento al Socialismo", "Partido
// dos Trabalhadores", "Pakistan Tehreek-e-Insaf"): one organization for the whole run of capitalized words.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private const int MaxForeignNameWords = 7;

        // English news keeps many bodies' own names. The tagger, trained on English text, reads their words as
        // people ("Frente Amplio"), as a place and a stray word ("Pakistan" + "Tehreek-e-Insaf") or not at all. A
        // run of two or more capitalized words (joined by lower-case particles such as "de", "al", "dos", "für")
        // that holds a body's head word of another language (a closed table: "Partido", "Movimiento", "Tehreek",
        // "Partei", ...) is one organization; English head words are left to the tagger and the other rules.
        private void NameForeignBodies()
        {
            var tokens = _tokens;
            var capitals = _triggers.At(Trigger.Capitalized, out var n);
            var from = 0; // past the last name read
            for (var i = 0; i < n; i++)
            {
                var t = capitals[i];
                if (t < from || tokens[t].Kind != TokenKind.Word || !IsForeignHead(t))
                {
                    continue;
                }

                var (first, end) = CapitalizedRun(t);
                // The head opens the name or stands inside it ("Partido X", "Bharatiya Janata Party"); a head last
                // is more often a surname ("Carlos Frente").
                if ((CountCapitalized(first, end) >= 2 && t < end - 1) || IsJoinedName(t))
                {
                    RemoveMentionsOver(first, end);
                    AddNamed(first, end, ActorKind.Organization, null, null, _tt.SentenceOf(first), false);
                }

                from = end;
            }
        }

        // The run of capitalized words around token t, particles inside it, not past the sentence or a leading "The".
        private (int First, int End) CapitalizedRun(int t)
        {
            var sentence = _tt.SentenceOf(t);
            var first = t;
            while (first > 0 && t - first < MaxForeignNameWords && _tt.SentenceOf(first - 1) == sentence
                   && _tokens[first - 1].Kind == TokenKind.Word && _tokens[first - 1].IsCapitalized && !_tt.Is(first - 1, "the"))
            {
                first--;
            }

            var end = t + 1;
            while (end < _tokens.Length && end - first < MaxForeignNameWords && _tt.SentenceOf(end) == sentence)
            {
                if (_tokens[end].Kind == TokenKind.Word && _tokens[end].IsCapitalized)
                {
                    end++;
                }
                else if (ParticlesBeforeWord(end) is var particles && particles > 0)
                {
                    end += particles + 1;
                }
                else
                {
                    break;
                }
            }

            return (first, end);
        }

        // "Jamaat-e-Islami", "Hizb-ut-Tahrir": a hyphenated head word joined to a capitalized word is a name alone.
        private bool IsJoinedName(int t)
        {
            ref readonly var token = ref _tokens[t];
            var last = _text.LastIndexOf('-', token.Start + token.Length - 1, token.Length);
            return last > token.Start && last + 1 < token.Start + token.Length && char.IsUpper(_text[last + 1]);
        }

        // One or two particles ("de", "de la") and then a capitalized word from token j: the particles' count, or 0.
        private int ParticlesBeforeWord(int j)
        {
            var k = j;
            while (k < _tokens.Length && k - j < 2 && IsForeignParticle(k))
            {
                k++;
            }

            return k > j && k < _tokens.Length && _tokens[k].Kind == TokenKind.Word && _tokens[k].IsCapitalized ? k - j : 0;
        }

        private int CountCapitalized(int first, int end)
        {
            var n = 0;
            for (var k = first; k < end; k++)
            {
                n += _tokens[k].IsCapitalized ? 1 : 0;
            }

            return n;
        }

        // A head word, or a hyphenated word that opens with one ("Tehreek-e-Insaf").
        private bool IsForeignHead(int t)
        {
            ref readonly var token = ref _tokens[t];
            if (InList(WordClass.ForeignBodyHeads, t))
            {
                return true;
            }

            var hyphen = (token.Flags & TokenFlags.Hyphenated) != 0 ? _text.IndexOf('-', token.Start, token.Length) : -1;
            return hyphen > token.Start && WordLists.ForeignBodyHeads.TryGet(_text, token.Start, hyphen - token.Start, TermKey.Hash(_text, token.Start, hyphen - token.Start), out _);
        }

        private bool IsForeignParticle(int j) => _tokens[j].Kind == TokenKind.Word && _tokens[j].IsLower && ForeignParticles.Contains(_text, _tokens[j]);

        private static readonly TermTable<bool> ForeignParticles = Table(new[]
        {
            "de", "del", "la", "las", "los", "el", "al", "do", "da", "dos", "das", "des", "du", "di", "della", "dei",
            "per", "pour", "für", "der", "die", "und", "y", "et", "e",
        });
    }
}

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
            for (var t = 0; t < _tokens.Length; t++)
            {
                if (!_tokens[t].IsCapitalized || _tokens[t].Kind != TokenKind.Word || !IsForeignHead(t))
                {
                    continue;
                }

                var (first, end) = CapitalizedRun(t);
                // The head opens the name or stands inside it ("Partido X", "Bharatiya Janata Party"); a head last
                // is more often a surname ("Carlos Frente").
                if ((CountCapitalized(first, end) >= 2 && t < end - 1) || IsJoinedName(t))
                {
                    RemoveMentionsOverlapping(first, end);
                    AddNamed(first, end, ActorKind.Organization, null, null, _tt.SentenceOf(first), false);
                }

                t = end - 1;
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

        // Mentions the run replaces, also those reaching into it from outside ("The Pakistan" of "The Pakistan
        // Tehreek-e-Insaf").
        private void RemoveMentionsOverlapping(int first, int end)
        {
            for (var k = _mentions.Count - 1; k >= 0; k--)
            {
                var o = _mentions[k];
                if (o.First < end && o.First + o.Count > first)
                {
                    _mentions.RemoveAt(k);
                }
            }
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
            if (ForeignHeads.Contains(_text, token))
            {
                return true;
            }

            var hyphen = (token.Flags & TokenFlags.Hyphenated) != 0 ? _text.IndexOf('-', token.Start, token.Length) : -1;
            return hyphen > token.Start && ForeignHeads.TryGet(_text, token.Start, hyphen - token.Start, TermKey.Hash(_text, token.Start, hyphen - token.Start), out _);
        }

        private bool IsForeignParticle(int j) => _tokens[j].Kind == TokenKind.Word && _tokens[j].IsLower && ForeignParticles.Contains(_text, _tokens[j]);

        private static readonly TermTable<bool> ForeignParticles = Table(new[]
        {
            "de", "del", "la", "las", "los", "el", "al", "do", "da", "dos", "das", "des", "du", "di", "della", "dei",
            "per", "pour", "für", "der", "die", "und", "y", "et", "e",
        });

        // Heads of parties, movements, fronts and state bodies in Spanish, Portuguese, French, Italian, German,
        // Dutch, Turkish, Indonesian and Malay, and in Urdu, Hindi and Arabic transliteration.
        private static readonly TermTable<bool> ForeignHeads = Table(new[]
        {
            "partido", "movimiento", "frente", "alianza", "coalición", "convergencia", "asamblea", "congreso", "consejo",
            "ministerio", "fiscalía", "procuraduría", "secretaría", "ejército", "policía", "guardia", "comisión",
            "confederación", "federación", "sindicato", "fundación", "asociación", "organización", "fuerzas", "unión",
            "movimento", "aliança", "união", "assembleia", "congresso", "conselho", "ministério", "procuradoria",
            "exército", "polícia", "comissão", "confederação", "federação", "fundação", "associação", "forças",
            "parti", "mouvement", "rassemblement", "assemblée", "conseil", "ministère", "armée", "gendarmerie",
            "confédération", "fédération", "syndicat", "partito", "lega", "fratelli", "alleanza", "consiglio",
            "ministero", "confederazione", "federazione", "sindacato", "partei", "bewegung", "bündnis", "ministerium",
            "bundesamt", "bundeswehr", "polizei", "gewerkschaft", "partij", "beweging", "ministerie", "partisi",
            "hareketi", "cephesi", "meclisi", "partai", "gerakan", "barisan", "pakatan", "pertubuhan", "tehreek",
            "tehrik", "jamaat", "jamiat", "hizb", "harakat", "jabhat", "majlis", "ittehad", "muttahida", "janata",
            "rashtriya", "samajwadi", "morcha", "kazhagam", "awami",

            // Companies, banks, agencies and charities named in their own language ("Banco do Brasil", "Petróleos de
            // Venezuela", "Médecins Sans Frontières"). University heads are left out: in author lines the run goes on
            // into the next line's words (held-out training text: one more wrong span than right).
            "banco", "banca", "banque", "caixa", "petróleos", "petroleos", "petróleo", "compañía", "companhia", "compagnie",
            "société", "societe", "grupo", "groupe", "gruppo", "empresa", "empresas", "aerolíneas", "aerolineas", "agencia",
            "agência", "agence", "médecins", "medecins",
        });
    }
}

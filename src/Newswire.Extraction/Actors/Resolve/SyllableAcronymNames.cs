using Newswire.Extraction.Text;

// Resolve: "the Chama cha Demokrasia na Maendeleo (Chadema)", "Resistencia Nacional Mocambicana (Renamo)": a name
// in its own language joined by lower-case particles, spelled by the syllables of the bracketed short name after it,
// is one organization.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Swahili, Portuguese and Spanish party names are shortened to the first syllables of their words (Cha-de-ma);
        // the tagger, trained on English, cuts the long name at its particles ("Chama cha Demokrasia" a place) and
        // reads the short name as a person. A bracketed capitalized word (not all caps: BracketAcronyms reads those)
        // that the words before it spell, each word giving the next letters of it from its own start, with a
        // particle among them, names the organization from its first word; the short name is its alias.
        private void JoinSyllableAcronymNames()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                var open = IsNameKind(m.Kind) ? BracketAfterNameWords(m.NameFirst + m.NameCount) : -1;
                var first = open > 0 ? SyllableNameStart(open) : -1;
                if (first < 0 || first > m.NameFirst)
                {
                    continue;
                }

                var shortActor = ActorOfMentionAt(open + 1);
                var joined = JoinBeforeBracket(first, open);
                if (joined != null && shortActor != null && shortActor != joined && shortActor.Entry == null)
                {
                    Relink(shortActor, joined, open + 1);
                }
                else if (joined != null && shortActor == null)
                {
                    AddAlias(joined, _text.Substring(_tokens[open + 1].Start, _tokens[open + 1].Length));
                }

                i = System.Math.Min(i, _mentions.Count);
            }
        }

        // The "(" of a bracketed capitalized short name reached from token t over capitalized words and particles of
        // the sentence; -1 if none. Only a punctuation token can be the "(", so the bracket and sentence tests wait
        // for one, and a longer lower-case word (the verb after most names) ends the walk before any table lookup;
        // the tagger cuts such a name at a particle or at the bracket, so the walk starts at one.
        private int BracketAfterNameWords(int t)
        {
            for (var k = t; k + 2 < _tokens.Length && k - t < MaxParticleNameWords; k++)
            {
                ref readonly var w = ref _tokens[k];
                if (w.Kind != TokenKind.Word)
                {
                    return IsShortNameInBrackets(k) && _tt.SentenceOf(k) == _tt.SentenceOf(t - 1) ? k : -1;
                }

                if (w.IsLower ? w.Length > 4 || !OrgParticles.Contains(_text, w) && !SwahiliParticles.Contains(_text, w) : k == t)
                {
                    return -1; // a verb, or a capitalized word the name would have taken (next to most mentions)
                }
            }

            return -1;
        }

        private bool IsShortNameInBrackets(int open) =>
            _text[_tokens[open].Start] == '(' && _text[_tokens[open + 2].Start] == ')' && _tokens[open + 1].Kind == TokenKind.Word
            && _tokens[open + 1].IsCapitalized && !_tokens[open + 1].IsAllCaps && _tokens[open + 1].Length >= 4;

        // The first word of the capitalized words and particles right before `open` that spell the short name after
        // it, with a particle among them; -1 if none.
        private int SyllableNameStart(int open)
        {
            var sentence = _tt.SentenceOf(open);
            var particles = 0;
            var start = -1;
            for (var s = open - 1; s >= 0 && open - s <= MaxParticleNameWords && _tt.SentenceOf(s) == sentence && _tokens[s].Kind == TokenKind.Word; s--)
            {
                if (_tokens[s].IsLower)
                {
                    if (!OrgParticles.Contains(_text, _tokens[s]) && !SwahiliParticles.Contains(_text, _tokens[s]))
                    {
                        break;
                    }

                    particles++;
                }
                else if (_tokens[s].IsCapitalized && particles > 0 && SpellsSyllables(s, open, _tokens[open + 1].Start, _tokens[open + 1].End))
                {
                    start = s;
                }
            }

            return start;
        }

        // Whether the capitalized words from `word` to `end`, each giving one or more letters from its start, spell
        // text[from..to) (case aside).
        private bool SpellsSyllables(int word, int end, int from, int to)
        {
            while (word < end && !_tokens[word].IsCapitalized)
            {
                word++;
            }

            if (word == end)
            {
                return from == to;
            }

            ref readonly var w = ref _tokens[word];
            for (var k = 1; k <= w.Length && from + k <= to; k++)
            {
                if (char.ToLowerInvariant(_text[w.Start + k - 1]) != char.ToLowerInvariant(_text[from + k - 1]))
                {
                    break;
                }

                if (SpellsSyllables(word + 1, end, from + k, to))
                {
                    return true;
                }
            }

            return false;
        }

        // Particles that join the words of Swahili names ("Chama cha Mapinduzi", "Jumuiya ya Afrika Mashariki").
        private static readonly TermTable<bool> SwahiliParticles = WordTable("cha", "na", "wa", "ya", "za", "kwa");
    }
}

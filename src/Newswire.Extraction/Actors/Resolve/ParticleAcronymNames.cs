using Newswire.Extraction.Text;

// Resolve: "Bangko Sentral ng Pilipinas (BSP)", "Banco de la Nación (BN)": a name in its own language joined by a
// lower-case particle, spelled out by the bracketed acronym after it, is one organization. The tagger, trained on
// English, cuts such names at the particle ("Bangko Sentral" + "Pilipinas"); the acronym's letters say where the
// name starts.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private const int MaxParticleNameWords = 8;

        private void JoinParticleAcronymNames()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                var open = m.NameFirst + m.NameCount;
                if (!IsNameKind(m.Kind) || open + 2 >= _tokens.Length || !IsBracketedAcronym(open))
                {
                    continue;
                }

                var first = ParticleNameStart(m.NameFirst, open);
                if (first < 0)
                {
                    continue;
                }

                // The acronym read as an organization of its own ("BSP") names the joined one everywhere.
                var acronymActor = ActorOfMentionAt(open + 1);
                var joined = JoinBeforeBracket(first, open);
                if (joined != null && acronymActor != null && acronymActor != joined && acronymActor.Kind == ActorKind.Organization && acronymActor.Entry == null)
                {
                    Relink(acronymActor, joined, open + 1);
                    RelinkInnerNames(acronymActor, joined);
                }

                i = System.Math.Min(i, _mentions.Count);
            }
        }

        // The start of the capitalized words (with particles between them) before `open` whose initials spell the
        // acronym after it, reaching back over at least one particle from `nameFirst`; -1 if none.
        private int ParticleNameStart(int nameFirst, int open)
        {
            var acronym = _tokens[open + 1];
            var sentence = _tt.SentenceOf(open);
            var start = nameFirst;
            while (start >= 2 && open - start < MaxParticleNameWords && _tt.SentenceOf(start - 2) == sentence
                   && _tokens[start - 1].Kind == TokenKind.Word && _tokens[start - 1].IsLower && OrgParticles.Contains(_text, _tokens[start - 1]))
            {
                var s = start - 1;
                while (s > 0 && _tokens[s - 1].Kind == TokenKind.Word && _tokens[s - 1].IsLower && OrgParticles.Contains(_text, _tokens[s - 1]))
                {
                    s--; // "de la"
                }

                if (s == 0 || _tokens[s - 1].Kind != TokenKind.Word || !_tokens[s - 1].IsCapitalized)
                {
                    return -1;
                }

                start = s - 1;
                while (start > 0 && _tokens[start - 1].Kind == TokenKind.Word && _tokens[start - 1].IsCapitalized && _tt.SentenceOf(start - 1) == sentence)
                {
                    start--;
                }

                for (var t = start; t < s; t++)
                {
                    if (SpellsAcronym(t, open, acronym))
                    {
                        return t;
                    }
                }
            }

            return -1;
        }

        // Inner names of the acronym's actor ("BSP Governor Ada Brelik": the owner before a title) go along.
        private void RelinkInnerNames(ActorBuilder from, ActorBuilder to)
        {
            for (var k = 0; _inner != null && k < _inner.Count; k++)
            {
                var (inner, phrase) = _inner[k];
                if (inner.Actor == from)
                {
                    inner.Actor = to;
                    _inner[k] = (inner, phrase);
                }
            }
        }

        // The words first..open (the bracket) as one organization in place of the mentions over them; its actor.
        private ActorBuilder? JoinBeforeBracket(int first, int open)
        {
            RemoveMentionsOver(first, open);
            AddNamed(first, open, ActorKind.Organization, null, null, _tt.SentenceOf(first), true);
            return NameMentionActor(first, open);
        }

        private ActorBuilder? NameMentionActor(int first, int end)
        {
            foreach (ref readonly var m in _mentions)
            {
                if (m.NameFirst == first && m.NameFirst + m.NameCount == end && IsNameKind(m.Kind))
                {
                    return m.Actor;
                }
            }

            return null;
        }

        // Whether the capitalized words in first..end, in order, open with the acronym's letters (and no more).
        private bool SpellsAcronym(int first, int end, in Token acronym)
        {
            var k = 0;
            for (var t = first; t < end; t++)
            {
                if (!_tokens[t].IsCapitalized)
                {
                    continue;
                }

                if (k == acronym.Length || char.ToUpperInvariant(_text[_tokens[t].Start]) != _text[acronym.Start + k])
                {
                    return false;
                }

                k++;
            }

            return k == acronym.Length;
        }

        // Particles that join the words of organization names in Tagalog, Spanish, Portuguese, French, Italian, Dutch.
        private static readonly TermTable<bool> OrgParticles = WordTable(
            "ng", "de", "del", "la", "las", "los", "des", "du", "di", "da", "do", "dos", "das", "e", "y", "et", "van", "voor", "der");
    }
}

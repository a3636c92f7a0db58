using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Resolve: a person's name cut short at a surname particle ("Ana Beltrán de Souza", "Omar Haddad al-Rashid",
// "Jan van der Meer") or between two of its surnames ("Rosa Elena Quintero Vidal" read as "Rosa Elena" and "Vidal").
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Names from Spanish, Portuguese, Arabic, Dutch and German traditions carry lower-case particles and more
        // surnames than English ones; the tagger, trained mostly on English names, often stops at the particle or
        // reads the last surname as a name of its own (a place, when a town is called that). A person's name directly
        // followed by particles and a capitalized word, by an "al-" surname, or by at most one capitalized word and
        // another person's name that is nothing else in the article (after a name of two words or more), is one name. Lexicon people keep their names.
        private void JoinPersonNameParts()
        {
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                if (m.Kind != MentionKind.Name || m.Actor.Kind != ActorKind.Person)
                {
                    continue;
                }

                var end = m.NameFirst + m.NameCount;
                var joined = ParticleEnd(end);
                if (m.Actor.Entry != null)
                {
                    SplitLexiconSurname(ref i, joined);
                    continue;
                }

                if (joined < 0 && m.NameCount >= 2)
                {
                    joined = SplitSurnameEnd(i, end);
                }

                if (joined > end)
                {
                    ExtendPersonName(ref i, joined);
                }
            }
        }

        // The end of "de Souza", "van der Meer", "al-Rashid", "bin Salem al-Rashid" after a name ending at `end`, or -1.
        // Parts chain while another particle or "al-" surname follows: "bin Walid al-Amiri", "bin Nasser bin Saad"; a
        // Portuguese "e" joins two surnames after a particle part ("de Souza e Silva").
        private int ParticleEnd(int end)
        {
            var result = -1;
            for (var j = end; ;)
            {
                var k = j;
                while (k < _tokens.Length && (IsParticle(k) || k == j && result > 0 && IsSurnameJoiner(k)))
                {
                    k++;
                }

                if (k < _tokens.Length && (IsArticleSurname(k) || k > j && _tokens[k].IsCapitalized && _tokens[k].Kind == TokenKind.Word))
                {
                    result = j = k + 1;
                    continue;
                }

                // "dos Santos Neto", "Pereira Filho": a generation word closes a particle surname.
                return result > 0 && result < _tokens.Length && _tokens[result].IsCapitalized && GenerationWords.Contains(_text, _tokens[result]) ? result + 1 : result;
            }
        }

        // "Rosa Elena" + "Quintero" + "Vidal": a second person name (one word or two) starting at most one capitalized
        // word after `end`, whose actor has no other mention, closes the first one; -1 when there is none.
        private int SplitSurnameEnd(int i, int end)
        {
            var gap = end < _tokens.Length && _tokens[end].IsCapitalized && _tokens[end].Kind == TokenKind.Word && !IsNameToken(end) ? 1 : 0;
            var next = end + gap;
            for (var k = 0; k < _mentions.Count; k++)
            {
                var o = _mentions[k];
                if (k != i && o.First == next && o.Kind == MentionKind.Name && o.Actor.Kind == ActorKind.Person && o.Actor.Entry == null
                    && o.Count <= 2 && (MentionCount(o.Actor) == 1 || OnlyTailsOf(o.Actor, _mentions[i].NameFirst, o.First + o.Count)))
                {
                    return o.First + o.Count;
                }
            }

            return -1;
        }

        // "Bougane Gueye" + "Dany" ... "Gueye Dany said": the second part's actor may already hold later mentions that
        // name the person by the last words of the joined name first..end; they then name the joined person too.
        private bool OnlyTailsOf(ActorBuilder actor, int first, int end)
        {
            var full = " " + SpanText(first, end);
            foreach (ref readonly var o in _mentions)
            {
                if (ReferenceEquals(o.Actor, actor) && (o.Kind != MentionKind.Name
                        || !full.EndsWith(" " + SpanText(o.NameFirst, o.NameFirst + o.NameCount), System.StringComparison.Ordinal)))
                {
                    return false;
                }
            }

            return true;
        }

        private bool IsSurnameJoiner(int t) => _tokens[t].Length == 1 && _text[_tokens[t].Start] == 'e' && _tokens[t].Kind == TokenKind.Word;

        // "la", "las", "los", "le" only after another particle ("de la Garza", "de los Santos"): alone they are articles.
        private bool IsParticle(int t) =>
            _tokens[t].Kind == TokenKind.Word && _tokens[t].IsLower
            && (NameParticles.Contains(_text, _tokens[t]) || _tokens[t].Length <= 3 && t > 0 && _tokens[t - 1].IsLower && SecondParticles.Contains(_text, _tokens[t]) && IsParticle(t - 1));

        // "al-Rashid", "el-Amin", "bin-Salem": an Arabic article or "son of" joined to a capitalized surname.
        private bool IsArticleSurname(int t)
        {
            var token = _tokens[t];
            if (token.Kind != TokenKind.Word || token.Length < 5 || !char.IsLower(_text[token.Start]))
            {
                return false;
            }

            var hyphen = _text.IndexOf('-', token.Start, 4);
            return hyphen > token.Start && hyphen + 1 < token.End && char.IsUpper(_text[hyphen + 1])
                && ArticleWords.Contains(_text.Substring(token.Start, hyphen - token.Start));
        }

        private bool IsNameToken(int t)
        {
            foreach (ref readonly var o in _mentions)
            {
                if (t >= o.First && t < o.First + o.Count)
                {
                    return true;
                }
            }

            return false;
        }

        private int MentionCount(ActorBuilder actor)
        {
            var n = 0;
            foreach (ref readonly var o in _mentions)
            {
                n += ReferenceEquals(o.Actor, actor) ? 1 : 0;
            }

            return n;
        }

        // Mention i's name runs to `joined`: the mentions inside the added words go, and the actor takes the long name.
        private void ExtendPersonName(ref int i, int joined)
        {
            var m = _mentions[i];
            var end = m.NameFirst + m.NameCount;
            for (var k = _mentions.Count - 1; k >= 0; k--)
            {
                if (k != i && _mentions[k].First >= end && _mentions[k].First < joined)
                {
                    _mentions.RemoveAt(k);
                    i -= k < i ? 1 : 0;
                }
            }

            ReSpanName(i, m.NameFirst, joined);
        }

        private static readonly TermTable<bool> NameParticles = Table(new[]
        {
            "de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "ter", "bin", "binti", "ibn", "bint", "y",
        });

        private static readonly TermTable<bool> GenerationWords = Table(new[] { "neto", "filho", "sobrinho", "junior", "júnior" });

        private static readonly TermTable<bool> SecondParticles = Table(new[] { "la", "las", "los", "le" });

        private static readonly System.Collections.Generic.HashSet<string> ArticleWords = new(System.StringComparer.Ordinal)
        {
            "al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu",
        };
    }
}

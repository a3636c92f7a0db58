using System.Collections.Generic;
using Newswire.Extraction.Text;

// Resolve: newspapers, magazines and broadcasters named by a media head word ("Harwick Gazette", "The Kessel Times").
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // "Stan told The Harwick Gazette": a name of two or more words ending in a media head is an organization
        // (in the training text such names are organizations almost without exception), and a capitalized "The"
        // opening it is no part of the name, as CoNLL writes it ("Harwick Gazette"; the phrase keeps it). Names the
        // lexicon knows keep their kind; a person keeps a head a surname may be spelled like ("Dana Post").
        private void RetypeMediaNames()
        {
            List<(int First, int End)>? retyped = null;
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                if (m.NameCount < 2 || m.Actor.Entry != null || !IsNameKind(m.Kind))
                {
                    continue;
                }

                var end = m.NameFirst + m.NameCount;
                var last = _tokens[end - 1];
                if (!last.IsCapitalized || !MediaHeads.TryGet(_text, last, out var surnameToo))
                {
                    continue;
                }

                var the = IsThe(m.NameFirst);
                if ((m.Actor.Kind == ActorKind.Organization && !the) || (m.Actor.Kind == ActorKind.Person && surnameToo))
                {
                    continue;
                }

                _mentions.RemoveAt(i);
                (retyped ??= new List<(int, int)>()).Add((the ? m.NameFirst + 1 : m.NameFirst, end));
            }

            if (retyped == null)
            {
                return;
            }

            for (var r = retyped.Count - 1; r >= 0; r--)
            {
                var (first, end) = retyped[r];
                AddNamed(first, end, ActorKind.Organization, null, null, _tt.SentenceOf(first), true);
            }
        }

        // Last words of media names; true where a surname may be spelled the same.
        private static readonly TermTable<bool> MediaHeads = MediaHeadTable();

        private static TermTable<bool> MediaHeadTable()
        {
            string[] heads =
            {
                "times", "herald", "gazette", "tribune", "chronicle", "telegraph", "journal", "magazine", "weekly", "daily",
                "newspaper", "paper", "inquirer", "enquirer", "examiner", "dispatch", "courier", "observer", "guardian",
                "news", "review", "standard", "globe", "bulletin", "sentinel", "advertiser", "radio", "television", "tv",
            };
            string[] surnames = { "post", "press", "mail", "mirror" };
            var table = new TermTable<bool>(heads.Length + surnames.Length);
            foreach (var w in heads)
            {
                table.Set(w, false);
            }

            foreach (var w in surnames)
            {
                table.Set(w, true);
            }

            return table;
        }
    }
}

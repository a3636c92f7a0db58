using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "fled to Renko and Bari", "troops raided Tamsu and Orvik": two lone unknown words joined by "and"/"or"
// where a place goes (after a preposition of place, a verb of motion and "to", or a verb whose object is a place)
// are two places. The tagger reads one of them as a surname and leaves the other out.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Added as places when no mention covers them; read as persons (one word, no role, no known given name, never
        // named in full), retyped. A lexicon place may be either word ("Renko and Juba"); other lexicon words stop it.
        private void NamePlaceLists()
        {
            bool[]? covered = null;
            List<ActorBuilder>? retyped = null;
            var tokens = _tokens;
            var capitals = _triggers.At(Trigger.Capitalized, out var n); // a list word is capitalized (IsPlaceListWord)
            for (var i = 0; i < n && capitals[i] + 2 < tokens.Length; i++)
            {
                var t = capitals[i];
                // The hash of "and"/"or" first: the call costs more than the test.
                var hash = tokens[t + 1].Hash;
                if (t < 1 || (hash != AndHash && hash != OrHash) || !IsAndOr(t + 1) || !IsPlaceListWord(t) || !IsPlaceListWord(t + 2) || CapitalizedAt(t + 3) || PossessiveAt(t + 3)
                    || _tt.SentenceOf(t) != _tt.SentenceOf(t + 2) || !PlaceListContext(t))
                {
                    continue;
                }

                covered ??= CoveredTokens();
                for (var c = t; c <= t + 2; c += 2)
                {
                    if (!covered[c])
                    {
                        AddNamed(c, c + 1, ActorKind.Location, null, null, _tt.SentenceOf(c), false);
                    }
                    else if (LonePersonAt(c) is { } person && !(retyped?.Contains(person) ?? false))
                    {
                        (retyped ??= new List<ActorBuilder>()).Add(person);
                    }
                }
            }

            if (retyped != null)
            {
                RetypeNames(retyped, ActorKind.Location);
            }
        }

        // "in Kessa and Morvil's study": authors, not places (the training text's one person pair in this frame).
        private bool PossessiveAt(int t) => t < _tokens.Length && _tokens[t].Kind == TokenKind.Possessive;

        private bool IsPlaceListWord(int t)
        {
            var token = _tokens[t];
            return token.Kind == TokenKind.Word && token.IsCapitalized && !token.IsAllCaps && !CapitalizedAt(t - 1) && PlainCapitalized(t)
                   && !_lex.IsGivenName(_text, token) && !_lex.TryDemonym(_text, token, out _)
                   && !WordLists.CommonCapitalized.Contains(_text, token) && !WordLists.Weekdays.Contains(_text, token)
                   && (!_lex.Match(_tt, _wordIds, t, t + 1, false, out var known)
                       || known.Entry.Kind == LexiconKind.Place || known.Entry.Kind == LexiconKind.Country);
        }

        // A preposition inside a longer name does not count ("the Prize in Physiology or Medicine").
        private bool PlaceListContext(int t) =>
            (AfterPlacePreposition(t) && !(t >= 2 && CapitalizedAt(t - 2) && _tt.Sentences[_tt.SentenceOf(t - 2)].FirstToken != t - 2))
            || (_tokens[t - 1].IsLower && PlaceObjectVerbs.Contains(_text, _tokens[t - 1]));

        // A plain name's shape: no capital after the first letter ("FIVEaa", "McAlla" are call signs and surnames).
        private bool PlainCapitalized(int t)
        {
            var token = _tokens[t];
            for (var i = token.Start + 1; i < token.End; i++)
            {
                if (char.IsUpper(_text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        // The actor of a one-word person name mention at token t that nothing else says is a person.
        private ActorBuilder? LonePersonAt(int t)
        {
            foreach (ref readonly var m in _mentions)
            {
                if (m.NameFirst == t && m.NameCount == 1 && IsNameKind(m.Kind) && m.Actor.Kind == ActorKind.Person
                    && m.Actor.Entry == null && !m.Known && m.Actor.Roles.Count == 0 && OnlyLoneNames(m.Actor))
                {
                    return m.Actor;
                }
            }

            return null;
        }

        // Verbs whose object is a place: a list of lone names after them is a list of places ("raided", "shelled";
        // not "visited" or "attacked", whose objects are as often persons).
        private static readonly TermTable<bool> PlaceObjectVerbs = WordTable(
            "raided", "raiding", "stormed", "shelled", "shelling", "bombarded", "overran", "toured", "evacuated");
    }
}

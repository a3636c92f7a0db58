using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: a name right after a noun that classes it as a company, band, label ... is an organization's ("the German
// carmaker Kessel", "the punk band Quill Lane", "a group called Harwick Watch").
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // In the training text (../shared/train/ner) the capitalized word right after these nouns (or after the noun
        // and "called"/"named") opens an organization's name 41 times in 46 (the rest: unlabelled names of a
        // militia and a website, a tweet's "RT", a sensor); nouns that class people or works as often ("producer", "team", "journal", "site", "school",
        // "agency", "daily") are left out. A name read there keeps its reading when the lexicon knows it or it is a
        // person with a given name, a role or a pronoun; a capitalized run no mention covers becomes a name.
        private void NameClassNounOrganizations()
        {
            List<(ActorBuilder Actor, ActorKind Kind)>? retyped = null;
            foreach (var t in CapitalsAfterLower())
            {
                if (_tokens[t].Kind != TokenKind.Word || !AfterClassNoun(t) || CapitalsSayNothing(_tt.SentenceOf(t))
                    || WordLists.CommonCapitalized.Contains(_text, _tokens[t]) || InList(WordClass.Weekdays, t))
                {
                    continue;
                }

                var named = NameMentionAt(t);
                if (named < 0)
                {
                    AddClassedRun(t);
                    continue;
                }

                var m = _mentions[named];
                if (m.Actor.Kind != ActorKind.Organization && m.Actor.Entry == null && !m.Known && MayRetype(m.Actor) && !Listed(retyped, m.Actor))
                {
                    (retyped ??= new List<(ActorBuilder, ActorKind)>()).Add((m.Actor, ActorKind.Organization));
                }
            }

            if (retyped != null)
            {
                RetypeActors(retyped);
            }
        }

        // Whether a class noun (in lower case, in t's sentence) comes right before t, or before "called"/"named" there.
        private bool AfterClassNoun(int t)
        {
            var noun = t - 1;
            if (noun >= 1 && _tokens[noun].IsLower && (_tt.Is(noun, "called") || _tt.Is(noun, "named")))
            {
                noun--;
            }

            return _tokens[noun].Kind == TokenKind.Word && _tokens[noun].IsLower
                   && (InList(WordClass.ClassNouns, noun) || IsAcronymAfterBodyNoun(noun, t) || IsNamedAgency(noun, t))
                   && _tt.SentenceOf(noun) == _tt.SentenceOf(t) && !AfterHyphen(noun);
        }

        // "the rebel alliance FLA", "the regional bloc IGAD", "the state news agency SUNA": a body noun classes an
        // acronym right after it (one word in capitals; a capitalized word after these nouns is as often a place or
        // a person: "the alliance Monday", "a mission Kabul approved").
        private bool IsAcronymAfterBodyNoun(int noun, int t) =>
            t == noun + 1 && _tokens[t].IsAllCaps && _tokens[t].Length >= 2 && (t + 1 >= _tokens.Length || !_tokens[t + 1].IsCapitalized)
            && WordLists.AcronymBodyNouns.Contains(_text, _tokens[noun]);

        // "the environment agency Ibama", "the state news agency Bernama": "agency" after a lower-case word that says
        // what it does classes the one word after it as the agency's name (alone, "agency" classes people as often).
        private bool IsNamedAgency(int noun, int t) =>
            t == noun + 1 && noun >= 1 && _tt.Is(noun, "agency") && _tokens[noun - 1].Kind == TokenKind.Word && _tokens[noun - 1].IsLower
            && (t + 1 >= _tokens.Length || !_tokens[t + 1].IsCapitalized);

        // "an L-band Sensor", "a K - band Radar": a compound noun of another kind.
        private bool AfterHyphen(int t) =>
            t >= 1 && _tokens[t - 1].Kind != TokenKind.Word && _tokens[t - 1].Length == 1 && _text[_tokens[t - 1].Start] is '-' or '\u2013' or '\u2010';

        // The name mention that starts at token t, or -1; -2 when another mention covers t (it keeps the word).
        private int NameMentionAt(int t)
        {
            var found = -1;
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                if (m.NameFirst == t && IsNameKind(m.Kind))
                {
                    return i;
                }

                if (t >= m.First && t < m.First + m.Count)
                {
                    found = -2;
                }
            }

            return found == -2 ? -2 : -1;
        }

        // The capitalized run from `first` (not one ending at a possessive: "the firm Kessel's chief") as a name.
        private void AddClassedRun(int first)
        {
            if (IsCovered(first))
            {
                return;
            }

            var sentence = _tt.SentenceOf(first);
            var end = first;
            while (end < _tokens.Length && _tt.SentenceOf(end) == sentence && _tokens[end].Kind == TokenKind.Word && _tokens[end].IsCapitalized
                   && !IsCovered(end) && end - first < MaxClassedWords)
            {
                end++;
            }

            if (end < _tokens.Length && _tokens[end].Kind == TokenKind.Possessive)
            {
                return;
            }

            AddNamed(first, end, ActorKind.Organization, null, null, sentence, false);
        }

        private const int MaxClassedWords = 4;
    }
}

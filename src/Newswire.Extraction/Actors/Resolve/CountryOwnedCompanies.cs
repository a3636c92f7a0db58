using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: "Switzerland's MSC", "Kenya's Dormans, which buys the crop", "Romania's Hidroelectrica ... Hidroelectrica
// chief executive X": a country's (or place's) possessive before a name the tagger has never seen. In the training
// text the word after "<Country>'s" is a person as often as a company ("Canada's Bouchard"), so the name needs one
// sign of a company: an acronym or a digit in it, "which" after it, or the same word before a title elsewhere in the
// article (a body's officer). The company takes the owner's country.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private const int MaxOwnedCompanyWords = 3;

        private void NameCountryOwnedCompanies()
        {
            // Only the possessives are candidates.
            var possessives = _triggers.At(Trigger.Possessive, out var n);
            var from = 1; // past the last company named
            for (var i = 0; i < n; i++)
            {
                var p = possessives[i];
                if (p < from || p + 1 >= _tokens.Length || !IsCapitalizedBareWord(p + 1) || _lex.IsGivenName(_text, _tokens[p + 1])
                    || PlaceOwnerBefore(p) is not { } actor)
                {
                    continue;
                }

                var sentence = _tt.SentenceOf(p);
                var end = p + 2;
                while (end < _tokens.Length && end - p - 1 < MaxOwnedCompanyWords && IsCapitalizedBareWord(end) && _tt.SentenceOf(end) == sentence)
                {
                    end++;
                }

                if (!(end < _tokens.Length && _tokens[end].IsCapitalized)
                    && CompanySign(p + 1, end))
                {
                    AddNamed(p + 1, end, ActorKind.Organization, actor.Country, null, sentence, false);
                    from = end;
                }
            }
        }

        // "Fondul Proprietatea, which owns 20 percent": an unknown name read as a person, followed by "which" and not
        // opened by a known given name, is a company the tagger has never seen (persons take "who").
        private void RetypeWhichPersons()
        {
            List<(ActorBuilder Actor, ActorKind Kind)>? retyped = null;
            foreach (ref readonly var m in _mentions)
            {
                if (IsNameKind(m.Kind) && m.Actor.Kind == ActorKind.Person && m.Actor.Entry == null && m.Actor.RoleCount == 0
                    && m.NameCount is >= 2 and <= 3 && WhichAfter(m.NameFirst + m.NameCount)
                    && !_lex.IsGivenName(_text, _tokens[m.NameFirst]) && !Listed(retyped, m.Actor))
                {
                    (retyped ??= new List<(ActorBuilder, ActorKind)>()).Add((m.Actor, ActorKind.Organization));
                }
            }

            if (retyped != null)
            {
                RetypeActors(retyped);
            }
        }

        // The place with a country whose name mention ends right before the possessive at token p.
        private ActorBuilder? PlaceOwnerBefore(int p)
        {
            foreach (ref readonly var m in _mentions)
            {
                if (m.First + m.Count == p && m.Kind == MentionKind.Name && m.Actor.Kind == ActorKind.Location && m.Actor.Country != null)
                {
                    return m.Actor;
                }
            }

            return null;
        }

        private bool CompanySign(int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                if (_tokens[t].IsAllCaps && _tokens[t].Length >= 2 || _tokens[t].Is(TokenFlags.HasDigit))
                {
                    return true;
                }
            }

            return WhichAfter(end) || TitledElsewhere(first);
        }

        // "Dormans, which buys": a thing, not a person ("who").
        private bool WhichAfter(int end) =>
            end < _tokens.Length && (_tt.Is(end, "which") || _tokens[end].Kind == TokenKind.Punctuation && _text[_tokens[end].Start] == ',' && end + 1 < _tokens.Length && _tt.Is(end + 1, "which"));

        // "Hidroelectrica chief executive Karoly ...": the word again, right before a title word.
        private bool TitledElsewhere(int first)
        {
            for (var t = 0; t + 1 < _tokens.Length; t++)
            {
                if (t != first && _tokens[t].Hash == _tokens[first].Hash && _tokens[t].Length == _tokens[first].Length
                    && string.CompareOrdinal(_text, _tokens[t].Start, _text, _tokens[first].Start, _tokens[first].Length) == 0
                    && _tokens[t + 1].IsLower && InList(WordClass.TitleHeads, t + 1))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

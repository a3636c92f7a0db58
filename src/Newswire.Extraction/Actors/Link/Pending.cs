using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Link: headline and all-caps sentences, and single words left pending until the body named them.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // ---- headline and all-caps sentences -----------------------------------------------------------

        [MethodImpl(Hot.Path)]
        private void ScanCapsSentence(Sentence sentence)
        {
            var allCaps = (sentence.Flags & SentenceFlags.AllCaps) != 0;
            var end = sentence.EndToken;
            var i = sentence.FirstToken;
            while (i < end)
            {
                if (_tokens[i].Kind != TokenKind.Word)
                {
                    i++;
                    continue;
                }

                if (_lex.Match(_tt, _wordIds, i, end, allCaps, out var m) && (m.Entry.Kind != LexiconKind.Person || (m.Flags & SurfaceFlags.Surname) == 0 || _byEntry.ContainsKey(m.Entry.Id)))
                {
                    if (m.Entry.Kind == LexiconKind.Person)
                    {
                        AddPerson(i, i + m.TokenCount, i, i + m.TokenCount, null, null, m.Entry);
                    }
                    else if (m.TokenCount > 1 || !InList(WordClass.TitleHeads, i))
                    {
                        AddLexicon(i, i + m.TokenCount, m.Entry, -1);
                    }

                    i += m.TokenCount;
                    continue;
                }

                // Names the body already introduced ("Belousov").
                if (_aliases.TryGet(_text, _tokens[i], out var known) || _personWords.TryGet(_text, _tokens[i], out known))
                {
                    AddMention(i, 1, known, MentionKind.Name);
                }

                i++;
            }
        }

        // ---- pending single words ----------------------------------------------------------------------

        [MethodImpl(Hot.Path)]
        private void ResolvePending()
        {
            if (_pending.Count == 0)
            {
                return;
            }

            // Ends of place mentions that follow a locative preposition ("in Baghdad"), for lists of places.
            var placeEnds = _lists.PlaceEnds;
            placeEnds.Clear();
            foreach (ref readonly var m in _mentions)
            {
                if (m.Actor.Kind == ActorKind.Location && m.First > 0 && InList(WordClass.Locatives, m.First - 1))
                {
                    placeEnds.Add(m.First + m.Count);
                }
            }

            var later = _lists.Later;
            later.Clear();
            foreach (var (token, locative) in _pending)
            {
                if (_personWords.TryGet(_text, _tokens[token], out var person))
                {
                    AddMention(token, 1, person, MentionKind.Name);
                    continue;
                }

                if (_aliases.TryGet(_text, _tokens[token], out var known))
                {
                    AddMention(token, 1, known, MentionKind.Name);
                    continue;
                }

                if (locative == 1 || PlaceNounOf(token) || InPlaceList(token, placeEnds))
                {
                    AddNamed(token, token + 1, ActorKind.Location, null, null, -1, false);
                    placeEnds.Add(token + 1);
                    KnowLocativePlace(token, locative == 1);

                    // "the Syrian town of Dabiq": a singular place noun phrase is part of the span.
                    var last = _mentions[_mentions.Count - 1];
                    if (last.First == token && PlaceNounOf(token) && _tokens[token - 2].Length == 4 && (_tt.Is(token - 2, "town") || _tt.Is(token - 2, "city")))
                    {
                        var from = PlaceNounStart(token - 2);
                        last.Count += token - from;
                        last.First = from;
                        _mentions[_mentions.Count - 1] = last;
                    }
                }
                else
                {
                    later.Add(token);
                }
            }

            // "Dabiq held symbolic importance": a word the article already placed is that place everywhere.
            var places = _byName[(int)ActorKind.Location];
            foreach (var token in later)
            {
                ref readonly var t = ref _tokens[token];
                if (places.TryGet(_text, t.Start, t.Length, t.Hash, out var place))
                {
                    AddMention(token, 1, place, MentionKind.Name);
                }
            }
        }

        // "the Iraqi city of", "the northwest province of", "the port city of": where the noun phrase naming a place
        // by its kind starts (its "the" and up to two modifiers), given the place noun's index; else the noun itself.
        [MethodImpl(Hot.Path)]
        private int PlaceNounStart(int noun)
        {
            var k = noun - 1;
            var steps = 0;
            while (k >= 0 && steps < 2 && _tokens[k].Kind == TokenKind.Word && !IsThe(k)
                   && (_tokens[k].IsLower && !IsFunctionWord(k) || _tokens[k].IsCapitalized && _lex.TryDemonym(_text, _tokens[k], out _)))
            {
                k--;
                steps++;
            }

            return k >= 0 && IsThe(k) ? k : noun;
        }

        // "the towns of Jabla", "the Syrian city of Dabiq": a place noun and "of" before the word.
        private bool PlaceNounOf(int token) =>
            token >= 2 && _tt.Is(token - 1, "of") && _tokens[token - 1].Length == 2 && _tokens[token - 2].IsLower
            && (InList(WordClass.LowerPlaceHeads, token - 2) || InList(WordClass.PlaceNouns, token - 2));

        // "in Baghdad and Najaf", "in Qamenas, Sarmin and Talamenes": a word coordinated with a place that a
        // locative preposition opened. placeEnds: token indexes right after such places.
        private bool InPlaceList(int token, HashSet<int> placeEnds)
        {
            var c = token - 1;
            return c >= 1 && (_tt.Is(c, "and") || _tt.Is(c, "or") || IsComma(c)) && placeEnds.Contains(c);
        }
    }
}

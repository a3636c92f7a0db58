using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Names;
using Newswire.Extraction.Text;

// Resolve: the statistical tagger's names arbitrate the names the chunk rules proposed. The lexicon keeps the last
// word on what it knows; for everything else the tagger decides whether a capitalized run is a name, where it starts
// and ends, and its type. Runs after all names are proposed, before descriptions and pronouns are linked.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Confidence of the tagger name being added, for the mentions AddPerson/AddNamed/AddLexicon make (-1: none).
        private float _proposal = -1f;

        // Whether the mentions being added name a lexicon entry through an actor of their own (see RawMention.Known).
        private bool _known;

        private void ArbitrateNames()
        {
            var tagged = _lists.Tagged;
            tagged.Clear();
            NameTagger.Default.Tag(_tt, tagged);
            if (tagged.Count == 0)
            {
                // No model, or no name at all: the rules' proposals stand.
                ApplyNameRules();
                return;
            }

            var proposed = _mentions.Count;
            var owner = OwnersOfTokens(proposed);
            MarkReserved(owner);
            var state = _lists.States;
            state.Clear();
            for (var m = 0; m < proposed; m++)
            {
                state.Add(MentionState.Unconfirmed);
            }

            var fallback = _lists.Fallback;
            fallback.Clear();
            foreach (var name in tagged)
            {
                if (AfterAffiliation(name) is { TokenCount: > 0 } after)
                {
                    ArbitrateName(after, owner, state, fallback);
                }
            }

            MarkTaggerConfirmed(proposed, state);
            KeepSupportedMentions(proposed, state);
            AddFallbacks(fallback);
            JoinMiddleNamePlaces();
            JoinCountryGivenNames();
            ExtendPlaceLedNames();
            JoinLegalFormNames();
            ApplyNameRules();
        }

        // owner[token]: the mention whose phrase covers the token (the longest when several do).
        private int[] OwnersOfTokens(int proposed)
        {
            var owner = Scratch.AtLeast(ref _scratch.Ints3, _tokens.Length);
            for (var t = 0; t < _tokens.Length; t++)
            {
                owner[t] = -1;
            }

            for (var m = 0; m < proposed; m++)
            {
                var mention = _mentions[m];
                for (var t = mention.First; t < mention.First + mention.Count; t++)
                {
                    if (owner[t] < 0 || _mentions[owner[t]].Count < mention.Count)
                    {
                        owner[t] = m;
                    }
                }
            }

            return owner;
        }

        // One tagger name against the rules' mentions it overlaps: it is dropped, added, confirms a mention,
        // loses to the lexicon (kept as a fallback) or replaces the rules' guesses.
        private void ArbitrateName(TaggedName name, int[] owner, List<MentionState> state, List<TaggedName> fallback)
        {
            var overlapping = _lists.Overlapping;
            if (CollectOverlapping(name, owner, overlapping))
            {
                return;
            }

            var kind = ActorKindOf(name);
            if (kind != null && IsLoneHeadWord(name))
            {
                LinkHeadWord(name, overlapping);
                return;
            }

            if (kind != null && (IsOfficeQualifier(name) || EndsLowerCase(name)))
            {
                return;
            }

            if (overlapping.Count == 0)
            {
                if (kind != null && SureEnoughInSentence(name))
                {
                    AddTagged(name, kind.Value);
                }

                return;
            }

            // A description, group phrase or pronoun the rules read there, or the title or determiner of a
            // name ("Russian Defense Minister Andrei Belousov"): the rules' reading of the phrase stands.
            if (!InsidePhraseOnly(overlapping, name))
            {
                ResolveOverlap(name, kind, overlapping, state, fallback);
            }
        }

        // Fills overlapping with the mentions the name's tokens belong to; true when a token is reserved.
        private bool CollectOverlapping(TaggedName name, int[] owner, List<int> overlapping)
        {
            overlapping.Clear();
            var reserved = false;
            for (var t = name.FirstToken; t < name.EndToken; t++)
            {
                reserved |= owner[t] == Reserved;
                if (owner[t] >= 0 && !overlapping.Contains(owner[t]))
                {
                    overlapping.Add(owner[t]);
                }
            }

            return reserved;
        }

        // The tagger's type as an actor kind; none for a nationality word ("Russian", "Chinese": CoNLL's MISC) or a
        // person of a people ("Irishman", PeopleNouns.cs).
        private ActorKind? ActorKindOf(TaggedName name)
        {
            var kind = KindOf(name.Type);
            if (kind != null && name.TokenCount == 1 && (_lex.TryDemonym(_text, _tokens[name.FirstToken], out _) || IsPeopleNoun(name.FirstToken)))
            {
                return null;
            }

            return kind;
        }

        // A title-case headline capitalizes every word: there the tagger's new names need to be sure.
        private bool SureEnoughInSentence(TaggedName name) =>
            name.Confidence >= Confidences.SureInHeadline || !_tt.Sentences[_tt.SentenceOf(name.FirstToken)].CapsUninformative;

        // The lexicon always stands; a rule's evidence stands unless the tagger is sure.
        private void ResolveOverlap(TaggedName name, ActorKind? kind, List<int> overlapping, List<MentionState> state, List<TaggedName> fallback)
        {
            var anyLexicon = false;
            var anyKnown = false;
            var sameSpanSameKind = -1;
            foreach (var m in overlapping)
            {
                var mention = _mentions[m];
                anyKnown |= mention.Known;
                anyLexicon |= mention.Known || name.Confidence < Confidences.TaggerOverrulesEvidence;
                if (mention.NameFirst == name.FirstToken && mention.NameCount == name.TokenCount && kind == mention.Actor.Kind)
                {
                    sameSpanSameKind = m;
                }
            }

            if (sameSpanSameKind >= 0 && overlapping.Count == 1)
            {
                // Rule and tagger agree: the name stands, as sure as the tagger is (surer when the lexicon knows it).
                var mention = _mentions[sameSpanSameKind];
                mention.Confidence = mention.Known ? Confidences.Agreed(name.Confidence) : name.Confidence;
                _mentions[sameSpanSameKind] = mention;
                state[sameSpanSameKind] = MentionState.Confirmed;
                return;
            }

            if ((anyLexicon && !IsLongerOrganizationName(overlapping, name)) || IsConnectedOrganizationPart(overlapping, name))
            {
                // The lexicon knows (part of) it, or the name is one side of an organization the rules read over "for"/"of":
                // the rules' actor stands, less sure where the tagger reads it otherwise.
                foreach (var m in overlapping)
                {
                    if (state[m] == MentionState.Unconfirmed)
                    {
                        state[m] = MentionState.Disputed;
                    }
                }

                if (!anyKnown && kind != null && !IsLoneAcronym(name) && !HasPossessive(name) && SureEnoughInSentence(name))
                {
                    fallback.Add(name);
                }

                return;
            }

            // Only the rules' guesses overlap: the tagger's span and type replace them.
            foreach (var m in overlapping)
            {
                state[m] = MentionState.Replaced;
            }

            if (kind != null)
            {
                AddTagged(name, kind.Value);
            }
        }

        // Rule names the tagger did not find: the lexicon's stand; a guess stands only when another mention of
        // its actor was confirmed (one identity per actor in the article).
        // (a flag on the run's own actors: no hash set, no object hash codes)
        private void MarkTaggerConfirmed(int proposed, List<MentionState> state)
        {
            for (var m = 0; m < proposed; m++)
            {
                if (state[m] == MentionState.Confirmed)
                {
                    _mentions[m].Actor.TaggerConfirmed = true;
                }
            }

            for (var m = proposed; m < _mentions.Count; m++)
            {
                _mentions[m].Actor.TaggerConfirmed = true;
            }

            for (var m = 0; m < proposed; m++)
            {
                var mention = _mentions[m];
                if (state[m] != MentionState.Replaced && IsNameKind(mention.Kind) && (mention.Known || mention.NameCount > 1 || mention.Count > mention.NameCount))
                {
                    mention.Actor.TaggerConfirmed = true;
                }
            }
        }

        // Drops the replaced rule names and the unsupported lone words; gives the rest their confidence.
        private void KeepSupportedMentions(int proposed, List<MentionState> state)
        {
            var write = 0;
            for (var m = 0; m < _mentions.Count; m++)
            {
                var mention = _mentions[m];
                if (m < proposed && IsNameKind(mention.Kind) && !KeepsRuleName(ref mention, state[m]))
                {
                    continue;
                }

                _mentions[write++] = mention;
            }

            _mentions.RemoveRange(write, _mentions.Count - write);
        }

        // Whether a rule's name stays after arbitration, and how sure it is then.
        private static bool KeepsRuleName(ref RawMention mention, MentionState s)
        {
            if (s == MentionState.Replaced)
            {
                return false;
            }

            if (s == MentionState.Confirmed)
            {
                return true;
            }

            if (mention.Known)
            {
                mention.Confidence = s == MentionState.Disputed ? Confidences.LexiconDisputed : Confidences.LexiconOnly;
                return true;
            }

            if (mention.NameCount > 1 || mention.Count > mention.NameCount || mention.Actor.TaggerConfirmed)
            {
                // Evidence the tagger did not see: a name of several words ("3rd Battalion"), a name in a
                // phrase ("Cibolo, Texas", "Maj. Orwell"), or a word whose actor is named for sure elsewhere
                // ("CJTF" after its expansion).
                mention.Confidence = s == MentionState.Disputed ? Confidences.EvidenceDisputed : Confidences.EvidenceOnly;
                return true;
            }

            // A lone word ("DH", "BC") nothing else supports.
            return false;
        }

        // A tagger name that lost to a rule's evidence, where that rule's reading then went (a lone word nothing
        // else supports): the tagger's reading is the only one left, so it stands rather than nothing.
        private void AddFallbacks(List<TaggedName> fallback)
        {
            foreach (var name in fallback)
            {
                var covered = false;
                foreach (ref readonly var m in _mentions)
                {
                    covered |= m.First < name.EndToken && name.FirstToken < m.First + m.Count;
                }

                var kind = KindOf(name.Type);
                if (!covered && kind != null)
                {
                    AddTagged(name, kind.Value);
                }
            }
        }

        // "Byron" after "George Gordon Byron": a lone word left pending is the person whose surname it is, now
        // that the tagger's persons are known too.
        private void LinkPendingSurnames()
        {
            if (_pending.Count == 0)
            {
                return;
            }

            var covered = Scratch.AtLeast(ref _scratch.Bools1, _tokens.Length);
            System.Array.Clear(covered, 0, _tokens.Length);
            foreach (ref readonly var m in _mentions)
            {
                for (var t = m.First; t < m.First + m.Count; t++)
                {
                    covered[t] = true;
                }
            }

            foreach (var (token, _) in _pending)
            {
                if (!covered[token] && _personWords.TryGet(_text, _tokens[token], out var person))
                {
                    AddMention(token, 1, person, MentionKind.Name, -1, 0, Confidences.LinkedSurname);
                }
            }
        }

        // Adds a name the tagger found that no rule proposed (or that replaces the rules' guesses): the lexicon
        // retypes it when it knows the exact name; persons go through the person table (surnames link).
        private void AddTagged(TaggedName name, ActorKind kind)
        {
            var first = name.FirstToken;
            var end = name.EndToken;

            // "in Sri Lankan waters", "South African waters": a nationality of two words is no name of its own.
            var start = _tokens[first].Start;
            if (name.TokenCount > 1 && _lex.TryDemonym(_text, start, _tokens[end - 1].End - start, out _))
            {
                return;
            }

            var sentence = _tt.SentenceOf(first);
            _proposal = name.Confidence;
            if (_lex.Match(_tt, _wordIds, first, end, false, out var match) && match.TokenCount == name.TokenCount && (match.Flags & SurfaceFlags.Surname) == 0)
            {
                _proposal = Confidences.Agreed(name.Confidence);
                if (match.Entry.Kind == LexiconKind.Person)
                {
                    AddPerson(first, end, first, end, null, null, match.Entry);
                }
                else
                {
                    AddLexicon(first, end, match.Entry, sentence);
                }
            }
            else if (kind == ActorKind.Person)
            {
                AddPerson(first, end, first, end, null, null, null);
            }
            else
            {
                AddNamed(first, end, kind, null, null, sentence, true);
            }

            _proposal = -1f;
        }
    }

    private enum MentionState : byte
    {
        Unconfirmed,
        Confirmed,
        Disputed,
        Replaced,
    }
}

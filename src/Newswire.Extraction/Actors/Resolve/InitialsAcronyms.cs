using System;
using System.Collections.Generic;
using System.Text;
using Newswire.Extraction.Text;

// Resolve: an all-caps word spelled by the initials of an organization the article names ("Harwick Tidal Board" ...
// "HTB") is that organization, not a lone acronym or a lexicon organization that happens to share the letters.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Wire copy spells a body out once and then uses its letters, often without brackets. A lexicon organization
        // with the same letters keeps the acronym only when the article also names it in full.
        private void LinkInitialsAcronyms()
        {
            // Both passes read all-caps tokens only: an article without one has nothing to link.
            _triggers.At(Trigger.AllCaps, out var capitals);
            if (capitals == 0)
            {
                return;
            }

            var byInitials = OrganizationsByInitials();
            if (byInitials == null)
            {
                return;
            }

            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                var token = _tokens[m.NameFirst]; // the letters alone: "the HTB" is a mention of them too
                if (m.NameCount != 1 || !token.IsAllCaps || token.Length < 2 || token.Length > 8
                    || !byInitials.TryGetValue(_text.Substring(token.Start, token.Length), out var owner)
                    || owner == null || owner == m.Actor || m.Actor.Kind != ActorKind.Organization || NamedInFull(m.Actor))
                {
                    continue;
                }

                Relink(m.Actor, owner, m.NameFirst);
            }

            AddUnreadInitials(byInitials);
            byInitials.Clear(); // holds this article's builders
        }

        // Letters the tagger read as no name: a mention of the organization they spell.
        private void AddUnreadInitials(Dictionary<string, ActorBuilder?> byInitials)
        {
            var tokens = _tokens;
            var caps = _triggers.At(Trigger.AllCaps, out var n);
            for (var i = 0; i < n; i++)
            {
                var t = caps[i];
                ref readonly var token = ref tokens[t];
                // Three letters at least, in a line whose capitals mean something: "AT" and "IN" are words too.
                if (token.Kind == TokenKind.Word && token.IsAllCaps && token.Length >= 3 && token.Length <= 8
                    && byInitials.TryGetValue(_text.Substring(token.Start, token.Length), out var owner) && owner != null
                    && !_tt.Sentences[_tt.SentenceOf(t)].CapsUninformative && !IsCovered(t))
                {
                    AddAcronymMention(t, owner, Confidences.LinkedSurname);
                    AddAlias(owner, _text.Substring(token.Start, token.Length));
                }
            }
        }


        // Per thread, cleared per article: most articles name an organization, and this runs on each.
        [ThreadStatic]
        private static Dictionary<string, ActorBuilder?>? t_byInitials;

        [ThreadStatic]
        private static StringBuilder? t_letters;

        // Organizations named by two or more capitalized words, keyed by their initials; null where two share them.
        private Dictionary<string, ActorBuilder?>? OrganizationsByInitials()
        {
            Dictionary<string, ActorBuilder?>? byInitials = null;
            var letters = t_letters ??= new StringBuilder();
            foreach (ref readonly var m in _mentions)
            {
                if (m.Kind != MentionKind.Name || m.Actor.Kind != ActorKind.Organization || m.NameCount < 2 || !Initials(m, letters))
                {
                    continue;
                }

                if (byInitials == null)
                {
                    byInitials = t_byInitials ??= new Dictionary<string, ActorBuilder?>();
                    byInitials.Clear();
                }

                var key = letters.ToString();
                byInitials[key] = byInitials.TryGetValue(key, out var seen) && seen != m.Actor ? null : m.Actor;

                // "Bank of Harwick" is "BOH" too: central banks' letters keep the "of".
                if (Initials(m, letters, withOf: true) && letters.ToString() is var withOf && withOf != key)
                {
                    byInitials[withOf] = byInitials.TryGetValue(withOf, out seen) && seen != m.Actor ? null : m.Actor;
                }
            }

            return byInitials;
        }

        // The capital letters opening the name's words and their hyphenated parts ("Tehreek-e-Insaf": T, I); lower-case
        // words ("of", "and") are skipped. False when fewer than two letters or a word holds no letter.
        private bool Initials(RawMention m, StringBuilder letters, bool withOf = false)
        {
            letters.Clear();
            for (var t = m.NameFirst; t < m.NameFirst + m.NameCount; t++)
            {
                var token = _tokens[t];
                if (withOf && token.IsLower && _tt.Is(t, "of"))
                {
                    letters.Append('O');
                }

                if (token.Kind != TokenKind.Word || token.IsLower)
                {
                    continue;
                }

                if (token.IsAllCaps)
                {
                    return false; // "US Navy": letters inside letters make no reliable acronym
                }

                for (var k = token.Start; k < token.End; k++)
                {
                    if ((k == token.Start || _text[k - 1] == '-') && char.IsUpper(_text[k]))
                    {
                        letters.Append(_text[k]);
                    }
                }
            }

            return letters.Length >= 2;
        }

        // Whether the actor has a mention longer than one word (its full name in this article).
        private bool NamedInFull(ActorBuilder actor)
        {
            foreach (ref readonly var m in _mentions)
            {
                if (m.Actor == actor && m.NameCount > 1)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

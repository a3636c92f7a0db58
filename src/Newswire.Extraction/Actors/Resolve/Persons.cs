using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Resolve: persons, one identity per person in the article (surnames link to full names).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // ---- actors and mentions -----------------------------------------------------------------------

        private void AddPerson(int spanFirst, int spanEnd, int nameFirst, int nameEnd, string? role, string? country, LexiconEntry? entry, bool surnameOnly = false)
        {
            if (entry != null && HoldsOtherOffice(role, country, entry))
            {
                entry = null;
            }

            if (spanFirst == nameFirst && AddGroup(nameFirst, nameEnd, entry?.Country ?? country, person: true, leader: entry?.Name))
            {
                return;
            }

            // A surname the lexicon knows (surnameOnly) is named by the entry's full name below, so identities agree
            // across articles.
            _ = surnameOnly;
            var actor = KnownPerson(nameFirst, nameEnd, entry);
            if (country == null && entry?.Country == null && (spanFirst == nameFirst || spanFirst == nameFirst - 1))
            {
                country = DescribedNationality(nameFirst);
            }

            if (actor == null)
            {
                actor = entry != null
                    ? EntryPerson(entry, country, spanFirst)
                    : NewActor(WithoutNickname(SpanText(nameFirst, nameEnd)), ActorKind.Person, country, null, _tokens[spanFirst].Start);
                if (actor == null)
                {
                    return;
                }

                if (entry?.Role != null && role == null && !Contains(actor.Roles, entry.Role))
                {
                    actor.Roles.Add(entry.Role); // EntryPerson may hand back the entry's person from an earlier name
                }
            }

            if (actor.Country == null && country != null)
            {
                actor.Country = country;
            }

            AddRole(actor, role, entry);
            AddAliasSpan(actor, nameFirst, nameEnd);
            RegisterPersonWords(actor, nameFirst, nameEnd);
            AddMention(spanFirst, spanEnd - spanFirst, actor, MentionKind.Name, nameFirst, nameEnd - nameFirst);
        }

        // The person this name already is in the article: by lexicon entry, by a known surname or given name
        // ("Belousov"), or a full name whose surname is known unless the given names clash (the full name then
        // becomes the person's name); else null.
        private ActorBuilder? KnownPerson(int nameFirst, int nameEnd, LexiconEntry? entry)
        {
            if (entry != null && _byEntry.TryGetValue(entry.Id, out var byEntry))
            {
                return byEntry;
            }

            if (nameEnd - nameFirst == 1)
            {
                return _personWords.TryGet(_text, _tokens[nameFirst], out var known) ? known : null;
            }

            if (nameEnd - nameFirst > 1 && _personWords.TryGet(_text, _tokens[nameEnd - 1], out var bySurname)
                && bySurname.Entry == null && (bySurname.Name.IndexOf(' ') < 0 || bySurname.Name.StartsWith(SpanText(nameFirst, nameFirst + 1), StringComparison.OrdinalIgnoreCase)))
            {
                var full = SpanText(nameFirst, nameEnd);
                if (full.Length > bySurname.Name.Length)
                {
                    AddAlias(bySurname, bySurname.Name);
                    bySurname.Name = full;
                }

                return bySurname;
            }

            return null;
        }

        // NewActor for a lexicon person, remembered per entry for the article: the actor NewActor finds by the entry's
        // name never changes, and each later mention would otherwise build the same identity key again.
        private ActorBuilder? EntryPerson(LexiconEntry entry, string? country, int spanFirst)
        {
            var known = _entryPersons ??= new List<(LexiconEntry, ActorBuilder)>(4);
            foreach (var (e, a) in known)
            {
                if (e == entry)
                {
                    return a;
                }
            }

            var actor = NewActor(entry.Name, ActorKind.Person, entry.Country ?? country, entry, _tokens[spanFirst].Start);
            if (actor != null && known.Count < 32)
            {
                known.Add((entry, actor));
            }

            return actor;
        }

        private List<(LexiconEntry Entry, ActorBuilder Actor)>? _entryPersons;

        // A new role goes after the others, or first when the only one so far is the lexicon's default.
        private static void AddRole(ActorBuilder actor, string? role, LexiconEntry? entry)
        {
            if (role == null || Contains(actor.Roles, role))
            {
                return;
            }

            if (entry?.Role != null && actor.Roles.Count == 1 && actor.Roles[0] == entry.Role && !string.Equals(role, entry.Role, StringComparison.OrdinalIgnoreCase))
            {
                actor.Roles.Insert(0, role);
            }
            else
            {
                actor.Roles.Add(role);
            }
        }

        // "his Brazilian counterpart Mauro Vieira", "Russian opposition leader Ivan Roe": a nationality and
        // lower-case person nouns right before the name give the person's country (or null).
        [MethodImpl(Hot.Path)]
        private string? DescribedNationality(int nameFirst)
        {
            // "his Qatari counterpart Sheikh Mohammed": a capitalized honorific between the description and the name.
            if (nameFirst >= 2 && _tokens[nameFirst - 1].IsCapitalized && !_tokens[nameFirst - 1].IsAllCaps && InList(WordClass.TitleHeads, nameFirst - 1)
                && _tokens[nameFirst - 2].IsLower)
            {
                nameFirst--;
            }

            var k = nameFirst - 1;
            var nouns = 0;
            while (k >= 0 && nouns < 3 && _tokens[k].Kind == TokenKind.Word && _tokens[k].IsLower
                   && (InList(WordClass.PersonNouns, k) || InList(WordClass.PersonAdjectives, k)
                       || InList(WordClass.RoleNouns, k) || InList(WordClass.TitleHeads, k)))
            {
                k--;
                nouns++;
            }

            if (nouns == 0 || k < 0 || !_tokens[k].IsCapitalized || (_tokens[nameFirst - 1].Flags & TokenFlags.NewlineBefore) != 0)
            {
                return null;
            }

            // The word next to the name must be a noun, not an adjective ("the Russian former Ivan Roe").
            if (InList(WordClass.PersonAdjectives, nameFirst - 1))
            {
                return null;
            }

            return _lex.TryDemonym(_text, _tokens[k], out var code) && code.Length == 3 ? code : null;
        }

        private void RegisterPersonWords(ActorBuilder actor, int nameFirst, int nameEnd)
        {
            // The surname (last word) always; a lone given name never (too ambiguous).
            ref readonly var last = ref _tokens[nameEnd - 1];
            if (last.Length >= 2 && !last.Is(TokenFlags.Initial) && !_personWords.TryGet(_text, last, out _))
            {
                _personWords.Set(_text, last.Start, last.Length, actor);
            }

            // Spanish and Portuguese double surnames: "María Fernanda Cedeño Vélez" is named again "Cedeño", the
            // word before the last (the father's surname), which the tagger alone often misses ("Cedeño, a lawyer,").
            if (nameEnd - nameFirst >= 3)
            {
                ref readonly var penult = ref _tokens[nameEnd - 2];
                if (penult.Length >= 3 && penult.Kind == TokenKind.Word && penult.IsCapitalized && !penult.Is(TokenFlags.Initial)
                    && !_personWords.TryGet(_text, penult, out _))
                {
                    _personWords.Set(_text, penult.Start, penult.Length, actor);
                }
            }

            if (actor.Entry != null && !actor.EntrySurnameDone)
            {
                actor.EntrySurnameDone = true;
                var n = actor.Entry.Name;
                var sp = n.LastIndexOf(' ');
                var sur = sp >= 0 ? n.Substring(sp + 1) : n;
                if (!_personWords.TryGet(sur, out _))
                {
                    _personWords.Set(sur, actor);
                }
            }
        }
    }
}

using System;
using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Resolve: "Freedonia Police spokesman Ada Brelik": a body's role noun right before a person's name is that person's
// title, not an office holder of its own beside her.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Lower-case title words that may stand between the role noun and the name ("deputy head").
        private const int MaxTitleWordsBetween = 2;

        // "Unity Party general secretary Ada Brelik": the role phrase of the body was read as an unnamed office holder
        // (a person with description mentions only). When a person's name follows it, the office is that person's:
        // the role goes to her (with the body's country when she has none), the body keeps a name mention of its
        // own (CoNLL annotates "Unity Party" there) and the unnamed holder goes.
        private void NameOfficeHolders()
        {
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                if (m.Kind != MentionKind.Description || m.Actor.Kind != ActorKind.Person || m.Actor.Entry != null)
                {
                    continue;
                }

                var end = m.First + m.Count;
                var after = TitleWordsEnd(end);
                var named = PersonNameAt(after);
                if (named < 0 || ReferenceEquals(_mentions[named].Actor, m.Actor) || !OnlyDescriptions(m.Actor))
                {
                    continue;
                }

                var roleFirst = RoleWordsStart(m.First, end);
                if (roleFirst <= m.First || BodyActor(m.First, roleFirst) is not { } body)
                {
                    continue;
                }

                GiveOffice(i, named, roleFirst, after, body);
                i--;
            }
        }

        // The office holder's description mention i goes (the named person's mention stays the name alone, so the
        // country stage still reads the title words before it), and the body before them becomes a name mention.
        private void GiveOffice(int i, int named, int roleFirst, int after, ActorBuilder body)
        {
            var m = _mentions[i];
            var holder = _mentions[named].Actor;
            // A generic lexicon body ("Congress") lends no country here: the country stage decides whose it is.
            if (!Countries.GenericBodies.IsGeneric(body.Entry))
            {
                holder.Country ??= ByDefinedAcronym(body, m.First, roleFirst) ? body.Country : m.Actor.Country ?? body.Country;
            }

            if (holder.RoleCount == 0)
            {
                holder.Roles.Add(SpanText(roleFirst, after));
            }

            var bodyFirst = IsArticle(m.First) ? m.First + 1 : m.First;
            _mentions.RemoveAt(i);
            AddMention(bodyFirst, roleFirst - bodyFirst, body, MentionKind.Name);
        }

        // "Pakistan Tehreek-i-Insaf (PTI) ... PTI chairman Ada Brelik": the role phrase names the article's own body
        // by the acronym the article defined for it, so the phrase's lexicon reading of the letters (another body,
        // another country) lends no country; the body's own comes at the country stage.
        private bool ByDefinedAcronym(ActorBuilder body, int first, int roleFirst)
        {
            first = IsArticle(first) ? first + 1 : first;
            return body.Entry == null && body.HasAliases && roleFirst - first == 1 && _tokens[first].IsAllCaps
                   && AnySameText(body.Aliases, _tokens[first].Start, _tokens[first].Length);
        }

        // The end of up to MaxTitleWordsBetween lower-case title words from j ("deputy head"), else j.
        private int TitleWordsEnd(int j)
        {
            var k = j;
            while (k < _tokens.Length && k - j < MaxTitleWordsBetween && _tokens[k].Kind == TokenKind.Word && _tokens[k].IsLower
                   && (InList(WordClass.TitleHeads, k) || InList(WordClass.TitleModifiers, k) || InList(WordClass.RoleNouns, k)))
            {
                k++;
            }

            return k;
        }

        // The index of a person's name mention that starts at token t, else -1.
        private int PersonNameAt(int t)
        {
            for (var k = 0; k < _mentions.Count; k++)
            {
                var m = _mentions[k];
                if (m.First == t && m.NameFirst == t && m.Kind == MentionKind.Name && m.Actor.Kind == ActorKind.Person)
                {
                    return k;
                }
            }

            return -1;
        }

        private bool OnlyDescriptions(ActorBuilder actor)
        {
            foreach (ref readonly var m in _mentions)
            {
                if (ReferenceEquals(m.Actor, actor) && m.Kind != MentionKind.Description)
                {
                    return false;
                }
            }

            return true;
        }

        private int FirstLowerWord(int first, int end)
        {
            var j = IsArticle(first) ? first + 1 : first;
            while (j < end && !(_tokens[j].Kind == TokenKind.Word && _tokens[j].IsLower))
            {
                j++;
            }

            return j;
        }

        // Where the role words start: the lower-case run that ends the phrase ("general secretary"); a lower-case word
        // inside the body's name ("Reserve Bank of Malawi governor") is the body's.
        private int RoleWordsStart(int first, int end)
        {
            var start = IsArticle(first) ? first + 1 : first;
            var j = end;
            while (j > start && _tokens[j - 1].Kind == TokenKind.Word && _tokens[j - 1].IsLower)
            {
                j--;
            }

            return j;
        }

        // The organization the words [first, end) name (by its name or an alias), after an article; else null.
        private ActorBuilder? BodyActor(int first, int end)
        {
            if (IsArticle(first))
            {
                first++;
            }

            if (first >= end)
            {
                return null;
            }

            return ActorNamed(first, end, organizationsOnly: true);
        }

        // The organization (or place) the words [first, end) name by its name or an alias, one with a name mention
        // first (a body read only inside a role phrase has none), else null.
        private ActorBuilder? ActorNamed(int first, int end, bool organizationsOnly)
        {
            var start = _tokens[first].Start;
            var length = _tokens[end - 1].End - start;
            ActorBuilder? unmentioned = null;
            foreach (var a in _actors)
            {
                if ((organizationsOnly ? a.Kind == ActorKind.Organization : a.Kind != ActorKind.Person)
                    && (SameText(a.Name, start, length) || a.HasAliases && AnySameText(a.Aliases, start, length)))
                {
                    if (HasNameMention(a))
                    {
                        return a;
                    }

                    unmentioned ??= a;
                }
            }

            return unmentioned;
        }

        private bool HasNameMention(ActorBuilder actor)
        {
            foreach (ref readonly var m in _mentions)
            {
                if (ReferenceEquals(m.Actor, actor) && (m.Kind == MentionKind.Name || m.Kind == MentionKind.Acronym))
                {
                    return true;
                }
            }

            return false;
        }

        private bool AnySameText(List<string> names, int start, int length)
        {
            foreach (var n in names)
            {
                if (SameText(n, start, length))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

using System.Collections.Generic;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Resolve: "Freedonia's Ministry of Trade" is the Ministry of Trade (of Freedonia), named without its owner.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // A body read through its owner ("Freedonia's Ministry of Trade", "the Bank of Freedonia's Policy Board") is
        // one organization spanning both; its name is the body's own (CoNLL: "Freedonia" LOC, "Ministry of Trade"
        // ORG), with the owner's country, and the owner stays an actor. Only when the owner is an
        // organization or place of the article ("People's Bank", "McDonald's Corp" have no such owner). The phrase
        // keeps the owner (re3d annotates "the Freedonia's Ministry of Trade" whole); the owner gets a name mention
        // there only when it has none elsewhere, so its actor is not lost.
        private void SplitOwnedBodies()
        {
            List<(int First, int End, ActorBuilder Owner, int Phrase, int PhraseFirst, int PhraseEnd)>? owners = null;
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                if (m.Kind != MentionKind.Name || m.Actor.Kind != ActorKind.Organization || m.Actor.Entry != null || m.NameCount < 4)
                {
                    continue;
                }

                var end = m.NameFirst + m.NameCount;
                var p = InnerPossessive(m.NameFirst, end);
                if (p < 0 || !HasOrgHead(p + 1, end) || ActorNamed(m.NameFirst, p, organizationsOnly: false) is not { } owner)
                {
                    continue;
                }

                // "Freedonia's Vexmoor Affairs Office": the place in a portfolio body's name is what it deals with.
                var name = SpanText(p + 1, end);
                var country = Countries.OfficeCountry.IsPortfolioBody(name) ? owner.Country ?? m.Actor.Country : m.Actor.Country ?? owner.Country;
                var body = NewActor(name, ActorKind.Organization, country, null, _tokens[p + 1].Start);
                if (body == null)
                {
                    continue;
                }

                _byName[(int)ActorKind.Organization].Set(body.Name, body);
                (owners ??= new List<(int, int, ActorBuilder, int, int, int)>()).Add((m.NameFirst, p, owner, i, m.First, end));

                m.Actor = body;
                m.NameFirst = p + 1;
                m.NameCount = end - p - 1;
                _mentions[i] = m;
            }

            if (owners != null)
            {
                // Inside the body's phrase the owner is an inner name (Resolve/LocatedIn.cs): a mention of its own
                // there would overlap the phrase and be dropped from the result, and the owner with it.
                foreach (var (first, end, owner, phrase, _, _) in owners)
                {
                    if (HasNameMentionOutside(owner, owners))
                    {
                        continue;
                    }

                    var inner = RawMention.Name(first, end, owner, _mentions[phrase].Confidence, known: owner.Entry != null);
                    (_inner ??= new List<(RawMention, RawMention)>()).Add((inner, _mentions[phrase]));
                }
            }
        }

        // Whether the actor has a name mention outside every owned body's phrase: its own ones inside them are dropped
        // with the overlap when the result is made, so "Kenya's Finance Ministry" in both headline and lede would
        // otherwise lose Kenya twice over.
        private bool HasNameMentionOutside(ActorBuilder actor, List<(int First, int End, ActorBuilder Owner, int Phrase, int PhraseFirst, int PhraseEnd)> owned)
        {
            foreach (ref readonly var o in _mentions)
            {
                if (ReferenceEquals(o.Actor, actor) && (o.Kind == MentionKind.Name || o.Kind == MentionKind.Acronym) && !InsideAny(o.First, o.First + o.Count, owned))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool InsideAny(int first, int end, List<(int First, int End, ActorBuilder Owner, int Phrase, int PhraseFirst, int PhraseEnd)> owned)
        {
            foreach (var o in owned)
            {
                if (first < o.PhraseEnd && end > o.PhraseFirst)
                {
                    return true;
                }
            }

            return false;
        }

        // The possessive token inside the name [first, end), with a capitalized word after it; else -1.
        private int InnerPossessive(int first, int end)
        {
            for (var j = first + 1; j < end - 2; j++)
            {
                if (_tokens[j].Kind == TokenKind.Possessive)
                {
                    return _tokens[j + 1].IsCapitalized ? j : -1;
                }
            }

            return -1;
        }
    }
}

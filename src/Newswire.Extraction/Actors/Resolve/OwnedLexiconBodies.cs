using System.Collections.Generic;
using Newswire.Extraction.Actors.Countries;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Resolve: "Russia's Security Council" is Russia's own council, not the UN's.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Words after an owned name that make the owner the following noun's ("Russia's Security Council veto").
        private static readonly TermTable<bool> OwnedNounsAfter = TermTables.Words("veto", "vetoes", "seat", "vote", "votes", "presidency", "membership", "bid", "resolution");

        // The lexicon knows some international bodies by a bare function name every state also gives its own body
        // ("Security Council" for the UN Security Council). When the article names that body only by the bare name
        // and a country owns it ("Russia's Security Council"), it is that country's national body: an organization
        // of its own, named as the text names it, with the owner's country; every bare mention of it follows.
        private void SplitOwnedLexiconBodies()
        {
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                if (m.Kind != MentionKind.Name || m.Actor.Kind != ActorKind.Organization || m.Actor.Entry is not { Country: null } entry
                    || BareOwnerCountry(m) is not { } country)
                {
                    continue;
                }

                var name = SpanText(m.NameFirst, m.NameFirst + m.NameCount);
                if (string.Equals(name, entry.Name, System.StringComparison.OrdinalIgnoreCase) || !AllMentionsRead(m.Actor, name))
                {
                    continue;
                }

                var lexical = m.Actor;
                var body = NewActor(name, ActorKind.Organization, country, null, _tokens[m.NameFirst].Start);
                if (body == null || ReferenceEquals(body, lexical))
                {
                    continue;
                }

                _byName[(int)ActorKind.Organization].Set(body.Name, body);
                for (var j = 0; j < _mentions.Count; j++)
                {
                    if (ReferenceEquals(_mentions[j].Actor, lexical))
                    {
                        var o = _mentions[j];
                        o.Actor = body;
                        o.Known = false;
                        _mentions[j] = o;
                    }
                }
            }
        }

        // The country of the possessive owner right before a bare national-body name ("Russia's" + "Security
        // Council"), or null.
        private string? BareOwnerCountry(in RawMention m)
        {
            var p = m.NameFirst - 1;
            var end = m.NameFirst + m.NameCount;
            if (p < 1 || _tokens[p].Kind != TokenKind.Possessive || !OfficeCountry.IsNationalBodyOrCouncil(SpanText(m.NameFirst, end))
                || (end < _tokens.Length && OwnedNounsAfter.Contains(_text, _tokens[end])))
            {
                return null;
            }

            foreach (ref readonly var o in _mentions)
            {
                if (o.First + o.Count == p && o.Kind == MentionKind.Name && o.Actor is { Kind: ActorKind.Location, Country: { } country })
                {
                    return country;
                }
            }

            return null;
        }

        // Whether every mention of the lexicon actor names it by this bare name (none says "UN Security Council").
        private bool AllMentionsRead(ActorBuilder actor, string name)
        {
            foreach (ref readonly var o in _mentions)
            {
                if (ReferenceEquals(o.Actor, actor) && o.Kind == MentionKind.Name
                    && !string.Equals(SpanText(o.NameFirst, o.NameFirst + o.NameCount), name, System.StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

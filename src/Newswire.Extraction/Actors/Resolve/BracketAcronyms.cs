using Newswire.Extraction.Text;

// Resolve: an acronym defined in brackets after an organization's name ("the Harwick National Bureau of Statistics
// (HNBS)") names that organization everywhere in the article, even where an earlier reading made it an actor of its own.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // AddNamed links a bracketed acronym as it goes, but names that later rules build or extend ("Kenya" + "National
        // Bureau of Statistics" read as one organization) come after the acronym's own mentions were made. The article's
        // definition wins over that lone reading and over a lexicon organization with the same letters.
        private void LinkBracketAcronyms()
        {
            for (var m = 0; m < _mentions.Count; m++)
            {
                var named = _mentions[m];
                var open = named.NameFirst + named.NameCount;
                if (named.Kind != MentionKind.Name || named.Actor.Kind != ActorKind.Organization || named.NameCount < 2
                    || open + 2 >= _tokens.Length || !IsBracketedAcronym(open))
                {
                    continue;
                }

                var other = ActorOfMentionAt(open + 1);
                if (other != null && other.Entry != null && other != named.Actor && !AcronymLetters.InitialsOf(Acronym(open + 1), named.Actor.Name))
                {
                    continue; // "UNITED NATIONS (AP)": the agency the lexicon knows, not the name's letters
                }

                if (other != null && other != named.Actor && other.Kind == ActorKind.Organization)
                {
                    Relink(other, named.Actor, open + 1);
                }
                else if (other == null && !IsCovered(open + 1))
                {
                    AddAcronymMentions(named, open + 1); // the tagger read the unknown letters as no name
                }
            }
        }

        // The bracketed acronym and its later uses that no mention covers, as mentions of the named organization.
        private void AddAcronymMentions(RawMention named, int acronym)
        {
            var token = _tokens[acronym];
            for (var t = acronym; t < _tokens.Length; t++)
            {
                var candidate = _tokens[t];
                if (candidate.Length == token.Length && string.CompareOrdinal(_text, candidate.Start, _text, token.Start, token.Length) == 0
                    && (t == acronym || !IsCovered(t)))
                {
                    AddAcronymMention(t, named.Actor, named.Confidence);
                }
            }

            AddAlias(named.Actor, _text.Substring(token.Start, token.Length));
        }

        // A one-word acronym mention of the actor.
        private void AddAcronymMention(int token, ActorBuilder actor, float confidence) =>
            _mentions.Add(new RawMention { First = token, Count = 1, Actor = actor, Kind = MentionKind.Acronym, NameFirst = token, NameCount = 1, Confidence = confidence });

        private string Acronym(int token) => _text.Substring(_tokens[token].Start, _tokens[token].Length);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // asked after every organization name
        private bool IsBracketedAcronym(int open) =>
            _tokens[open + 1].IsAllCaps && _text[_tokens[open].Start] == '(' && _tokens[open + 1].Length >= 2
            && _text[_tokens[open + 2].Start] == ')';

        private ActorBuilder? ActorOfMentionAt(int token)
        {
            foreach (ref readonly var m in _mentions)
            {
                if (m.First == token && m.Count == 1)
                {
                    return m.Actor;
                }
            }

            return null;
        }

        // Every one-word mention of `from` spelled like the acronym becomes a mention of `to`; `from` keeps its others
        // (a lexicon organization also named in full stays itself there).
        private void Relink(ActorBuilder from, ActorBuilder to, int acronym)
        {
            var token = _tokens[acronym];
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                if (m.Actor == from && m.NameCount == 1 && _tokens[m.NameFirst].Length == token.Length
                    && string.CompareOrdinal(_text, _tokens[m.NameFirst].Start, _text, token.Start, token.Length) == 0)
                {
                    m.Actor = to;
                    m.Known = false;
                    _mentions[i] = m;
                }
            }

            AddAlias(to, _text.Substring(token.Start, token.Length));
        }
    }
}

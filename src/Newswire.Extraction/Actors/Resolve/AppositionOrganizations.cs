using System.Collections.Generic;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Text;

// Resolve: a name described in apposition as a company, party, agency ... is an organization, whatever the tagger
// read it as ("Acme, the state copper company, said ...").
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // "Harwick Mining, the state copper company, said": the head noun of the description right after the comma
        // says the name before it is an organization. The actor's name mentions become an organization's; names the
        // lexicon knows keep their kind. The head must end the description ("a mining company that ...", "a school in
        // ..."), so "Ana Ruiz, a party member" stays a person.
        private void RetypeAppositionOrganizations() => RetypeAppositions(ActorKind.Organization);

        // The names so described as kind (an organization, or a place: AppositionPlaces) become that kind's.
        private void RetypeAppositions(ActorKind kind)
        {
            List<ActorBuilder>? retyped = null;
            foreach (ref readonly var m in _mentions)
            {
                var end = m.NameFirst + m.NameCount;
                if (IsNameKind(m.Kind) && m.Actor.Kind != kind && m.Actor.Entry == null && end + 2 < _tokens.Length
                    && (((IsComma(end) || IsCopulaBeforeIndefinite(end) || (kind == ActorKind.Location && IsCopulaBeforeRank(end)))
                            && (kind == ActorKind.Organization ? DescribesOrganization(end + 1) : DescribesPlace(end + 1)))
                        || (kind == ActorKind.Organization && DescribedBefore(m.NameFirst, end)))
                    && !(retyped?.Contains(m.Actor) ?? false))
                {
                    (retyped ??= new List<ActorBuilder>()).Add(m.Actor);
                }
            }

            if (retyped != null)
            {
                RetypeNames(retyped, kind);
            }
        }

        // Every name mention of the actors becomes a name of kind (AddNamed reads each span afresh).
        private void RetypeNames(List<ActorBuilder> retyped, ActorKind kind)
        {
            var spans = new List<(int First, int End)>();
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                if (retyped.Contains(m.Actor) && IsNameKind(m.Kind))
                {
                    spans.Add((m.NameFirst, m.NameFirst + m.NameCount));
                    _mentions.RemoveAt(i);
                }
            }

            for (var s = spans.Count - 1; s >= 0; s--)
            {
                AddNamed(spans[s].First, spans[s].End, kind, null, null, _tt.SentenceOf(spans[s].First), false);
            }
        }

        // "Harwick Mining is a copper miner": a copula and "a/an" say the same as the comma ("is the" introduces a
        // role more often: "Ruiz is the team's captain"). In the training text 7 of 9 names so described are
        // organizations (the others a place and a span that began inside a longer name).
        private bool IsCopulaBeforeIndefinite(int t) =>
            t + 2 < _tokens.Length && _tokens[t].IsLower && (_tt.Is(t, "is") || _tt.Is(t, "was")) && !IsThe(t + 1);

        // "a/an/the" + up to four modifiers + an organization noun that ends the noun phrase.
        private bool DescribesOrganization(int t)
        {
            if (!IsArticle(t))
            {
                return false;
            }

            for (var j = t + 1; j < _tokens.Length && j <= t + 5; j++)
            {
                var token = _tokens[j];
                if (token.Kind != TokenKind.Word)
                {
                    return false;
                }

                // "Ana Ruiz, a member of the party": the noun phrase ends at its first preposition.
                if (token.IsLower && IsConjunctionOrPreposition(j))
                {
                    return false;
                }

                if (token.IsLower && OrganizationNouns.Contains(_text, token))
                {
                    return EndsNounPhrase(j + 1);
                }
            }

            return false;
        }

        // "the head of its construction firm, Kiptas, said": the description comes first, the name in apposition after
        // it and closed by a comma or full stop (a name going on into a verb is the clause's subject: "according to the
        // ministry, Lopez said").
        private bool DescribedBefore(int first, int end)
        {
            if (first < 3 || end >= _tokens.Length || _tokens[end].Kind != TokenKind.Punctuation || !(IsComma(end) || _text[_tokens[end].Start] == '.')
                || !IsComma(first - 1) || !_tokens[first - 2].IsLower || !OrganizationNouns.Contains(_text, _tokens[first - 2]))
            {
                return false;
            }

            for (var j = first - 3; j >= 0 && j >= first - 6; j--)
            {
                if (_tokens[j].Kind != TokenKind.Word || !_tokens[j].IsLower || IsConjunctionOrPreposition(j))
                {
                    return false;
                }

                // "the spokesman of the ruling party, Ahmed Ali, said": after "of" the name may stand for the head
                // noun before it, a person; only a one-word name is then taken for the body.
                if (IsArticle(j) || InList(WordClass.Possessives, j))
                {
                    return end - first == 1 || j == 0 || !_tt.Is(j - 1, "of");
                }
            }

            return false;
        }

        private bool EndsNounPhrase(int t) =>
            t >= _tokens.Length || (_tokens[t].Kind == TokenKind.Punctuation)
            || (_tokens[t].Kind == TokenKind.Word && _tokens[t].IsLower && (IsConjunctionOrPreposition(t) || PhraseEnders.Contains(_text, _tokens[t])));

        private static readonly TermTable<bool> OrganizationNouns = WordTable(
            "company", "agency", "party", "bank", "firm", "organization", "organisation", "association", "union", "club",
            "team", "band", "newspaper", "magazine", "network", "broadcaster", "channel", "school", "university", "college",
            "charity", "foundation", "institute", "society", "league", "airline", "studio", "label", "publisher", "council",
            "committee", "ministry", "department", "corporation", "movement", "militia", "manufacturer", "retailer",
            "carrier", "insurer", "lender", "conglomerate", "maker", "producer", "utility", "supplier", "exchange", "fund",
            "group", "brewery", "orchestra", "choir", "ensemble", "outlet", "daily", "weekly", "tabloid", "subsidiary",
            "startup", "cooperative", "consortium", "federation", "academy", "hospital", "watchdog", "regulator", "court",
            "miner", "carmaker", "automaker", "drugmaker", "chipmaker", "refiner", "operator", "developer");

        private static readonly TermTable<bool> PhraseEnders = WordTable(
            "that", "which", "whose", "who", "based", "owned", "founded", "run", "headquartered", "listed", "backed", "known");
    }
}

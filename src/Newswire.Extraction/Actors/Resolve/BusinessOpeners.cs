using System.Collections.Generic;
using Newswire.Extraction.Text;

// Resolve: "Lender Banorte raised rates", "Regulator Cofece said", "Broadcaster Televisa reported": business copy
// opens sentences with a capitalized kind of company or body before its name, as it opens them with an occupation
// before a person's (OccupationOpeners.cs). The noun is no part of the name, and says it names an organization.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void SplitBusinessOpeners()
        {
            List<(ActorBuilder Actor, ActorKind Kind)>? retyped = null;
            foreach (var sentence in _tt.Sentences)
            {
                var t = sentence.FirstToken;
                if (t + 1 >= _tokens.Length || !IsBusinessOpener(t) || !_tokens[t + 1].IsCapitalized || _tokens[t + 1].Kind != TokenKind.Word
                    || _tt.SentenceOf(t + 1) != _tt.SentenceOf(t) || CapitalsSayNothing(_tt.SentenceOf(t)) || LoneWordAfterOpposition(t))
                {
                    continue;
                }

                var i = MentionCovering(t + 1);
                if (i < 0)
                {
                    AddClassedRun(t + 1);
                    continue;
                }

                var m = _mentions[i];
                if (m.Actor.Entry != null || m.Known && !StandingOpeners.Contains(_text, _tokens[t]))
                {
                    continue;
                }

                if (m.NameFirst == t && !_lex.IsGivenName(_text, _tokens[t + 1]))
                {
                    // The noun read into the name: the rest is the organization (a given name after it is a presenter's,
                    // a publisher's: left to the other rules).
                    var end = m.NameFirst + m.NameCount;
                    _mentions.RemoveAt(i);
                    AddNamed(t + 1, end, ActorKind.Organization, null, null, _tt.SentenceOf(t), false);
                }
                else if (m.NameFirst == t + 1 && m.Actor.Kind != ActorKind.Organization && MayRetype(m.Actor) && !Listed(retyped, m.Actor))
                {
                    (retyped ??= new List<(ActorBuilder, ActorKind)>()).Add((m.Actor, ActorKind.Organization));
                }
            }

            if (retyped != null)
            {
                RetypeActors(retyped);
            }
        }

        private bool IsBusinessOpener(int t) =>
            _tokens[t].IsCapitalized && !_tokens[t].IsAllCaps && _tokens[t].Kind == TokenKind.Word && BusinessOpenerWords.Contains(_text, _tokens[t]);

        // "Opposition Bloc", "Opposition Platform": one capitalized word after "Opposition" is the rest of the party's
        // own name.
        private bool LoneWordAfterOpposition(int t) =>
            _tt.Is(t, "opposition") && !(t + 2 < _tokens.Length && _tokens[t + 2].IsCapitalized && _tokens[t + 2].Kind == TokenKind.Word);

        // The standing of a party or company in the story ("Opposition Democratic Party leader X said", "Rival Samsung
        // Electronics is building"): no word of a name, even one that holds a lexicon name ("Democratic Party").
        private static readonly TermTable<bool> StandingOpeners = WordTable("opposition", "rival");

        // Kinds that do not also open organizations' own names ("Group", "Bank", "Carrier", "Exchange" do, and are left
        // out), and the standing words.
        private static readonly TermTable<bool> BusinessOpenerWords = WordTable(
            "lender", "insurer", "retailer", "broadcaster", "regulator", "watchdog", "carmaker", "automaker", "drugmaker",
            "chipmaker", "brewer", "miner", "conglomerate", "startup", "airline", "publisher", "firm", "manufacturer",
            "supermarket", "telecoms", "shipper", "refiner", "distiller", "exporter", "importer", "opposition", "rival");
    }
}

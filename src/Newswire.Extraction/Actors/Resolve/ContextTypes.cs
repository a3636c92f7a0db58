using System.Collections.Generic;
using Newswire.Extraction.Actors.Countries;
using Newswire.Extraction.Text;

// Resolve: the words around a name say what it names, whatever the tagger read: "shares of Kessel", "the chief
// executive of Kessel", "Kessel's chief executive" name a company; "based in Kessel", "born in Kessel" a place.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // The context rules, in this order: names the tagger missed in a company frame (FramedNames.cs) or owning a
        // person (OwnerOfPersonNames.cs), frames around names (below), company head words (CompanyHeads.cs), gazetteer places after a preposition of place (LocativePersons.cs), capitals read as persons (CapitalPersons.cs), agencies in a dateline (DatelineAgencies.cs), churches named for a denomination (ChurchNames.cs).
        private void TypeFromContext()
        {
            AddFramedNames();
            NameOutletFrames();
            AddConjoinedCompanies();
            NamePersonOwners();
            RetypeByContext();
            RetypeSpeakingCompanies();
            RetypeCompanyHeads();
            RetypeLocativePersons();
            RetypeCapitalPersons();
            RetypeDatelineAgencies();
            RetypeDenominations();
        }

        // Each frame was counted in the training text (../shared/train/ner, gold types of the name in the slot):
        // "<office> of/at X" ORG 6/6, "member(s) of X" (no possessive after X) ORG 12/13, "shares of/in X" ORG 2/2,
        // "X's <company noun>" ORG 2/2 (with "chief of staff" and "president" left out: 1 person, 3 countries),
        // "based/born/located ... in X" LOC 82/88 (the rest months, no names), "professor/taught/studied at X" ORG 9/10. Business frames are rare there; the
        // office, market and spokesperson words are the ones a company takes in wire copy. The lexicon keeps what it
        // knows, and a person with a given name or a role stays a person ("a spokesman for Ana Ruiz").
        private void RetypeByContext()
        {
            List<(ActorBuilder Actor, ActorKind Kind)>? retyped = null;
            foreach (ref readonly var m in _mentions)
            {
                if (!IsNameKind(m.Kind) || m.Actor.Entry != null || m.Known)
                {
                    continue;
                }

                var kind = ContextKind(m.First, m.NameFirst + m.NameCount) ?? ListedAfterFrame(m.First, 3);
                if (kind != null && kind.Value != m.Actor.Kind && MayRetype(m.Actor) && !Listed(retyped, m.Actor))
                {
                    (retyped ??= new List<(ActorBuilder, ActorKind)>()).Add((m.Actor, kind.Value));
                }
            }

            if (retyped != null)
            {
                RetypeActors(retyped);
            }
        }

        // The kind the frame around the name's phrase [first, end) gives it, or null.
        private ActorKind? ContextKind(int first, int end)
        {
            // "Freedonia's state-run Kessel": what the state runs or owns is a body, never a person.
            if (first >= 1 && OwnerCountry.IsOwnershipWord(_tt, first - 1))
            {
                return ActorKind.Organization;
            }

            // The noun may open the sentence ("Analysts at Kessel ...").
            if (first >= 2 && _tokens[first - 1].IsLower && _tokens[first - 2].Kind == TokenKind.Word && !_tokens[first - 2].IsAllCaps)
            {
                var left = LeftFrame(first - 2, first - 1, end);
                if (left != null)
                {
                    return left;
                }
            }

            if (DescribedByBusinessNoun(first, end))
            {
                return ActorKind.Organization;
            }

            if (BeforePlaceHead(end))
            {
                return ActorKind.Location;
            }

            return (end + 1 < _tokens.Length && _tokens[end].Kind == TokenKind.Possessive && CompanyOwnedNoun(end + 1)) || CompanyNounAfter(end)
                ? ActorKind.Organization
                : null;
        }

        // Without the possessive: "sending Kessel shares up 3%", "Kessel chief executive Ana Ruiz said" (the office
        // before a name, as wire copy writes it).
        private bool CompanyNounAfter(int end)
        {
            if (end + 1 >= _tokens.Length || !_tokens[end].IsLower)
            {
                return false;
            }

            if (_tt.Is(end, "shares"))
            {
                return true;
            }

            return _tt.Is(end, "chief") && end + 2 < _tokens.Length && ChiefOffices.Contains(_text, _tokens[end + 1]) && _tokens[end + 2].IsCapitalized;
        }

        // "analysts at Kessel and Harwick Bank", "shares of Kessel, Tavener and Ruiz Mining": a name listed after one
        // with a frame shares its frame (up to three names back).
        private ActorKind? ListedAfterFrame(int first, int depth)
        {
            if (depth == 0 || first < 2 || !IsListJoint(first - 1))
            {
                return null;
            }

            foreach (ref readonly var m in _mentions)
            {
                if (m.NameFirst + m.NameCount == first - 1 && IsNameKind(m.Kind))
                {
                    return ContextKind(m.First, first - 1) ?? ListedAfterFrame(m.First, depth - 1);
                }
            }

            return null;
        }

        // "<noun> <preposition> X": offices and market words before of/at/in/for make a company, a place verb before
        // "in" a place.
        private ActorKind? LeftFrame(int noun, int preposition, int end)
        {
            if (_tt.Is(preposition, "in"))
            {
                return PlaceVerbs.Contains(_text, _tokens[noun]) ? ActorKind.Location
                    : MarketNouns.Contains(_text, _tokens[noun]) ? ActorKind.Organization
                    : null;
            }

            var of = _tt.Is(preposition, "of");
            var at = _tt.Is(preposition, "at");
            var isOrganization = (of || at) && OfficeNouns.Contains(_text, _tokens[noun])
                || of && MarketNouns.Contains(_text, _tokens[noun])
                || of && MemberNouns.Contains(_text, _tokens[noun]) && !(end < _tokens.Length && _tokens[end].Kind == TokenKind.Possessive)
                || (of || at || _tt.Is(preposition, "for")) && SpokespersonNouns.Contains(_text, _tokens[noun])
                || at && AnalystNouns.Contains(_text, _tokens[noun])
                || (at || _tt.Is(preposition, "from") && _tt.Is(noun, "graduated")) && AcademicWords.Contains(_text, _tokens[noun]);
            return isOrganization ? ActorKind.Organization : null;
        }

        // "'s chief executive", "'s shares", "'s board": what only a company has.
        private bool CompanyOwnedNoun(int t)
        {
            if (!_tokens[t].IsLower)
            {
                return false;
            }

            if (_tt.Is(t, "chief"))
            {
                return t + 1 < _tokens.Length && ChiefOffices.Contains(_text, _tokens[t + 1]);
            }

            return CompanyNouns.Contains(_text, _tokens[t]);
        }

        // A person with a given name ("Ana Ruiz": any of its name mentions may show it), a role, or a pronoun or
        // description linked to it keeps its kind; places and organizations go either way.
        private bool MayRetype(ActorBuilder actor)
        {
            if (actor.Kind != ActorKind.Person)
            {
                return true;
            }

            if (actor.RoleCount > 0)
            {
                return false;
            }

            foreach (ref readonly var m in _mentions)
            {
                if (m.Actor == actor && (!IsNameKind(m.Kind) || m.NameCount > 1 && _lex.IsGivenName(_text, _tokens[m.NameFirst])))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Listed(List<(ActorBuilder Actor, ActorKind Kind)>? list, ActorBuilder actor)
        {
            if (list != null)
            {
                foreach (var x in list)
                {
                    if (x.Actor == actor)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // Every name mention of each actor becomes a mention of a new actor of the kind its context gave.
        private void RetypeActors(List<(ActorBuilder Actor, ActorKind Kind)> retyped)
        {
            var spans = new List<(int First, int End, ActorKind Kind)>();
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                if (!IsNameKind(m.Kind))
                {
                    continue;
                }

                foreach (var (actor, kind) in retyped)
                {
                    if (actor == m.Actor)
                    {
                        spans.Add((m.NameFirst, m.NameFirst + m.NameCount, kind));
                        _mentions.RemoveAt(i);
                        break;
                    }
                }
            }

            for (var s = spans.Count - 1; s >= 0; s--)
            {
                var (first, end, kind) = spans[s];
                AddNamed(first, end, kind, null, null, _tt.SentenceOf(first), false);
            }
        }

        private static readonly TermTable<bool> OfficeNouns = WordTable(
            "ceo", "cfo", "coo", "chairman", "chairwoman", "chairperson", "founder", "co-founder", "cofounder",
            "shareholder", "shareholders", "stockholders", "executives", "employees", "subsidiary", "subsidiaries");

        private static readonly TermTable<bool> MarketNouns = WordTable(
            "shares", "stake", "stakes", "stock", "shareholding", "bonds");

        private static readonly TermTable<bool> MemberNouns = WordTable("member", "members");

        private static readonly TermTable<bool> SpokespersonNouns = WordTable(
            "spokesman", "spokeswoman", "spokesperson", "spokespeople");

        private static readonly TermTable<bool> AnalystNouns = WordTable(
            "analyst", "analysts", "economist", "economists", "strategist", "strategists", "trader", "traders");

        // "a professor at Harwick", "taught at Dunmore": a town named for its university (training text: ORG 9 of 10
        // after these words; "staff at", "work at" go either way and are left out).
        private static readonly TermTable<bool> AcademicWords = WordTable(
            "professor", "professors", "lecturer", "lecturers", "researcher", "researchers", "scientist", "scientists",
            "student", "students", "research", "teach", "teaches", "teaching", "taught", "studied", "studying", "educated",
            "graduated", "enrolled");

        private static readonly TermTable<bool> ChiefOffices = WordTable(
            "executive", "executives", "financial", "operating", "economist", "strategist");

        private static readonly TermTable<bool> CompanyNouns = WordTable(
            "ceo", "cfo", "shares", "shareholders", "stock", "board", "subsidiary", "subsidiaries", "headquarters",
            "profit", "profits", "earnings", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson",
            "executives", "takeover", "merger");

        private static readonly TermTable<bool> PlaceVerbs = WordTable(
            "based", "headquartered", "located", "situated", "born", "lives", "lived", "living", "resides", "resided");
    }
}

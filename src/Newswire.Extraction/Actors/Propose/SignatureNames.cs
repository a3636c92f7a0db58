using System.Runtime.CompilerServices;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Propose: an e-mail or letter signature run together on one line ("Maria L. Kessel Project Manager Harwick Energy
// Corporation") is a person, the role and the organization, not one organization read from the last word.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // The chunk is a person's name (a given name, or a first name and initials, then one surname), job-title
        // words closed by a job head ("Project Manager", "Senior Analyst"), then a name closed by an organization
        // head. The person takes the title as the role; the organization is read on its own.
        [MethodImpl(Hot.Path)]
        private bool SignatureChunk(int s, int a, int b)
        {
            if (b - a < 5 || !_tokens[b - 1].IsCapitalized || !(InList(WordClass.OrgSuffixes, b - 1) || IsCompanyHead(b - 1)))
            {
                return false;
            }

            var titleStart = SignaturePersonEnd(a, b);
            if (titleStart < 0)
            {
                return false;
            }

            var body = titleStart;
            while (body < b - 1 && !JobHeads.Contains(_text, _tokens[body]))
            {
                body++;
            }

            // "Executive Director", "Chief Executive Officer": the title runs on over further job heads.
            while (body + 1 < b - 1 && JobHeads.Contains(_text, _tokens[body + 1]))
            {
                body++;
            }

            body++;
            if (body >= b || body - titleStart > 4 || !_tokens[body].IsCapitalized)
            {
                return false;
            }

            AddPerson(a, titleStart, a, titleStart, SpanText(titleStart, body), null, null);
            AddNamed(body, b, ActorKind.Organization, null, null, s, true);
            return true;
        }

        // The token after a signature's person name, or -1: "Maria Kessel", "Maria L. Kessel", "Galen J. Torneby".
        private int SignaturePersonEnd(int a, int b)
        {
            if (!_tokens[a].IsCapitalized || _tokens[a].IsAllCaps || IsInitial(a))
            {
                return -1;
            }

            var t = a + 1;
            while (t < b && IsInitial(t))
            {
                t++;
            }

            var named = t > a + 1 || _lex.IsGivenName(_text, _tokens[a]);
            return named && t + 1 < b && _tokens[t].IsCapitalized && !_tokens[t].IsAllCaps && !JobHeads.Contains(_text, _tokens[t]) ? t + 1 : -1;
        }

        private bool IsInitial(int t) =>
            _tokens[t].Kind == TokenKind.Word && _tokens[t].Length == 2 && char.IsUpper(_text[_tokens[t].Start]) && _text[_tokens[t].Start + 1] == '.';

        // The last word of a job title in a signature (the words before it up to the name are its modifiers).
        private static readonly TermTable<bool> JobHeads = WordTable(
            "manager", "analyst", "consultant", "developer", "director", "counsel", "engineer", "specialist", "coordinator",
            "assistant", "administrator", "associate", "accountant", "attorney", "advisor", "adviser", "representative",
            "supervisor", "architect", "officer", "president", "executive", "paralegal", "economist", "trader", "scientist");
    }
}

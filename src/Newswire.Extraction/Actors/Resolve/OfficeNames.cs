using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Resolve: "the Prosecutor General's Office" is a body, not the office holder.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // "The Attorney General's Office said", "Freedonia's Ombudsman's Office": a title followed by "'s Office" (or
        // "Bureau", "Secretariat") names the body that serves the office, an organization of its own; the title alone
        // would stand for an office holder nobody named. Runs before descriptions are linked, so the title is still
        // a pending description there.
        private void ReadOfficeNames()
        {
            for (var d = _descriptions.Count - 1; d >= 0; d--)
            {
                var (first, count, _, country, capitalized) = _descriptions[d];
                var end = first + count;
                if (!capitalized || end + 1 >= _tokens.Length || _tokens[end].Kind != TokenKind.Possessive || !IsOfficeBody(end + 1))
                {
                    continue;
                }

                _descriptions.RemoveAt(d);
                var nameFirst = IsArticle(first) ? first + 1 : first;
                AddNamed(nameFirst, end + 2, ActorKind.Organization, country, null, _tt.SentenceOf(first), true);
            }
        }

        private bool IsOfficeBody(int j) =>
            _tokens[j].Kind == TokenKind.Word && _tokens[j].IsCapitalized
            && (_tt.Is(j, "office") || _tt.Is(j, "bureau") || _tt.Is(j, "secretariat"));
    }
}

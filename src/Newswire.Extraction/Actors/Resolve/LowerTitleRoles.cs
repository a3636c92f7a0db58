using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

// Resolve: "Zambia's finance minister Ada Brelik", "opposition leader Ivo Marek": agencies that write titles in lower
// case (AFP, AP) put them before the name as others write "Finance Minister"; the words are the person's role, so the
// role is exported and a later "the minister" finds her.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // Lower-case words a title may have before its head ("deputy foreign affairs minister").
        private const int MaxLowerTitleWords = 4;

        private void AddLowerTitleRoles()
        {
            foreach (ref readonly var m in _mentions)
            {
                if (m.Kind != MentionKind.Name || m.Actor.Kind != ActorKind.Person || m.Actor.RoleCount != 0 || m.First != m.NameFirst)
                {
                    continue;
                }

                var roleFirst = LowerTitleStart(m.First);
                if (roleFirst < m.First)
                {
                    m.Actor.Roles.Add(SpanText(roleFirst, m.First));
                }
            }
        }

        // Where the lower-case title right before token t starts (its last word a title head); t when there is none.
        private int LowerTitleStart(int t)
        {
            var head = t - 1;
            if (head < 0 || !IsLowerWord(head) || !InList(WordClass.TitleHeads, head))
            {
                return t;
            }

            var first = head;
            while (first > 0 && head - first < MaxLowerTitleWords - 1 && IsLowerWord(first - 1)
                   && (InList(WordClass.TitleModifiers, first - 1) || InList(WordClass.TitleHeads, first - 1)))
            {
                first--;
            }

            return first;
        }

        private bool IsLowerWord(int k) => _tokens[k].Kind == TokenKind.Word && _tokens[k].IsLower;
    }
}

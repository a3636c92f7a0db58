using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// "Supporters of opposition leader X blocked highways", "X's followers clashed with police": the person only names
// whose side the crowd is on; the crowd acts, for the country where it acted (CrowdAgent), whatever the verb's root.
// Reads the subject; writes _followerSubject.
internal sealed partial class EventRun
{
    // How many title words may stand between "of" and the person ("supporters of former opposition leader X").
    private const int FollowerTitleReach = 3;

    // Set by FindSubjectIn when it stepped over a person whose followers are the subject; read by EventAgent.
    private bool _followerSubject;

    /// <summary>
    /// Whether mention <paramref name="m"/> is a person whose followers head the phrase: "X's supporters" or
    /// "supporters of [title words] X" (<c>[follower]</c> words).
    /// </summary>
    private bool FollowerLeader(int m)
    {
        var mention = _mentions[m];
        if (_actorList[mention.Actor].Kind != ActorKind.Person)
        {
            return false;
        }

        var end = mention.EndToken;
        if (end + 1 < _s1 && _tokens[end].Kind == TokenKind.Possessive && IsFollowerWord(end + 1))
        {
            return true;
        }

        for (var i = mention.FirstToken - 1; i > _s0 && i >= mention.FirstToken - 1 - FollowerTitleReach; i--)
        {
            if (_tokens[i].Kind != TokenKind.Word || _mentionAt.At(i) >= 0)
            {
                return false;
            }

            if (Is(i, K.Of))
            {
                return IsFollowerWord(i - 1);
            }
        }

        return false;
    }

    /// <summary>
    /// "Kiggundu's party, the People's Freedom Movement, denied": a person's body named by a common noun, then its own
    /// name set off by commas, acts as that name; the mention of the apposed organization, else <paramref name="head"/>.
    /// <paramref name="chunkEnd"/> ends the phrase found at <paramref name="first"/>; the apposition may lie past the
    /// subject's end (a verb joined by "and" steps over it as an object's name).
    /// </summary>
    private int ApposedBody(int head, int first, int chunkEnd)
    {
        if (chunkEnd + 2 >= _s1 || !Is(chunkEnd, K.Comma) || !_tokens[chunkEnd - 1].IsLower || _mentionAt.At(chunkEnd - 1) >= 0
            || _tokens[_mentions[head].EndToken].Kind != TokenKind.Possessive || _mentions[head].FirstToken != first)
        {
            return head;
        }

        var k = (Class(chunkEnd + 1) & WordClass.Determiner) != 0 ? chunkEnd + 2 : chunkEnd + 1;
        var m = _mentionAt.At(k);
        if (m < 0 || _actorList[_mentions[m].Actor].Kind != ActorKind.Organization)
        {
            return head;
        }

        var after = _mentions[m].EndToken;
        return after < _s1 && Is(after, K.Comma) ? m : head;
    }

    private bool IsFollowerWord(int i) =>
        _tokens[i].Kind == TokenKind.Word && _stages.Words.OnDemand(StageWords.Follower, _s, _tokens[i]);
}

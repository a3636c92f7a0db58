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

    private bool IsFollowerWord(int i) =>
        _tokens[i].Kind == TokenKind.Word && _stages.Words.OnDemand(StageWords.Follower, _s, _tokens[i]);
}

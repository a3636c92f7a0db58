using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// The per-token questions of the sentence being read (false or None outside it): a few compares each, asked of most
// tokens around a trigger, so the two the AOT compiler left as calls are inlined by request.
internal sealed partial class EventRun
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Is(int i, byte key) => i >= _s0 && i < _s1 && _key[i] == key;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private WordClass Class(int i) => i >= _s0 && i < _s1 ? _cls[i] : WordClass.None;

    private bool InTime(int i) => i >= _s0 && i < _s1 && _inTime[i];

    /// <summary>A lower-case "-ing" word that is no name ("smuggling", "spying").</summary>
    private bool IngWordAt(int i)
    {
        if (i >= _s1 || _mentionAt.At(i) >= 0)
        {
            return false;
        }

        ref readonly var t = ref _tokens[i];
        return t.Kind == TokenKind.Word && t.IsLower && t.Length >= 5 && _s[t.End - 1] == 'g' && _s[t.End - 2] == 'n' && _s[t.End - 3] == 'i';
    }

    /// <summary>
    /// A comma between two names inside an object stretch: the stretch goes on across "X, Y and Z" (a comma right after
    /// "that"-less speech is the attribution's own), not into the clause of a name that has its own verb ("near San
    /// Cristobal, Minister X announced").
    /// </summary>
    private bool ListCommaAt(int comma, int from, int limit) =>
        comma + 1 < limit && _mentionAt.At(comma + 1) >= 0 && comma > from && _mentionAt.At(comma - 1) >= 0
        && !IsCandidateVerbAt(_mentions[_mentionAt.At(comma + 1)].EndToken);

    /// <summary>"has in the past condemned": the phrase stands between auxiliary and verb as an adverb does.</summary>
    private bool InThePast(int j) => Is(j, K.Past) && Is(j - 2, K.In) && (Class(j - 1) & WordClass.Definite) != 0;

    /// <summary>
    /// "NEW DELHI, Dec 6 (Wire) Police detained": a bracketed credit or gloss is not the subject. The ")" closing a
    /// "(" at <paramref name="open"/> before <paramref name="end"/>, else <paramref name="open"/>.
    /// </summary>
    private int SkipBracket(int open, int end)
    {
        if (_s[_tokens[open].Start] != '(')
        {
            return open;
        }

        for (var k = open + 1; k < end; k++)
        {
            if (_tokens[k].Kind == TokenKind.Punctuation && _s[_tokens[k].Start] == ')')
            {
                return k;
            }
        }

        return open;
    }
}

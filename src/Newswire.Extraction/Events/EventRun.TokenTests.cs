using System.Runtime.CompilerServices;

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
}

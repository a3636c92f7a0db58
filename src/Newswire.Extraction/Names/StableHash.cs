using System.Runtime.CompilerServices;

namespace Newswire.Extraction.Names;

/// <summary>
/// A 64-bit FNV-1a hash with a final avalanche: the same on every machine and run (unlike string.GetHashCode),
/// so feature keys in the committed model mean the same thing everywhere.
/// </summary>
internal static class StableHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    // Start and Mix are inlined by request: the document pass keys every name with them, and the AOT compiler
    // left both calls.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Start(int template) => Add(Offset, (char)(template + 1));

    public static ulong Add(ulong hash, char c) => unchecked((hash ^ c) * Prime);

    public static ulong Add(ulong hash, string text, int start, int length)
    {
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            hash = unchecked((hash ^ text[i]) * Prime);
        }

        return hash;
    }

    /// <summary>The key of a base feature at one slot (offset or context), avalanched.</summary>
    public static ulong Slot(ulong hash, int slot) => Mix(unchecked(hash + (ulong)(slot + 1) * 0x9E3779B97F4A7C15UL));

    /// <summary>MurmurHash3's 64-bit finalizer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong k)
    {
        unchecked
        {
            k ^= k >> 33;
            k *= 0xff51afd7ed558ccdUL;
            k ^= k >> 33;
            k *= 0xc4ceb9fe1a85ec53UL;
            k ^= k >> 33;
            return k;
        }
    }
}

using System;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

/// <summary>The event extractor's per-thread scratch arrays (see <see cref="ScratchPool{TSelf}"/>).</summary>
internal sealed class Scratch : ScratchPool<Scratch>
{
    public int[] Ints3 = Array.Empty<int>();
    public byte[] Bytes1 = Array.Empty<byte>();
    public byte[] Bytes2 = Array.Empty<byte>();
    public bool[] Bools1 = Array.Empty<bool>();
    public WordClass[] Classes = Array.Empty<WordClass>();

    protected override bool IsSmall() =>
        Ints3.Length <= KeepLimit && Bytes1.Length <= KeepLimit && Bytes2.Length <= KeepLimit && Bools1.Length <= KeepLimit
        && Classes.Length <= KeepLimit;
}

using System.Collections.Generic;

// The orders the mention lists are sorted in, as structs: RefList.Sort compiles a struct order into its steps
// (no delegate call per compare, the sort's main cost).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    // Text order of the first token.
    private readonly struct ByFirst : IComparer<RawMention>
    {
        public int Compare(RawMention x, RawMention y) => x.First.CompareTo(y.First);
    }

    // Text order, the longer mention first where two start together.
    private readonly struct ByFirstLongerFirst : IComparer<RawMention>
    {
        public int Compare(RawMention x, RawMention y) => x.First != y.First ? x.First.CompareTo(y.First) : y.Count.CompareTo(x.Count);
    }
}

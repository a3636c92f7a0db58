namespace Newswire.Extraction.Names;

/// <summary>How a name's tokens are tagged: BIO (begin, inside) or BILOU (begin, inside, last, unit).</summary>
internal enum TagScheme : byte
{
    Bio = 0,
    Bilou = 1,
}

/// <summary>The part of a name a tag marks.</summary>
internal enum TagPart : byte
{
    Outside = 0,
    Begin = 1,
    Inside = 2,
    Last = 3,
    Unit = 4,
}

/// <summary>
/// The tags of a scheme over the four name types (tag 0 is O), and which tag may follow which: decoding only
/// ever builds well-formed names.
/// </summary>
internal sealed class TagSet
{
    private readonly bool[] _allowed; // [(prev or Start) * Count + cur]
    private readonly bool[] _canEnd;
    private readonly NameType[] _types;
    private readonly TagPart[] _parts;

    public TagSet(TagScheme scheme)
    {
        Scheme = scheme;
        PartsPerType = scheme == TagScheme.Bio ? 2 : 4;
        Count = 1 + 4 * PartsPerType;
        _allowed = new bool[(Count + 1) * Count];
        _canEnd = new bool[Count];
        _types = new NameType[Count];
        _parts = new TagPart[Count];
        for (var t = 0; t < Count; t++)
        {
            _types[t] = t == 0 ? 0 : (NameType)(1 + (t - 1) / PartsPerType);
            var q = (t - 1) % PartsPerType;
            _parts[t] = t == 0 ? TagPart.Outside : scheme == TagScheme.Bio ? (q == 0 ? TagPart.Begin : TagPart.Inside) : (TagPart)(q + 1);
        }

        for (var prev = 0; prev <= Count; prev++)
        {
            for (var cur = 0; cur < Count; cur++)
            {
                _allowed[prev * Count + cur] = Allows(prev == Count ? -1 : prev, cur);
            }
        }

        // For Viterbi: the tags each tag may follow (a BILOU inside tag has two, not seventeen).
        PreviousOf = new int[Count][];
        for (var cur = 0; cur < Count; cur++)
        {
            var list = new System.Collections.Generic.List<int>();
            for (var prev = 0; prev < Count; prev++)
            {
                if (_allowed[prev * Count + cur])
                {
                    list.Add(prev);
                }
            }

            PreviousOf[cur] = list.ToArray();
        }

        for (var t = 0; t < Count; t++)
        {
            var p = PartOf(t);
            _canEnd[t] = scheme == TagScheme.Bio || p == TagPart.Outside || p == TagPart.Last || p == TagPart.Unit;
        }
    }

    public TagScheme Scheme { get; }

    /// <summary>For each tag, the tags (not the start) it may follow.</summary>
    public int[][] PreviousOf { get; }

    /// <summary>Number of tags (O included).</summary>
    public int Count { get; }

    /// <summary>The row of <see cref="Allowed"/> for the sentence start.</summary>
    public int Start => Count;

    private int PartsPerType { get; }

    public static TagSet Of(TagScheme scheme) => scheme == TagScheme.Bio ? BioSet : BilouSet;

    private static readonly TagSet BioSet = new TagSet(TagScheme.Bio);
    private static readonly TagSet BilouSet = new TagSet(TagScheme.Bilou);

    public NameType TypeOf(int tag) => _types[tag];

    public TagPart PartOf(int tag) => _parts[tag];

    public int TagOf(NameType type, TagPart part)
    {
        if (part == TagPart.Outside)
        {
            return 0;
        }

        if (Scheme == TagScheme.Bio)
        {
            part = part == TagPart.Begin || part == TagPart.Unit ? TagPart.Begin : TagPart.Inside;
        }

        return 1 + ((int)type - 1) * PartsPerType + (int)part - 1;
    }

    /// <summary>Whether <paramref name="cur"/> may follow <paramref name="prev"/> (<see cref="Start"/> at a sentence start).</summary>
    public bool Allowed(int prev, int cur) => _allowed[prev * Count + cur];

    /// <summary>Whether a sentence may end on <paramref name="tag"/>.</summary>
    public bool CanEnd(int tag) => _canEnd[tag];

    public string Name(int tag)
    {
        if (tag == 0)
        {
            return "O";
        }

        var part = PartOf(tag);
        var type = TypeOf(tag) switch { NameType.Person => "PER", NameType.Organization => "ORG", NameType.Location => "LOC", _ => "MISC" };
        return "OBILU"[(int)part] + "-" + type;
    }

    /// <summary>Tags for the names <paramref name="names"/> (token ranges relative to the sentence) over <paramref name="count"/> tokens.</summary>
    public void Encode(int count, System.Collections.Generic.IEnumerable<(int First, int Count, NameType Type)> names, int[] tags, int offset)
    {
        for (var i = 0; i < count; i++)
        {
            tags[offset + i] = 0;
        }

        foreach (var (first, n, type) in names)
        {
            if (n == 1)
            {
                tags[offset + first] = TagOf(type, TagPart.Unit);
                continue;
            }

            for (var i = 0; i < n; i++)
            {
                tags[offset + first + i] = TagOf(type, i == 0 ? TagPart.Begin : i == n - 1 ? TagPart.Last : TagPart.Inside);
            }
        }
    }

    /// <summary>
    /// Reads the names out of tags <c>tags[from..to)</c> leniently (an inside tag without a begin starts a name),
    /// calling <paramref name="found"/> with absolute token ranges.
    /// </summary>
    public void Decode(int[] tags, int from, int to, System.Action<int, int, NameType> found)
    {
        var start = -1;
        NameType type = 0;
        for (var i = from; i <= to; i++)
        {
            var tag = i < to ? tags[i] : 0;
            var part = PartOf(tag);
            var t = TypeOf(tag);
            var continues = start >= 0 && t == type && (part == TagPart.Inside || part == TagPart.Last);
            if (!continues && start >= 0)
            {
                found(start, i - start, type);
                start = -1;
            }

            if (part != TagPart.Outside && !continues)
            {
                start = i;
                type = t;
            }

            if (start >= 0 && (part == TagPart.Last || part == TagPart.Unit))
            {
                found(start, i - start + 1, type);
                start = -1;
            }
        }
    }

    private bool Allows(int prev, int cur)
    {
        var cp = PartOf(cur);
        var ct = TypeOf(cur);
        var pp = prev < 0 ? TagPart.Outside : PartOf(prev);
        var pt = prev < 0 ? 0 : TypeOf(prev);
        if (Scheme == TagScheme.Bio)
        {
            return cp != TagPart.Inside || (pt == ct && pp != TagPart.Outside);
        }

        var open = pp == TagPart.Begin || pp == TagPart.Inside;
        if (open)
        {
            return pt == ct && (cp == TagPart.Inside || cp == TagPart.Last);
        }

        return cp == TagPart.Outside || cp == TagPart.Begin || cp == TagPart.Unit;
    }
}

using System;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Actors;

/// <summary>A shape fact that a name rule needs at one token before it can act there (its trigger).</summary>
internal enum Trigger
{
    /// <summary>The token's <see cref="TokenFlags.AllCaps"/> flag ("NATO", "U.S.").</summary>
    AllCaps,

    /// <summary>A possessive clitic (<see cref="TokenKind.Possessive"/>).</summary>
    Possessive,

    /// <summary>The token's <see cref="TokenFlags.HasDigit"/> flag.</summary>
    Digit,

    /// <summary>The token's <see cref="TokenFlags.Quote"/> flag.</summary>
    Quote,

    /// <summary>The token's <see cref="TokenFlags.Capitalized"/> flag.</summary>
    Capitalized,
}

/// <summary>
/// The positions of each <see cref="Trigger"/> in an article, in token order, found in one pass over the tokens. A
/// rule that can act only where its trigger holds visits those positions instead of every token (session 21 counted
/// about 75 rules each scanning the whole article, most of them for a fact that a few tokens in a hundred have).
/// </summary>
internal sealed class TokenTriggers
{
    private const int Kinds = (int)Trigger.Capitalized + 1;

    private readonly int[][] _at = new int[Kinds][];
    private readonly int[] _count = new int[Kinds];

    public TokenTriggers()
    {
        for (var k = 0; k < Kinds; k++)
        {
            _at[k] = new int[16];
        }
    }

    /// <summary>The largest list kept for the next article (ScratchPool's limit).</summary>
    public int Capacity
    {
        get
        {
            var max = 0;
            foreach (var a in _at)
            {
                max = Math.Max(max, a.Length);
            }

            return max;
        }
    }

    /// <summary>Finds every trigger of <paramref name="tokens"/>.</summary>
    public void Build(Token[] tokens)
    {
        Array.Clear(_count, 0, Kinds);
        for (var t = 0; t < tokens.Length; t++)
        {
            ref readonly var token = ref tokens[t];
            var flags = token.Flags;
            if ((flags & (TokenFlags.Capitalized | TokenFlags.AllCaps | TokenFlags.HasDigit | TokenFlags.Quote)) == 0
                && token.Kind != TokenKind.Possessive)
            {
                continue; // most tokens: a lower-case word or punctuation
            }

            // Each test before its call: a flagged token has one or two of the five facts.
            if ((flags & TokenFlags.AllCaps) != 0)
            {
                Add(Trigger.AllCaps, t);
            }

            if (token.Kind == TokenKind.Possessive)
            {
                Add(Trigger.Possessive, t);
            }

            if ((flags & TokenFlags.HasDigit) != 0)
            {
                Add(Trigger.Digit, t);
            }

            if ((flags & TokenFlags.Quote) != 0)
            {
                Add(Trigger.Quote, t);
            }

            if ((flags & TokenFlags.Capitalized) != 0)
            {
                Add(Trigger.Capitalized, t);
            }
        }
    }

    /// <summary>The positions of <paramref name="trigger"/> in token order: the first <paramref name="count"/> items.</summary>
    public int[] At(Trigger trigger, out int count)
    {
        count = _count[(int)trigger];
        return _at[(int)trigger];
    }

    /// <summary>The index in <see cref="At"/>'s list of the first position of <paramref name="trigger"/> at or after token <paramref name="t"/>.</summary>
    public int FirstAtOrAfter(Trigger trigger, int t)
    {
        var i = Array.BinarySearch(_at[(int)trigger], 0, _count[(int)trigger], t);
        return i >= 0 ? i : ~i;
    }

    /// <summary>Whether any token has <paramref name="trigger"/>.</summary>
    public bool Any(Trigger trigger) => _count[(int)trigger] > 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // once or twice per flagged token
    private void Add(Trigger trigger, int t)
    {
        var k = (int)trigger;
        var n = _count[k];
        if (n == _at[k].Length)
        {
            Array.Resize(ref _at[k], n * 2);
        }

        _at[k][n] = t;
        _count[k] = n + 1;
    }
}

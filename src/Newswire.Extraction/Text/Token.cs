using System;

namespace Newswire.Extraction.Text;

/// <summary>What a token is.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters (maybe with digits, inner hyphens, inner apostrophes, abbreviation periods).</summary>
    Word = 0,

    /// <summary>Digits with optional inner '.' or ',' ("10", "1,000", "3.5").</summary>
    Number = 1,

    /// <summary>A possessive clitic split off a word: "’s", "'s" or a lone "'" after a plural ("forces'").</summary>
    Possessive = 2,

    /// <summary>One punctuation or symbol character (a run of dots "..." is one token).</summary>
    Punctuation = 3,
}

/// <summary>Shape facts of a token, computed once by the tokenizer.</summary>
[Flags]
internal enum TokenFlags : ushort
{
    None = 0,

    /// <summary>First letter is upper case.</summary>
    Capitalized = 1,

    /// <summary>At least two letters and all letters upper case ("TASS", "U.S.", "NATO").</summary>
    AllCaps = 2,

    /// <summary>First letter is lower case.</summary>
    Lowercase = 4,

    /// <summary>Contains a digit.</summary>
    HasDigit = 8,

    /// <summary>Contains an inner hyphen ("Kassym-Jomart", "Rostov-on-Don").</summary>
    Hyphenated = 16,

    /// <summary>Ends with an abbreviation period that is part of the token ("Gen.", "U.S.", "Jan.").</summary>
    Abbreviation = 32,

    /// <summary>A single letter and a period ("F." in "John F. Kennedy").</summary>
    Initial = 64,

    /// <summary>A quote mark (straight or curly, single or double, guillemets).</summary>
    Quote = 128,

    /// <summary>A line break lies between this token and the previous one.</summary>
    NewlineBefore = 256,

    /// <summary>No white space between this token and the previous one.</summary>
    Attached = 512,

    /// <summary>A dash used as punctuation (en or em dash, or a spaced hyphen).</summary>
    Dash = 1024,

    /// <summary>Sentence-final punctuation: '.', '!', '?', '…' or a run of dots.</summary>
    Terminal = 2048,
}

/// <summary>
/// One token: a span of <see cref="TokenizedText.Text"/> plus precomputed shape and a case-folded hash.
/// Tokens never copy text; use <see cref="TokenizedText.Is(int, string)"/> or a <see cref="TermTable{T}"/>
/// to compare them.
/// </summary>
internal readonly struct Token
{
    public Token(int start, int length, TokenKind kind, TokenFlags flags, int hash)
    {
        Start = start;
        Length = length;
        Kind = kind;
        Flags = flags;
        Hash = hash;
    }

    /// <summary>UTF-16 offset into the article text.</summary>
    public readonly int Start;

    /// <summary>Length in UTF-16 code units.</summary>
    public readonly int Length;

    /// <summary>Word, number, possessive or punctuation.</summary>
    public readonly TokenKind Kind;

    /// <summary>Shape facts.</summary>
    public readonly TokenFlags Flags;

    /// <summary>
    /// <see cref="TermKey.Hash(string, int, int)"/> of the token: case-folded, periods skipped, curly
    /// apostrophes and hyphen variants unified. Equal for "U.S.", "u.s" and "US".
    /// </summary>
    public readonly int Hash;

    /// <summary>Offset just past the token.</summary>
    public int End => Start + Length;

    public bool Is(TokenFlags flag) => (Flags & flag) != 0;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => (Flags & TokenFlags.Capitalized) != 0;

    public bool IsLower => (Flags & TokenFlags.Lowercase) != 0;

    public bool IsAllCaps => (Flags & TokenFlags.AllCaps) != 0;

    public override string ToString() => Kind + "@" + Start + "+" + Length;
}

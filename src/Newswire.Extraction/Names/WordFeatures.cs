using System.Collections.Generic;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Names;

/// <summary>
/// The features of one word type, as hashed keys per slot. A slot is where the word stands relative to the
/// token being tagged: offsets -2..+2 (slots 0..4), or the token itself in one of three sentence contexts
/// (slots 5..7: mid-sentence, sentence-initial, capitals uninformative). Because every feature depends on one
/// word at one slot, the tagger pre-sums each word's weights per slot once (<see cref="WordVectors"/>) and
/// tagging a token adds five cached vectors. The trainer uses the very same keys.
/// </summary>
internal static class WordFeatures
{
    public const int Offsets = 5;
    public const int Contexts = 3;
    public const int Slots = Offsets + Contexts;

    private const int Center = 1 << 2;
    private const int Near = (1 << 1) | Center | (1 << 3);
    private const int All = 0x1F;
    private const int Ctx = 0xE0;

    // Template ids: part of every key, so the same string under two templates is two features.
    private const int Bias = 0, Word = 1, Lower = 2, Shape = 3, ShortShape = 4, Prefix2 = 5, Prefix3 = 6,
        Suffix2 = 7, Suffix3 = 8, Suffix4 = 9, Flag = 10, Class = 11, Length = 12, Pad = 13, Kind = 14;

    /// <summary>Keys of the padding "word" beyond either end of a sentence.</summary>
    public static void CollectPad(List<ulong>[] perSlot)
    {
        Clear(perSlot);
        Emit(StableHash.Start(Pad), All & ~Center, perSlot);
    }

    /// <summary>Keys of the word <c>text[start..start+length)</c> of kind <paramref name="kind"/> and word-list classes <paramref name="classes"/>.</summary>
    public static void Collect(string text, int start, int length, TokenKind kind, WordClass classes, List<ulong>[] perSlot)
    {
        // The order of the keys is part of the model's contract with the trainer: keep it.
        Clear(perSlot);
        Emit(StableHash.Start(Bias), Center | Ctx, perSlot);
        Emit(StableHash.Add(StableHash.Start(Kind), (char)('0' + (int)kind)), Near, perSlot);
        Emit(StableHash.Add(StableHash.Start(Word), text, start, length), Near, perSlot);

        var shape = Scan(text, start, length);
        Emit(shape.Lower, All | Ctx, perSlot);
        Emit(shape.Shape, Near | Ctx, perSlot);
        Emit(shape.ShortShape, All, perSlot);
        EmitAffixes(text, start, length, perSlot);
        EmitFlags(shape, length > 0 ? text[start] : ' ', perSlot);

        var lengthBucket = length <= 4 ? (char)('0' + length) : length <= 6 ? '5' : length <= 9 ? '7' : '9';
        Emit(StableHash.Add(StableHash.Start(Length), lengthBucket), Center, perSlot);
        EmitClasses(classes, shape.Letters > 0 && length > 0 && char.IsUpper(text[start]), perSlot);
    }

    /// <summary>What one pass over the word's characters finds: its lower case and shape hashes, and counts for the flags.</summary>
    private struct WordShape
    {
        public ulong Lower, Shape, ShortShape;
        public int Letters, Uppers, Digits, InnerUpper;
        public bool Hyphen, Period, Apostrophe;
    }

    private static WordShape Scan(string text, int start, int length)
    {
        var w = new WordShape { Lower = StableHash.Start(Lower), Shape = StableHash.Start(Shape), ShortShape = StableHash.Start(ShortShape) };
        char lastShort = '\0';
        var shapeLen = 0;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var s = ShapeOf(ref w, c, i > start, i < end - 1);
            w.Lower = StableHash.Add(w.Lower, char.ToLowerInvariant(c));
            if (shapeLen < 8)
            {
                w.Shape = StableHash.Add(w.Shape, s);
                shapeLen++;
            }

            if (s != lastShort)
            {
                w.ShortShape = StableHash.Add(w.ShortShape, s);
                lastShort = s;
            }
        }

        return w;
    }

    // One character's shape letter (X, x, d or the character itself), counting it into w.
    private static char ShapeOf(ref WordShape w, char c, bool notFirst, bool notLast)
    {
        if (char.IsUpper(c))
        {
            w.Letters++;
            w.Uppers++;
            if (notFirst)
            {
                w.InnerUpper++;
            }

            return 'X';
        }

        if (char.IsLetter(c))
        {
            w.Letters++;
            return 'x';
        }

        if (char.IsDigit(c))
        {
            w.Digits++;
            return 'd';
        }

        w.Hyphen |= Tokenizer.IsHyphen(c) && notFirst && notLast;
        w.Period |= c == '.';
        w.Apostrophe |= Tokenizer.IsApostrophe(c);
        return c;
    }

    // Affixes of the lower-cased word (letters only words are where they say something).
    private static void EmitAffixes(string text, int start, int length, List<ulong>[] perSlot)
    {
        var end = start + length;
        if (length >= 3)
        {
            Emit(Affix(Prefix2, text, start, 2), Center, perSlot);
            Emit(Affix(Suffix2, text, end - 2, 2), Center, perSlot);
        }

        if (length >= 4)
        {
            Emit(Affix(Prefix3, text, start, 3), Center, perSlot);
            Emit(Affix(Suffix3, text, end - 3, 3), Near, perSlot);
        }

        if (length >= 5)
        {
            Emit(Affix(Suffix4, text, end - 4, 4), Center, perSlot);
        }
    }

    // Shape flags, in the order the trainer emitted them.
    private static void EmitFlags(in WordShape w, char first, List<ulong>[] perSlot)
    {
        var letters = w.Letters > 0;
        EmitFlagIf(letters && char.IsUpper(first), 'C', Near | Ctx, perSlot);
        EmitFlagIf(w.Letters >= 2 && w.Uppers == w.Letters, 'A', Near | Ctx, perSlot);
        EmitFlagIf(letters && char.IsLower(first), 'l', Near | Ctx, perSlot);
        EmitFlagIf(w.InnerUpper > 0 && w.Uppers < w.Letters && char.IsUpper(first), 'M', Near, perSlot);
        EmitFlagIf(w.Digits > 0, 'D', Near, perSlot);
        EmitFlagIf(w.Hyphen, 'H', Near, perSlot);
        EmitFlagIf(w.Period && letters, 'P', Near | Ctx, perSlot);
        EmitFlagIf(w.Apostrophe && letters, '\'', Near, perSlot);
        EmitFlagIf(!letters && w.Digits == 0, '.', All, perSlot);
    }

    // Word-list classes: one feature per class, and the capitalized variant (a listed word written as a name).
    private static void EmitClasses(WordClass classes, bool capitalized, List<ulong>[] perSlot)
    {
        for (var bit = 0; bit < 32; bit++)
        {
            if (((uint)classes & (1u << bit)) == 0)
            {
                continue;
            }

            var h = StableHash.Add(StableHash.Start(Class), (char)('a' + bit));
            Emit(h, All | Ctx, perSlot);
            Emit(StableHash.Add(h, capitalized ? 'C' : 'l'), Near, perSlot);
        }
    }

    private static void EmitFlagIf(bool holds, char flag, int mask, List<ulong>[] perSlot)
    {
        if (holds)
        {
            EmitFlag(flag, mask, perSlot);
        }
    }

    private static ulong Affix(int template, string text, int start, int length)
    {
        var h = StableHash.Start(template);
        for (var i = start; i < start + length; i++)
        {
            h = StableHash.Add(h, char.ToLowerInvariant(text[i]));
        }

        return h;
    }

    private static void EmitFlag(char flag, int mask, List<ulong>[] perSlot) =>
        Emit(StableHash.Add(StableHash.Start(Flag), flag), mask, perSlot);

    private static void Emit(ulong baseHash, int mask, List<ulong>[] perSlot)
    {
        for (var s = 0; s < Slots; s++)
        {
            if ((mask & (1 << s)) != 0)
            {
                perSlot[s].Add(StableHash.Slot(baseHash, s));
            }
        }
    }

    private static void Clear(List<ulong>[] perSlot)
    {
        foreach (var l in perSlot)
        {
            l.Clear();
        }
    }

    /// <summary>A fresh per-slot key buffer.</summary>
    public static List<ulong>[] NewBuffer()
    {
        var b = new List<ulong>[Slots];
        for (var i = 0; i < Slots; i++)
        {
            b[i] = new List<ulong>(32);
        }

        return b;
    }

    /// <summary>
    /// The sentence context of token <paramref name="token"/> (slot 5 + this): 1 = first word of the sentence
    /// (or right after an opening quote or bracket there), 2 = a title-case, all-caps or headline sentence where
    /// capitals say little, 0 otherwise.
    /// </summary>
    public static int Context(in Sentence sentence, int token, Token[] tokens)
    {
        if (sentence.CapsUninformative)
        {
            return 2;
        }

        if (token == sentence.FirstToken)
        {
            return 1;
        }

        // After an opening punctuation run at the sentence start ("\"Police said...").
        for (var t = sentence.FirstToken; t < token; t++)
        {
            if (tokens[t].Kind != TokenKind.Punctuation)
            {
                return 0;
            }
        }

        return 1;
    }
}

using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Names;

/// <summary>
/// Span repairs after a sentence is tagged, for the CoNLL convention the tagger's greedy decoding cannot
/// always keep: a name neither starts nor ends with a word that has no capital letter, nor starts with an
/// article ("The Onion" → "Onion", "Sea Org group" → "Sea Org"); and an organization followed by "of" and
/// another name is one organization ("Church" + "of" + "Scientology"), and so is a place right before an
/// organization ("Boston" + "Red Sox").
/// </summary>
internal static class NameRepairs
{
    /// <summary>For the trainer's measurements only (with and without the repairs).</summary>
    internal static bool Enabled = true;

    public static void Apply(TokenizedText text, List<TaggedName> names, int from, List<float>? raw)
    {
        if (!Enabled || names.Count == from)
        {
            return;
        }

        var write = from;
        for (var i = from; i < names.Count; i++)
        {
            if (ListCommaAfterHead(text, names[i]) is var comma and >= 0)
            {
                var whole = names[i];
                names[i] = new TaggedName(whole.FirstToken, comma - whole.FirstToken, whole.Type, whole.Confidence);
                names.Insert(i + 1, new TaggedName(comma + 1, whole.EndToken - comma - 1, whole.Type, whole.Confidence));
                raw?.Insert(i + 1, raw[i]);
            }

            if (!Trim(text, names[i], out var repaired))
            {
                continue;
            }

            if (write > from && JoinsPrevious(text, names[write - 1], repaired))
            {
                var prev = names[write - 1];
                names[write - 1] = new TaggedName(prev.FirstToken, repaired.EndToken - prev.FirstToken, NameType.Organization, Math.Min(prev.Confidence, repaired.Confidence));
                if (raw != null)
                {
                    raw[write - 1] = Math.Min(raw[write - 1], raw[i]);
                }

                continue;
            }

            if (repaired.Type != NameType.Person && AfterLowerCaseTitle(text, repaired))
            {
                repaired = new TaggedName(repaired.FirstToken, repaired.TokenCount, NameType.Person, repaired.Confidence);
            }

            if (repaired.Type == NameType.Person)
            {
                repaired = WithNameWordAfterTitle(text, repaired, write > from ? names[write - 1].EndToken : 0);
                repaired = WithNameWordBeforeSpeech(text, repaired, i + 1 < names.Count ? names[i + 1].FirstToken : text.Tokens.Length);
            }

            names[write] = repaired;
            if (raw != null)
            {
                raw[write] = raw[i];
            }

            write++;
        }

        var remove = names.Count - write;
        if (remove > 0)
        {
            names.RemoveRange(write, remove);
            raw?.RemoveRange(write, remove);
        }
    }

    /// <summary>
    /// "the United National Movement, Coalition for Change and ...": a comma inside an organization name right after an
    /// organization's head word ("Movement", "Party", "Council"), with a capitalized word after it, ends that name and
    /// opens the next one of a list; or -1. Names that list their remits keep the comma ("Ministry of Economy, Trade
    /// and Industry": "Economy" is no head word).
    /// </summary>
    private static int ListCommaAfterHead(TokenizedText text, in TaggedName name)
    {
        if (name.Type != NameType.Organization)
        {
            return -1;
        }

        var tokens = text.Tokens;
        for (var c = name.FirstToken + 1; c < name.EndToken - 1; c++)
        {
            if (tokens[c].Kind == TokenKind.Punctuation && text.Text[tokens[c].Start] == ',' && tokens[c + 1].IsCapitalized
                && Lexicons.WordLists.OrgSuffixes.Contains(text.Text, tokens[c - 1]))
            {
                return c;
            }
        }

        return -1;
    }

    // The name without leading words that have no capital or are an article, and without trailing words that
    // have no capital, possessives and punctuation; false when nothing is left.
    private static bool Trim(TokenizedText text, in TaggedName name, out TaggedName trimmed)
    {
        var tokens = text.Tokens;
        int start = name.FirstToken, end = name.EndToken;
        while (start < end && ((NoCapital(text, start) && !OpensSpacedHyphenName(text, start, end)) || IsArticle(text, start) || CountBefore(text, start)
                               || IsDash(text, start)))
        {
            start++;
        }

        while (end > start && (NoCapital(text, end - 1) || tokens[end - 1].Kind is TokenKind.Possessive or TokenKind.Punctuation
                               || ContactLabel(text, end - 1)))
        {
            end--;
        }

        trimmed = new TaggedName(start, end - start, name.Type, name.Confidence);
        return end > start;
    }

    // Whether the (trimmed) name and the name kept before it are one organization: "<organization> of <name>"
    // ("Church" + "of" + "Scientology"), or "<place> <organization>" with nothing between ("Boston" + "Red Sox").
    private static bool JoinsPrevious(TokenizedText text, in TaggedName prev, in TaggedName name)
    {
        if (prev.Type == NameType.Organization && name.Type != NameType.Person && prev.EndToken + 1 == name.FirstToken
            && text.Tokens[prev.EndToken].IsLower && text.Is(prev.EndToken, "of"))
        {
            return true;
        }

        return prev.Type == NameType.Location && name.Type == NameType.Organization && prev.EndToken == name.FirstToken;
    }

    // "Japanese premier Sanae Kuroda": after a lower-case title the tagger may take only the surname of a name it
    // does not know; one capitalized word between the title and that one-word person, untagged and no title word
    // itself ("spokesman Colonel Issa"), is the person's given name.
    private static TaggedName WithNameWordAfterTitle(TokenizedText text, in TaggedName name, int freeFrom)
    {
        var word = name.FirstToken - 1;
        if (name.TokenCount != 1 || word < 1 || word < freeFrom)
        {
            return name;
        }

        ref readonly var w = ref text.Tokens[word];
        ref readonly var title = ref text.Tokens[word - 1];
        return w.Kind == TokenKind.Word && w.IsCapitalized && !w.IsAllCaps && title.Kind == TokenKind.Word && title.IsLower
               && Lexicons.WordLists.TitleHeads.Contains(text.Text, title) && !IsTitleWord(text, w)
            ? new TaggedName(word, name.TokenCount + 1, name.Type, name.Confidence)
            : name;
    }

    // "Enock Chacha Mwita said": the tagger may stop a person's name before a last word it does not know. In the
    // training text a capitalized word between a person's name and "said", "says" or "told" is part of the name 74
    // times in 76; so one untagged capitalized word there (not all capitals, no title word, no weekday or month:
    // "Ada Brelik Tuesday said") joins the name.
    private static TaggedName WithNameWordBeforeSpeech(TokenizedText text, in TaggedName name, int nextName)
    {
        var word = name.EndToken;
        if (word + 1 >= text.Tokens.Length || word >= nextName)
        {
            return name;
        }

        // The two words' flags and the speech verb before the two sentence searches.
        ref readonly var w = ref text.Tokens[word];
        ref readonly var verb = ref text.Tokens[word + 1];
        return w.Kind == TokenKind.Word && w.IsCapitalized && !w.IsAllCaps && verb.Kind == TokenKind.Word && verb.IsLower
               && (text.Is(word + 1, "said") || text.Is(word + 1, "says") || text.Is(word + 1, "told"))
               && text.SentenceOf(word) == text.SentenceOf(name.FirstToken) && !IsTitleWord(text, w)
               && !Lexicons.WordLists.Weekdays.Contains(text.Text, w)
            ? new TaggedName(name.FirstToken, name.TokenCount + 1, name.Type, name.Confidence)
            : name;
    }

    // "Foreign Ministry spokesman Nasser Kanaani said": a name right after a lower-case office word is the office's
    // holder, a person (in the training text 47 of 47 names after a lower-case title head are persons); an all-capital
    // first word ("spokesman NATO") is left as tagged.
    private static bool AfterLowerCaseTitle(TokenizedText text, in TaggedName name)
    {
        var title = name.FirstToken - 1;
        if (title < 0 || text.Tokens[name.FirstToken].IsAllCaps)
        {
            return false;
        }

        ref readonly var t = ref text.Tokens[title];
        return t.Kind == TokenKind.Word && t.IsLower && OfficeHolders.Contains(text.Text, t) && text.SentenceOf(title) == text.SentenceOf(name.FirstToken);
    }

    // Title heads that are only ever nouns for a person: not "major", "private", "general", "chief" or "leader", which
    // also qualify companies ("market leader Kessel", "private lender Harwick Bank").
    private static readonly TermTable<bool> OfficeHolders = TermTables.Words(
        "spokesman", "spokeswoman", "spokesperson", "minister", "president", "secretary", "ambassador", "envoy", "senator",
        "governor", "mayor", "premier", "chancellor", "commander", "judge", "prosecutor", "adviser", "advisor", "chairman",
        "chairwoman", "commissioner", "lawmaker", "legislator");

    // "Harwick, WA 98011 USA Tel: 425-...": a signature's field label before its colon ends no name (in the training
    // text a capitalized "Tel", "Phone", "Fax", "Cell" or "Email" before a colon is outside every name, 76 times in 76,
    // 4 of them right after a name the tagger may run on into).
    private static bool ContactLabel(TokenizedText text, int token)
    {
        var tokens = text.Tokens;
        ref readonly var t = ref tokens[token];
        return t.Kind == TokenKind.Word && t.IsCapitalized && token + 1 < tokens.Length && tokens[token + 1].Kind == TokenKind.Punctuation
               && text.Text[tokens[token + 1].Start] == ':' && ContactLabels.Contains(text.Text, t);
    }

    private static readonly TermTable<bool> ContactLabels = TermTables.Words(
        "tel", "telephone", "phone", "fax", "cell", "mobile", "email", "e-mail", "web", "website", "url");

    private static bool IsTitleWord(TokenizedText text, in Token w) =>
        Lexicons.WordLists.TitleHeads.Contains(text.Text, w) || Lexicons.WordLists.TitleModifiers.Contains(text.Text, w);

    // A word with letters, none of them capitals ("bar", "group", "of"); numbers and punctuation are not words here.
    // Asked of both ends of every name: the flags, tested at the call, decide most; the letters are read apart.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool NoCapital(TokenizedText text, int token)
    {
        ref readonly var t = ref text.Tokens[token];
        return t.Kind == TokenKind.Word && !t.IsCapitalized && !t.IsAllCaps && NoCapitalLetter(text.Text, t);
    }

    private static bool NoCapitalLetter(string s, in Token t)
    {
        for (var i = t.Start; i < t.End; i++)
        {
            if (char.IsUpper(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    // "al - Qaeda", "Musab al - Zarqawi": a particle joined by a spaced hyphen to a capitalized word opens the name (in
    // the training text a name opens with "<lower-case word> - <Capitalized>" 45 times, with a bare dash once); a dash
    // left at the start after a trim opens none.
    private static bool OpensSpacedHyphenName(TokenizedText text, int token, int end) =>
        token + 2 < end && IsDash(text, token + 1) && text.Tokens[token + 2].IsCapitalized;

    private static bool IsDash(TokenizedText text, int token)
    {
        ref readonly var t = ref text.Tokens[token];
        return t.Kind == TokenKind.Punctuation && t.Length == 1 && text.Text[t.Start] is '-' or '\u2013';
    }

    // "killed at least 50 Islamic State fighters": a number after a lower-case word (not an article) counts the
    // name's members; it does not open the name. In the training text a name opens with a number 52 times in 9,300.
    private static bool CountBefore(TokenizedText text, int token)
    {
        var tokens = text.Tokens;
        return tokens[token].Kind == TokenKind.Number && token > 0 && tokens[token - 1].Kind == TokenKind.Word && tokens[token - 1].IsLower
               && !IsArticle(text, token - 1);
    }

    private static bool IsArticle(TokenizedText text, int token) =>
        text.Tokens[token].Length <= 3 && (text.Is(token, "the") || text.Is(token, "a") || text.Is(token, "an"));
}

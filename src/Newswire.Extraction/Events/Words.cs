using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

/// <summary>Closed-class word categories the event rules read (a word may be in several).</summary>
[Flags]
internal enum WordClass
{
    None = 0,
    Determiner = 1 << 0,
    PossessivePronoun = 1 << 1,
    Preposition = 1 << 2,

    /// <summary>A preposition that introduces a place or time, not a participant ("in", "at", "during").</summary>
    Locative = 1 << 3,
    BeAux = 1 << 4,
    HaveAux = 1 << 5,
    Modal = 1 << 6,
    Future = 1 << 7,
    Negation = 1 << 8,

    /// <summary>Ends an object window: "after", "while", "because", "if", "which", "who"...</summary>
    Subordinator = 1 << 9,
    SubjectPronoun = 1 << 10,
    Conjunction = 1 << 11,

    /// <summary>Adverbs skipped when looking for a verb's neighbours ("also", "reportedly").</summary>
    Adverb = 1 << 12,

    /// <summary>Words that mark an event as planned ("planned", "upcoming", "scheduled").</summary>
    PlannedCue = 1 << 13,

    /// <summary>Definite determiners that make an event noun a back-reference ("the visit", "this summit").</summary>
    Definite = 1 << 14,

    /// <summary>Nouns naming a place by type, before an apposed name ("the Kazakh capital, Astana").</summary>
    PlaceNoun = 1 << 15,
    DoAux = 1 << 16,
}

internal static class Words
{
    private static readonly TermTable<WordClass> Table = Build();

    // Class bits (low 24) and the event rules' keyword id (K, high 8) in one probe per token.
    private static readonly TermTable<int> InfoTable = BuildInfo();

    public static WordClass Of(string text, in Token token)
    {
        if (token.Kind == TokenKind.Possessive)
        {
            return WordClass.None;
        }

        return Table.TryGet(text, token, out var c) ? c : WordClass.None;
    }

    public static int Info(string text, in Token token)
    {
        if (token.Kind == TokenKind.Possessive)
        {
            return 0;
        }

        return InfoTable.TryGet(text, token, out var c) ? c : 0;
    }

    /// <summary>Every word with a non-zero <see cref="Info"/> (normalized) and its value.</summary>
    internal static IEnumerable<KeyValuePair<string, int>> InfoEntries() => InfoTable.Entries();

    [MethodImpl(Hot.Once)]
    private static TermTable<int> BuildInfo()
    {
        var t = new TermTable<int>(512);
        foreach (var kv in Table.Entries())
        {
            t.Set(kv.Key, (int)kv.Value);
        }

        foreach (var kv in K.Table.Entries())
        {
            t.Set(kv.Key, (t.TryGet(kv.Key, out var old) ? old : 0) | (kv.Value << 24));
        }

        return t;
    }

    [MethodImpl(Hot.Once)]
    private static TermTable<WordClass> Build()
    {
        var t = new TermTable<WordClass>(256);

        void Add(WordClass c, params string[] words)
        {
            foreach (var w in words)
            {
                t.Set(w, t.TryGet(w, out var old) ? old | c : c);
            }
        }

        Add(WordClass.Determiner, "the", "a", "an", "this", "these", "those", "such", "each", "every", "both", "any", "some", "no", "another", "its", "their", "his", "her", "our", "my", "your",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "dozens", "hundreds", "thousands", "numerous");
        Add(WordClass.Definite, "the", "this", "that", "these", "those", "such", "each", "both");
        Add(WordClass.PossessivePronoun, "his", "her", "its", "their", "our");
        Add(WordClass.Preposition, "of", "in", "at", "on", "to", "for", "with", "from", "by", "near", "outside", "inside", "across",
            "during", "after", "before", "since", "over", "under", "against", "between", "among", "into", "toward", "towards",
            "through", "about", "amid", "around", "within", "without", "along", "beyond", "despite", "via", "upon", "onto", "following",
            "off");
        Add(WordClass.Locative, "in", "at", "near", "outside", "inside", "across", "during", "after", "before", "since", "amid",
            "around", "within", "along", "beyond", "despite", "via", "onto", "following", "throughout", "off", "on");
        Add(WordClass.BeAux, "is", "are", "was", "were", "be", "been", "being", "am");
        Add(WordClass.HaveAux, "has", "have", "had", "having");
        Add(WordClass.DoAux, "do", "does", "did");
        Add(WordClass.Modal, "will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll");
        Add(WordClass.Future, "will", "shall", "'ll");
        Add(WordClass.Negation, "not", "n't", "never", "neither");
        Add(WordClass.Subordinator, "after", "before", "while", "since", "although", "though", "because", "if", "unless", "until",
            "when", "whereas", "which", "who", "whom", "whose", "where", "as", "once", "whether");
        Add(WordClass.SubjectPronoun, "he", "she", "they", "it", "we");
        Add(WordClass.Conjunction, "and", "or", "but", "nor");
        Add(WordClass.Adverb, "also", "not", "never", "already", "just", "still", "then", "now", "again", "reportedly", "jointly",
            "formally", "officially", "finally", "later", "earlier", "recently", "today", "yesterday", "overnight", "once", "even",
            "previously", "subsequently", "further", "first", "last", "briefly", "personally", "separately", "simultaneously",
            "often", "always", "sometimes", "usually", "long", "twice", "ever");
        Add(WordClass.PlannedCue, "will", "shall", "'ll", "planned", "plans", "plan", "planning", "upcoming", "scheduled", "schedule",
            "expected", "expects", "proposed", "forthcoming", "intends", "intend", "tomorrow", "future", "slated", "prepares", "preparing");
        Add(WordClass.PlaceNoun, "capital", "city", "town", "village", "region", "province", "port", "district", "residence", "palace",
            "base", "headquarters", "republic", "country", "state", "oblast", "area", "enclave", "island");
        return t;
    }
}

/// <summary>What <see cref="EventLexicon.Facts"/> knows of a word.</summary>
internal struct TokenFacts
{
    public const byte TimeStarter = 1;
    public const byte Noun = 2;
    public const byte CompoundTail = 4;
    public const byte VerbForm = 8;
    public const byte CalendarWord = 16;

    /// <summary>As <see cref="Words.Info"/>.</summary>
    public int Info;

    /// <summary>Which of the tables the word is in.</summary>
    public byte Bits;

    /// <summary>
    /// 1 + index into <see cref="EventLexicon.FactTargets"/> (the word's event noun and verb forms), 0 for none; set
    /// for every word with <see cref="Noun"/> or <see cref="VerbForm"/> (unless there were more than 65,535), so the
    /// candidate search needs no second probe. Placed after <see cref="Bits"/>, in its padding: the table stays small.
    /// </summary>
    public ushort Target;

    /// <summary>The event filter tables (<see cref="Stages.StageWords"/>) holding the word, or starting a phrase with it.</summary>
    public Stages.StageSet Stage;

    [MethodImpl(Hot.Once)]
    internal static TermTable<TokenFacts> Build(EventLexicon lex, out FactTarget[] targets)
    {
        var t = new TermTable<TokenFacts>(8192);
        void Add(string key, int info, byte bits)
        {
            t.TryGet(key, out var f);
            f.Info |= info;
            f.Bits |= bits;
            t.Set(key, f);
        }

        foreach (var kv in Words.InfoEntries())
        {
            Add(kv.Key, kv.Value, 0);
        }

        foreach (var key in TimeExpressions.StarterKeys())
        {
            Add(key, 0, TimeStarter);
        }

        foreach (var key in TimeExpressions.CalendarKeys())
        {
            Add(key, 0, CalendarWord);
        }

        foreach (var kv in lex.Nouns.Entries())
        {
            Add(kv.Key, 0, Noun);
        }

        foreach (var kv in lex.CompoundTails.Entries())
        {
            Add(kv.Key, 0, CompoundTail);
        }

        foreach (var kv in lex.VerbForms.Entries())
        {
            Add(kv.Key, 0, VerbForm);
        }

        foreach (var kv in Stages.StageWords.Default.FirstWords())
        {
            t.TryGet(kv.Key, out var f);
            f.Stage |= kv.Value;
            t.Set(kv.Key, f);
        }

        targets = Targets(lex, t);
        return t;
    }

    // The event noun and verb forms of every word that has them, numbered into TokenFacts.Target.
    private static FactTarget[] Targets(EventLexicon lex, TermTable<TokenFacts> t)
    {
        var keys = new List<string>();
        foreach (var kv in t.Entries())
        {
            if ((kv.Value.Bits & (Noun | VerbForm)) != 0)
            {
                keys.Add(kv.Key);
            }
        }

        var targets = new List<FactTarget>();
        foreach (var key in keys)
        {
            if (targets.Count >= ushort.MaxValue)
            {
                break; // the rest keep Target 0 and are looked up as before
            }

            lex.Nouns.TryGet(key, out var noun);
            lex.VerbForms.TryGet(key, out var forms);
            targets.Add(new FactTarget(noun, forms));
            t.TryGet(key, out var f);
            f.Target = (ushort)targets.Count;
            t.Set(key, f);
        }

        return targets.ToArray();
    }
}

/// <summary>What <see cref="TokenFacts.Target"/> points to: a word's event noun and verb forms (either may be null).</summary>
internal readonly struct FactTarget
{
    public FactTarget(NounEntry? noun, VerbForm[]? forms)
    {
        Noun = noun;
        Forms = forms;
    }

    public readonly NounEntry? Noun;
    public readonly VerbForm[]? Forms;
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Newswire.Extraction.Names.Training;

/// <summary>Exact-span, typed precision/recall/F1 per name type (CoNLL style), plus each predicted span's raw score and correctness.</summary>
internal sealed class SpanEvaluation
{
    private readonly int[] _tp = new int[5];
    private readonly int[] _fp = new int[5];
    private readonly int[] _fn = new int[5];

    /// <summary>(raw score, calibrated confidence, correct) of every predicted span.</summary>
    public List<(float Raw, float Confidence, bool Correct)> Spans { get; } = new List<(float, float, bool)>();

    /// <summary>Wrong and missed spans as text ("+ORG Foo" = predicted, not gold; "-PER Bar" = gold, missed), when asked for.</summary>
    public List<string>? Errors { get; private set; }

    public static SpanEvaluation Run(NameTagger tagger, IEnumerable<TrainingDocument> documents, bool skipMisc = false, bool errors = false)
    {
        var e = new SpanEvaluation { Errors = errors ? new List<string>() : null };
        var names = new List<TaggedName>();
        var raw = new List<float>();
        foreach (var doc in documents)
        {
            names.Clear();
            raw.Clear();
            tagger.TagRaw(doc.Text, names, raw);
            var gold = new HashSet<(int, int, NameType)>();
            foreach (var g in doc.Names)
            {
                if (!(skipMisc && g.Type == NameType.Misc))
                {
                    gold.Add(g);
                }
            }

            var matched = new HashSet<(int, int, NameType)>();
            for (var i = 0; i < names.Count; i++)
            {
                var n = names[i];
                if (skipMisc && n.Type == NameType.Misc)
                {
                    continue;
                }

                var key = (n.FirstToken, n.TokenCount, n.Type);
                var ok = gold.Contains(key) && matched.Add(key);
                if (ok)
                {
                    e._tp[(int)n.Type]++;
                }
                else
                {
                    e._fp[(int)n.Type]++;
                    e.Errors?.Add("+" + n.Type + " " + SpanText(doc, n.FirstToken, n.TokenCount));
                }

                e.Spans.Add((raw[i], n.Confidence, ok));
            }

            foreach (var g in gold)
            {
                if (!matched.Contains(g))
                {
                    e._fn[(int)g.Item3]++;
                    e.Errors?.Add("-" + g.Item3 + " " + SpanText(doc, g.Item1, g.Item2));
                }
            }
        }

        return e;
    }

    private static string SpanText(TrainingDocument doc, int first, int count)
    {
        var tokens = doc.Text.Tokens;
        var sentence = doc.Text.Sentences[doc.Text.SentenceOf(first)];
        var from = Math.Max(sentence.FirstToken, first - 3);
        var to = Math.Min(sentence.EndToken, first + count + 3);
        var context = doc.Text.Text.Substring(tokens[from].Start, tokens[to - 1].End - tokens[from].Start);
        return doc.Text.Text.Substring(tokens[first].Start, tokens[first + count - 1].End - tokens[first].Start) + "    | " + context.Replace('\n', ' ');
    }

    public (double P, double R, double F) Score(NameType? type)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var t = 1; t <= 4; t++)
        {
            if (type == null || (int)type == t)
            {
                tp += _tp[t];
                fp += _fp[t];
                fn += _fn[t];
            }
        }

        var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    public double F1 => Score(null).F;

    public string Report()
    {
        var sb = new StringBuilder();
        foreach (var (name, type) in new (string, NameType?)[] { ("PER", NameType.Person), ("ORG", NameType.Organization), ("LOC", NameType.Location), ("MISC", NameType.Misc), ("all", null) })
        {
            var (p, r, f) = Score(type);
            var gold = type == null ? Sum(_tp) + Sum(_fn) : _tp[(int)type] + _fn[(int)type];
            sb.AppendLine(string.Format(CultureInfo.InvariantCulture, "  {0,-4} P={1:F3} R={2:F3} F1={3:F3} (gold {4})", name, p, r, f, gold));
        }

        return sb.ToString();
    }

    /// <summary>Precision of the predicted spans by confidence band (the calibration table).</summary>
    public string CalibrationTable()
    {
        var sb = new StringBuilder();
        var bands = new[] { 0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.01 };
        for (var b = 0; b + 1 < bands.Length; b++)
        {
            int n = 0, ok = 0;
            foreach (var s in Spans)
            {
                if (s.Confidence >= bands[b] && s.Confidence < bands[b + 1])
                {
                    n++;
                    ok += s.Correct ? 1 : 0;
                }
            }

            sb.AppendLine(string.Format(CultureInfo.InvariantCulture, "  [{0:F2}, {1:F2}) spans {2,5} precision {3:F3}", bands[b], Math.Min(1.0, bands[b + 1]), n, n == 0 ? 0 : (double)ok / n));
        }

        int hi = 0, hiOk = 0;
        foreach (var s in Spans)
        {
            if (s.Confidence >= 0.9)
            {
                hi++;
                hiOk += s.Correct ? 1 : 0;
            }
        }

        sb.AppendLine(string.Format(CultureInfo.InvariantCulture, "  >= 0.90   spans {0,5} precision {1:F3}", hi, hi == 0 ? 0 : (double)hiOk / hi));
        return sb.ToString();
    }

    private static int Sum(int[] a)
    {
        var s = 0;
        for (var i = 1; i < a.Length; i++)
        {
            s += a[i];
        }

        return s;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Layout;
using Newswire.Extraction.Lexicons;
using Newswire.Generators.Model;

namespace Newswire.Generators;

/// <summary>The consumer's lexicon file (item <c>NewswireLexicon</c>): its text, and NEWS013 for each bad line.</summary>
internal static class LexiconReader
{
    /// <summary>
    /// Every lexicon file as one text, in path order so the result does not depend on item order (null when
    /// there is none), with the problems of all of them.
    /// </summary>
    public static LexiconSet ReadAll(IEnumerable<LexiconSource> files, CancellationToken cancellationToken)
    {
        var models = new List<LexiconModel>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (seen.Add(file.Path))
            {
                cancellationToken.ThrowIfCancellationRequested();
                models.Add(Read(file));
            }
        }

        if (models.Count == 0)
        {
            return LexiconSet.None;
        }

        models.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var m in models)
        {
            diagnostics.AddRange(m.Diagnostics);
        }

        return new LexiconSet(string.Join("\n", models.Select(m => m.Text)), new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
    }

    public static LexiconModel Read(LexiconSource file)
    {
        var text = file.Text;
        if (text is null)
        {
            var unreadable = new DiagnosticInfo(
                DiagnosticCatalog.InvalidLexiconEntry.Id,
                DiagnosticCatalog.InvalidLexiconEntry.Format("the lexicon file could not be read"),
                file.Path, 0, 0, 1, 1);
            return new LexiconModel(file.Path, "", new EquatableArray<DiagnosticInfo>(new[] { unreadable }));
        }

        var problems = LexiconFile.Validate(text);
        var diagnostics = new DiagnosticInfo[problems.Count];
        var lines = problems.Count == 0 ? null : LineMap.Build(text);
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var line = Math.Max(1, Math.Min(problems[i].Key, lines!.Count));
            var start = lines.Start(line - 1);
            diagnostics[i] = new DiagnosticInfo(
                DiagnosticCatalog.InvalidLexiconEntry.Id,
                DiagnosticCatalog.InvalidLexiconEntry.Format("line " + line + ": " + problems[i].Value + " (the line is skipped)"),
                file.Path, start, lines.ContentEnd(line - 1) - start, line, 1);
        }

        return new LexiconModel(file.Path, text, new EquatableArray<DiagnosticInfo>(diagnostics));
    }
}

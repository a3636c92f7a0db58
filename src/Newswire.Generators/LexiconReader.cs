using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Layout;
using Newswire.Extraction.Lexicons;
using Newswire.Generators.Model;

namespace Newswire.Generators
{
    /// <summary>The consumer's lexicon file (item <c>NewswireLexicon</c>): its text, and NEWS013 for each bad line.</summary>
    internal static class LexiconReader
    {
        public static LexiconModel Read(AdditionalText file, CancellationToken cancellationToken)
        {
            var text = file.GetText(cancellationToken)?.ToString();
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
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Newswire.Extraction;
using Newswire.Extraction.Codec;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Model;
using Newswire.Generators.Model;

namespace Newswire.Generators;

/// <summary>
/// The generator's side of reading: which AdditionalFiles are articles, and the extraction of one article
/// into an equatable <see cref="ArticleModel"/>. All the real work is <see cref="ArticleExtractor"/>.
/// </summary>
internal static class ArticleReader
{
    // Text files other analyzers read; never articles.
    private static readonly string[] OtherAnalyzersFiles =
    {
        "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt", "InternalAPI.Shipped.txt", "InternalAPI.Unshipped.txt",
        "BannedSymbols.txt", "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md", "stylecop.json", "NativeMethods.txt",
    };

    /// <summary>Whether an AdditionalFile is an article, and its per-file overrides.</summary>
    public static ArticleFile? Classify(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (IsLexicon(options))
        {
            return null;
        }

        options.TryGetValue("build_metadata.AdditionalFiles.NewswireArticle", out var flag);
        flag = flag?.Trim();
        if (string.Equals(flag, "false", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase))
        {
            // A plain AdditionalFile: only .txt files that are not another analyzer's input.
            var name = Path.GetFileName(file.Path);
            if (!name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || IsOtherAnalyzersFile(name))
            {
                return null;
            }
        }

        var text = ReadText(file, cancellationToken, out var failure);
        return new ArticleFile(file.Path, text, failure, Metadata(options, "NewswireId"), Metadata(options, "NewswireOutlet"), Metadata(options, "NewswireDate"));
    }

    /// <summary>The file's text, or null with the reason (never throws but for cancellation).</summary>
    public static string? ReadText(AdditionalText file, CancellationToken cancellationToken, out string? failure)
    {
        failure = null;
        try
        {
            return file.GetText(cancellationToken)?.ToString();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failure = e.GetType().Name + ": " + e.Message;
            return null;
        }
    }

    /// <summary>Whether an AdditionalFile is the consumer's lexicon (item <c>NewswireLexicon</c>).</summary>
    public static bool IsLexicon(AnalyzerConfigOptions options) =>
        options.TryGetValue("build_metadata.AdditionalFiles.NewswireLexicon", out var flag)
        && string.Equals(flag.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads and extracts one article. Never throws: failures become diagnostics.</summary>
    public static ArticleModel Read(ArticleFile file, GeneratorSettings settings, string? lexicon, CancellationToken cancellationToken)
    {
        var path = file.Path;
        var relative = RelativePath(path, settings.ProjectDir);
        var text = file.Text;
        var failure = file.Failure;
        if (text is null)
        {
            var diagnostic = new DiagnosticInfo(
                DiagnosticCatalog.UnreadableArticle.Id,
                DiagnosticCatalog.UnreadableArticle.Format(failure ?? "the compiler has no text for it (the file is missing, locked, or a binary file); make it a text file (UTF-8, or UTF-16 with a byte-order mark) or remove it from the Article/AdditionalFiles items"),
                path, 0, 0, 1, 1);
            return Empty(relative, path, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var options = new ExtractionOptions(settings.MaxArticleChars, settings.MaxLineChars, settings.MaxActors, lexicon);
        ExtractedArticle extracted;
        try
        {
            extracted = ArticleExtractor.Extract(relative, text, options);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The extractor is meant never to throw; if it does, keep the article's text and say so.
            extracted = ArticleExtractor.Extract(relative, text, new ExtractionOptions(0, settings.MaxLineChars, 0, null));
            var bug = new DiagnosticInfo(
                DiagnosticCatalog.UnreadableArticle.Id,
                DiagnosticCatalog.UnreadableArticle.Format("extraction failed (" + e.GetType().Name + "); the text is kept without actors and events. Please report this article"),
                path, 0, 0, 1, 1);
            return ToModel(extracted, relative, path, file, bug);
        }

        return ToModel(extracted, relative, path, file, null);
    }

    private static ArticleModel ToModel(ExtractedArticle a, string relative, string path, ArticleFile file, DiagnosticInfo? extra)
    {
        var diagnostics = new List<DiagnosticInfo>(a.Diagnostics.Count + 1);
        foreach (var d in a.Diagnostics)
        {
            diagnostics.Add(new DiagnosticInfo(d.Id, d.Message, path, d.Start, d.Length, d.Line, d.Column));
        }

        if (extra != null)
        {
            diagnostics.Add(extra);
        }

        // Item metadata wins over front matter, which wins over the file itself.
        string? published = null;
        if (file.Date != null)
        {
            if (Extraction.Layout.DateParser.TryParse(file.Date, out var date))
            {
                published = Extraction.Layout.DateParser.ToIso(date);
            }
            else
            {
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticCatalog.InvalidOption.Id,
                    DiagnosticCatalog.InvalidOption.Format("NewswireDate", file.Date, "not a date (write it like " + Extraction.Layout.DateParser.Examples + "); the article's own date is used"),
                    path, 0, 0, 1, 1));
            }
        }

        var data = ArticleData.From(a, file.Id, file.Outlet, published);
        var actors = new ActorSummary[a.Actors.Count];
        for (var i = 0; i < actors.Length; i++)
        {
            var actor = a.Actors[i];
            actors[i] = new ActorSummary(actor.Key, actor.Name, actor.Kind, actor.Country, EquatableArray.From(actor.Roles), EquatableArray.From(actor.Aliases));
        }

        var paragraphs = a.Layout.Paragraphs;
        return new ArticleModel(
            relative,
            path,
            HintName(relative),
            Suffix(relative),
            data.Id,
            data.ExplicitId,
            data.Title,
            data.Outlet,
            a.Text,
            paragraphs.Count > 0 ? a.Text.Substring(paragraphs[0].Start, paragraphs[0].Length) : "",
            paragraphs.Count,
            a.Events.Count,
            ArticleDataCodec.Encode(data),
            new EquatableArray<ActorSummary>(actors),
            new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
    }

    private static ArticleModel Empty(string relative, string path, EquatableArray<DiagnosticInfo> diagnostics)
    {
        var name = ArticleExtractor.FileName(relative);
        return new ArticleModel(
            relative, path, HintName(relative), Suffix(relative), name, false, name, null, "", "", 0, 0, "",
            EquatableArray<ActorSummary>.Empty, diagnostics);
    }

    /// <summary>What the cross-article steps need of <paramref name="model"/>.</summary>
    public static PlanInput PlanInput(ArticleModel model) =>
        new PlanInput(model.Path, model.FilePath, model.Id, model.Title, model.ExplicitId, model.Actors);

    /// <summary>The path relative to the project folder, with '/' separators; the full path when outside it.</summary>
    public static string RelativePath(string path, string? projectDir)
    {
        var normalized = path.Replace('\\', '/');
        if (!string.IsNullOrEmpty(projectDir))
        {
            var dir = projectDir!.Replace('\\', '/');
            if (!dir.EndsWith("/", StringComparison.Ordinal))
            {
                dir += "/";
            }

            if (normalized.StartsWith(dir, StringComparison.OrdinalIgnoreCase))
            {
                return normalized.Substring(dir.Length);
            }
        }

        return normalized;
    }

    /// <summary>Unique per path: the file name for readability plus a hash of the whole relative path.</summary>
    public static string HintName(string relative)
    {
        var name = ArticleExtractor.FileName(relative);
        var safe = new char[Math.Min(name.Length, 60)];
        for (var i = 0; i < safe.Length; i++)
        {
            var c = name[i];
            safe[i] = (c < 128 && char.IsLetterOrDigit(c)) || c == '_' || c == '-' ? c : '_';
        }

        return "Newswire.Articles/" + new string(safe) + "." + Suffix(relative) + ".g.cs";
    }

    /// <summary>64-bit FNV-1a of the relative path as 16 hex digits: stable across runs and machines.</summary>
    public static string Suffix(string relative)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in relative)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }

    private static string? Metadata(AnalyzerConfigOptions options, string name)
    {
        if (options.TryGetValue("build_metadata.AdditionalFiles." + name, out var value))
        {
            value = value.Trim();
            return value.Length == 0 ? null : value;
        }

        return null;
    }

    private static bool IsOtherAnalyzersFile(string name)
    {
        foreach (var known in OtherAnalyzersFiles)
        {
            if (string.Equals(name, known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return name.StartsWith("PublicAPI.", StringComparison.OrdinalIgnoreCase) || name.StartsWith("InternalAPI.", StringComparison.OrdinalIgnoreCase);
    }
}

using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Newswire.Extraction.Diagnostics;

namespace Newswire.Generators.Diagnostics;

/// <summary>
/// Roslyn descriptors for every Newswire diagnostic (NEWS001-NEWS099), tracked in AnalyzerReleases.*.md.
/// Titles and messages come from <see cref="DiagnosticCatalog"/>, which the CLI's <c>check</c> prints too;
/// the message format is "{0}" because the catalog formats the message. A test keeps ids, categories and
/// severities here equal to the catalog's.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string HelpLink = "https://github.com/newswire/newswire#";

    /// <summary>NEWS001: Empty article.</summary>
    public static readonly DiagnosticDescriptor EmptyArticle = new DiagnosticDescriptor(
        "NEWS001", DiagnosticCatalog.EmptyArticle.Title, "{0}", "Newswire.Article", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink + "news001");

    /// <summary>NEWS002: Article has no headline.</summary>
    public static readonly DiagnosticDescriptor NoHeadline = new DiagnosticDescriptor(
        "NEWS002", DiagnosticCatalog.NoHeadline.Title, "{0}", "Newswire.Article", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink + "news002");

    /// <summary>NEWS003: Front matter not closed.</summary>
    public static readonly DiagnosticDescriptor FrontMatterNotClosed = new DiagnosticDescriptor(
        "NEWS003", DiagnosticCatalog.FrontMatterNotClosed.Title, "{0}", "Newswire.FrontMatter", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink + "news003");

    /// <summary>NEWS004: Unknown front matter key.</summary>
    public static readonly DiagnosticDescriptor UnknownFrontMatterKey = new DiagnosticDescriptor(
        "NEWS004", DiagnosticCatalog.UnknownFrontMatterKey.Title, "{0}", "Newswire.FrontMatter", DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLink + "news004");

    /// <summary>NEWS005: Invalid front matter entry.</summary>
    public static readonly DiagnosticDescriptor InvalidFrontMatter = new DiagnosticDescriptor(
        "NEWS005", DiagnosticCatalog.InvalidFrontMatter.Title, "{0}", "Newswire.FrontMatter", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink + "news005");

    /// <summary>NEWS006: Identifier collision resolved.</summary>
    public static readonly DiagnosticDescriptor IdentifierCollision = new DiagnosticDescriptor(
        "NEWS006", DiagnosticCatalog.IdentifierCollision.Title, "{0}", "Newswire.Naming", DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: HelpLink + "news006");

    /// <summary>NEWS007: Article too large.</summary>
    public static readonly DiagnosticDescriptor ArticleTooLarge = new DiagnosticDescriptor(
        "NEWS007", DiagnosticCatalog.ArticleTooLarge.Title, "{0}", "Newswire.Limits", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink + "news007");

    /// <summary>NEWS008: Unreadable article.</summary>
    public static readonly DiagnosticDescriptor UnreadableArticle = new DiagnosticDescriptor(
        "NEWS008", DiagnosticCatalog.UnreadableArticle.Title, "{0}", "Newswire.Article", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink + "news008");

    /// <summary>NEWS009: Article is not clean text.</summary>
    public static readonly DiagnosticDescriptor InvalidText = new DiagnosticDescriptor(
        "NEWS009", DiagnosticCatalog.InvalidText.Title, "{0}", "Newswire.Article", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink + "news009");

    /// <summary>NEWS010: Line too long.</summary>
    public static readonly DiagnosticDescriptor LineTooLong = new DiagnosticDescriptor(
        "NEWS010", DiagnosticCatalog.LineTooLong.Title, "{0}", "Newswire.Limits", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink + "news010");

    /// <summary>NEWS011: Too many actors.</summary>
    public static readonly DiagnosticDescriptor TooManyActors = new DiagnosticDescriptor(
        "NEWS011", DiagnosticCatalog.TooManyActors.Title, "{0}", "Newswire.Limits", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink + "news011");

    /// <summary>NEWS012: Invalid Newswire option.</summary>
    public static readonly DiagnosticDescriptor InvalidOption = new DiagnosticDescriptor(
        "NEWS012", DiagnosticCatalog.InvalidOption.Title, "{0}", "Newswire.Configuration", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink + "news012");

    /// <summary>NEWS013: Invalid lexicon entry.</summary>
    public static readonly DiagnosticDescriptor InvalidLexiconEntry = new DiagnosticDescriptor(
        "NEWS013", DiagnosticCatalog.InvalidLexiconEntry.Title, "{0}", "Newswire.Configuration", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink + "news013");

    /// <summary>NEWS014: No article found.</summary>
    public static readonly DiagnosticDescriptor NoArticles = new DiagnosticDescriptor(
        "NEWS014", DiagnosticCatalog.NoArticles.Title, "{0}", "Newswire.Article", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink + "news014");

    /// <summary>NEWS015: Duplicate article id.</summary>
    public static readonly DiagnosticDescriptor DuplicateArticleId = new DiagnosticDescriptor(
        "NEWS015", DiagnosticCatalog.DuplicateArticleId.Title, "{0}", "Newswire.Naming", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink + "news015");

    private static readonly Dictionary<string, DiagnosticDescriptor> ByIdMap = Create();

    public static IEnumerable<DiagnosticDescriptor> All => ByIdMap.Values;

    public static DiagnosticDescriptor ById(string id) => ByIdMap[id];

    private static Dictionary<string, DiagnosticDescriptor> Create()
    {
        var all = new[]
        {
            EmptyArticle, NoHeadline, FrontMatterNotClosed, UnknownFrontMatterKey, InvalidFrontMatter, IdentifierCollision, ArticleTooLarge, UnreadableArticle, InvalidText, LineTooLong, TooManyActors, InvalidOption, InvalidLexiconEntry, NoArticles, DuplicateArticleId,
        };
        var map = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var d in all)
        {
            map.Add(d.Id, d);
        }

        return map;
    }
}

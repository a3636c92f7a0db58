namespace Newswire.Extraction.Diagnostics;

/// <summary>
/// Every Newswire diagnostic in one place (IDs NEWS001-NEWS099). The generator turns these into Roslyn
/// descriptors and the CLI's <c>check</c> prints them, so both say the same thing.
/// New IDs go to the end and into AnalyzerReleases.Unshipped.md.
/// </summary>
public static class DiagnosticCatalog
{
    private const string Article = "Newswire.Article";
    private const string FrontMatterCategory = "Newswire.FrontMatter";
    private const string Naming = "Newswire.Naming";
    private const string Limits = "Newswire.Limits";
    private const string Configuration = "Newswire.Configuration";

    /// <summary>NEWS001: the article has no text.</summary>
    public static readonly DiagnosticDefinition EmptyArticle = new DiagnosticDefinition(
        "NEWS001", "Empty article",
        "The article is empty; nothing was generated for it",
        DiagnosticSeverityLevel.Warning, Article);

    /// <summary>NEWS002: no headline line.</summary>
    public static readonly DiagnosticDefinition NoHeadline = new DiagnosticDefinition(
        "NEWS002", "Article has no headline",
        "The article has no headline line after its front matter; add a headline or a 'title:' entry (the file name is used instead)",
        DiagnosticSeverityLevel.Warning, Article);

    /// <summary>NEWS003: front matter never closed.</summary>
    public static readonly DiagnosticDefinition FrontMatterNotClosed = new DiagnosticDefinition(
        "NEWS003", "Front matter not closed",
        "Front matter opened on line {0} is never closed; the article is read as if it had none (add a '---' line after the last 'key: value' line)",
        DiagnosticSeverityLevel.Warning, FrontMatterCategory);

    /// <summary>NEWS004: unknown front matter key.</summary>
    public static readonly DiagnosticDefinition UnknownFrontMatterKey = new DiagnosticDefinition(
        "NEWS004", "Unknown front matter key",
        "Unknown front matter key '{0}'; it is kept in Article.FrontMatter but has no meaning to Newswire (known keys: {1})",
        DiagnosticSeverityLevel.Info, FrontMatterCategory);

    /// <summary>NEWS005: malformed front matter line or value.</summary>
    public static readonly DiagnosticDefinition InvalidFrontMatter = new DiagnosticDefinition(
        "NEWS005", "Invalid front matter entry",
        "Invalid front matter entry: {0}",
        DiagnosticSeverityLevel.Warning, FrontMatterCategory);

    /// <summary>NEWS006: two articles or actors wanted the same identifier.</summary>
    public static readonly DiagnosticDefinition IdentifierCollision = new DiagnosticDefinition(
        "NEWS006", "Identifier collision resolved",
        "{0} '{1}' would be named '{2}' like another one; it is generated as '{3}' ({4})",
        DiagnosticSeverityLevel.Info, Naming);

    /// <summary>NEWS007: article over the size limit.</summary>
    public static readonly DiagnosticDefinition ArticleTooLarge = new DiagnosticDefinition(
        "NEWS007", "Article too large",
        "The article has {0} characters, over the limit of {1} (NewswireMaxArticleChars); its full text is kept but actors and events are read only from the first {1} characters",
        DiagnosticSeverityLevel.Warning, Limits);

    /// <summary>NEWS008: the file could not be read.</summary>
    public static readonly DiagnosticDefinition UnreadableArticle = new DiagnosticDefinition(
        "NEWS008", "Unreadable article",
        "The article file could not be read: {0}",
        DiagnosticSeverityLevel.Warning, Article);

    /// <summary>NEWS009: the text is not valid text.</summary>
    public static readonly DiagnosticDefinition InvalidText = new DiagnosticDefinition(
        "NEWS009", "Article is not clean text",
        "The article contains {0}; it is kept as read, check the file's encoding (articles are read as UTF-8 unless they start with a byte-order mark)",
        DiagnosticSeverityLevel.Warning, Article);

    /// <summary>NEWS010: a line too long to analyse.</summary>
    public static readonly DiagnosticDefinition LineTooLong = new DiagnosticDefinition(
        "NEWS010", "Line too long",
        "Line {0} has {1} characters, over the limit of {2} (NewswireMaxLineChars); it is kept in the text but not analysed for actors and events",
        DiagnosticSeverityLevel.Warning, Limits);

    /// <summary>NEWS011: actor cap reached.</summary>
    public static readonly DiagnosticDefinition TooManyActors = new DiagnosticDefinition(
        "NEWS011", "Too many actors",
        "The article names more than {0} actors (NewswireMaxActorsPerArticle); the first {0} are kept",
        DiagnosticSeverityLevel.Warning, Limits);

    /// <summary>NEWS012: bad MSBuild option.</summary>
    public static readonly DiagnosticDefinition InvalidOption = new DiagnosticDefinition(
        "NEWS012", "Invalid Newswire option",
        "Invalid value '{1}' for {0}: {2}",
        DiagnosticSeverityLevel.Warning, Configuration);

    /// <summary>NEWS013: bad line in a consumer lexicon.</summary>
    public static readonly DiagnosticDefinition InvalidLexiconEntry = new DiagnosticDefinition(
        "NEWS013", "Invalid lexicon entry",
        "Invalid lexicon entry: {0}",
        DiagnosticSeverityLevel.Warning, Configuration);

    /// <summary>NEWS014: Newswire is referenced but no article was found.</summary>
    public static readonly DiagnosticDefinition NoArticles = new DiagnosticDefinition(
        "NEWS014", "No article found",
        "Newswire found no article in this project, so Articles, Actors and Events are empty. With no Article or AdditionalFiles items it reads news/**/*.txt under the project folder ({0}); put the articles there, or name them in the project file, e.g. <Article Include=\"articles/**/*.txt\" />",
        DiagnosticSeverityLevel.Warning, Article);

    /// <summary>NEWS015: two articles have the same id.</summary>
    public static readonly DiagnosticDefinition DuplicateArticleId = new DiagnosticDefinition(
        "NEWS015", "Duplicate article id",
        "Article id '{0}' is also the id of {1}; Articles.ById(\"{0}\") returns that one and this article is generated as '{2}'. Give one of the two articles another front matter 'id' (or NewswireId)",
        DiagnosticSeverityLevel.Warning, Naming);

    /// <summary>All definitions, by id order.</summary>
    public static readonly DiagnosticDefinition[] All =
    {
        EmptyArticle, NoHeadline, FrontMatterNotClosed, UnknownFrontMatterKey, InvalidFrontMatter, IdentifierCollision,
        ArticleTooLarge, UnreadableArticle, InvalidText, LineTooLong, TooManyActors, InvalidOption, InvalidLexiconEntry,
        NoArticles, DuplicateArticleId,
    };
}

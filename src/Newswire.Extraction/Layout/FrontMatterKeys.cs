namespace Newswire.Extraction.Layout;

/// <summary>Front matter keys that Newswire gives a meaning to.</summary>
public static class FrontMatterKeys
{
    /// <summary>The article's id and generated member name.</summary>
    public const string Id = "id";

    /// <summary>Overrides the headline line.</summary>
    public const string Title = "title";

    /// <summary>Synonym of <see cref="Title"/>.</summary>
    public const string Headline = "headline";

    /// <summary>Publication date (ISO 8601 or "October 10, 2024").</summary>
    public const string Date = "date";

    /// <summary>Synonym of <see cref="Date"/>.</summary>
    public const string Published = "published";

    /// <summary>The news outlet.</summary>
    public const string Outlet = "outlet";

    /// <summary>Synonym of <see cref="Outlet"/> (newspaper exports name it so).</summary>
    public const string Publication = "publication";

    /// <summary>Synonym of <see cref="Outlet"/>.</summary>
    public const string Publisher = "publisher";

    /// <summary>The outlet's section.</summary>
    public const string Section = "section";

    /// <summary>Synonym of <see cref="Section"/> (blogs and feeds name it so).</summary>
    public const string Category = "category";

    /// <summary>Synonym of <see cref="Section"/> (newsroom systems name it so).</summary>
    public const string Desk = "desk";

    /// <summary>Where the article was published.</summary>
    public const string Url = "url";

    /// <summary>Byline.</summary>
    public const string Author = "author";

    /// <summary>Synonym of <see cref="Author"/>.</summary>
    public const string Byline = "byline";

    /// <summary>Originating agency or feed.</summary>
    public const string Source = "source";

    /// <summary>Language tag.</summary>
    public const string Language = "language";

    /// <summary>Free tags.</summary>
    public const string Tags = "tags";

    /// <summary>All known keys.</summary>
    public static readonly string[] All = { Id, Title, Headline, Date, Published, Outlet, Publication, Publisher, Section, Category, Desk, Url, Author, Byline, Source, Language, Tags };

    /// <summary>Whether a key is known.</summary>
    public static bool IsKnown(string key) => System.Array.IndexOf(All, key) >= 0;
}

namespace Newswire.Extraction.Model;

/// <summary>One <c>key: value</c> line of an article's front matter.</summary>
public sealed class FrontMatterEntry
{
    /// <summary>Creates an entry.</summary>
    public FrontMatterEntry(string key, string value, int line)
    {
        Key = key;
        Value = value;
        Line = line;
    }

    /// <summary>The key, lower-cased.</summary>
    public string Key { get; }

    /// <summary>The value, trimmed.</summary>
    public string Value { get; }

    /// <summary>1-based line of the entry.</summary>
    public int Line { get; }
}

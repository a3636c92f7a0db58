namespace Newswire.Extraction.Names;

/// <summary>One name the tagger found: a run of tokens of <c>TokenizedText.Tokens</c>, its type and a calibrated confidence.</summary>
internal readonly struct TaggedName
{
    public TaggedName(int firstToken, int tokenCount, NameType type, float confidence)
    {
        FirstToken = firstToken;
        TokenCount = tokenCount;
        Type = type;
        Confidence = confidence;
    }

    /// <summary>Index of the first token.</summary>
    public int FirstToken { get; }

    /// <summary>Number of tokens (at least one).</summary>
    public int TokenCount { get; }

    /// <summary>Index just past the last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <summary>Person, organization, location or misc.</summary>
    public NameType Type { get; }

    /// <summary>Estimated probability in [0, 1] that span and type are both right (calibrated on held-out training data).</summary>
    public float Confidence { get; }

    public override string ToString() => Type + "@" + FirstToken + "+" + TokenCount + " (" + Confidence.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + ")";
}

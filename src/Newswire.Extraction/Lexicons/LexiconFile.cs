using System.Collections.Generic;

namespace Newswire.Extraction.Lexicons;

/// <summary>
/// Checks a consumer lexicon file (the text passed as <see cref="ExtractionOptions.LexiconText"/>) so the
/// generator and the CLI can report each bad line once as NEWS013 (<c>DiagnosticCatalog.InvalidLexiconEntry</c>).
/// Line format: <c>kind|name|country|role|aliases</c>, e.g. <c>person|Vladimir Putin|RUS|President|Putin;the Russian leader</c>;
/// kind is person, organization, location, country or demonym; '#' starts a comment line.
/// </summary>
public static class LexiconFile
{
    /// <summary>The bad lines of <paramref name="text"/>: 1-based line number and what is wrong (empty when valid).</summary>
    public static IReadOnlyList<KeyValuePair<int, string>> Validate(string text)
    {
        var result = new List<KeyValuePair<int, string>>();
        foreach (var e in ConsumerLexicon.Parse(text ?? "").Errors)
        {
            result.Add(new KeyValuePair<int, string>(e.Line, e.Message));
        }

        return result;
    }
}

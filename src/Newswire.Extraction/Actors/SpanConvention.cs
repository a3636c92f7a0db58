namespace Newswire.Extraction.Actors;

/// <summary>
/// Which span a name mention exports. The engine keeps both for every mention: the phrase as written ("the
/// Kremlin", "Defense Secretary Ash Carter", "Idlib province"; what events read, and what re3d/ACE-style gold
/// annotates) and the name alone inside it ("Kremlin", "Ash Carter", "Idlib"; the CoNLL convention).
/// </summary>
internal static class SpanConvention
{
    /// <summary>Whether a name mention's exported span is the name alone (CoNLL) rather than the whole phrase.</summary>
    public const bool NameAlone = true;

    /// <summary>
    /// Whether a name mention whose phrase is longer than the name ("the UNF", "President Marlowe") also exports the
    /// phrase, as a nominal mention of the same actor, so both conventions find their span.
    /// </summary>
    public const bool PhraseToo = true;
}

namespace Newswire.Extraction.Actors;

/// <summary>
/// Confidence of a mention by how it was found, when the stage has no better estimate (the tagger's own
/// probability is used for the names it proposes). Values are calibrated on held-out training text, not dev.
/// </summary>
internal static class Confidences
{
    /// <summary>Confidence of a mention of this kind; <paramref name="lexicon"/>: its actor is a lexicon entry.</summary>
    public static float For(MentionKind kind, bool lexicon)
    {
        switch (kind)
        {
            case MentionKind.Name:
            case MentionKind.Acronym:
                return lexicon ? 0.95f : 0.6f;
            case MentionKind.Description:
                return 0.7f;
            case MentionKind.Group:
                return lexicon ? 0.8f : 0.6f;
            case MentionKind.Pronoun:
                return 0.5f;
            default:
                return 0.5f;
        }
    }

    /// <summary>The tagger and the lexicon name the same span with the same type.</summary>
    public static float Agreed(float tagger) => tagger > LexiconAgreed ? tagger : LexiconAgreed;

    /// <summary>The floor of a name both the tagger and the lexicon read the same way: lexicon agreement is right about
    /// five times in six on open text (adjectival "U.S.", a country inside a longer name), so it is no certainty.</summary>
    public const float LexiconAgreed = 0.85f;

    /// <summary>A lexicon name the tagger did not find at all (its lexicon entry still says what it is).</summary>
    public const float LexiconOnly = 0.85f;

    /// <summary>A lexicon name the tagger reads with another span or type.</summary>
    public const float LexiconDisputed = 0.7f;


    /// <summary>A rule's name read from evidence (a head word, a title, a locative) the tagger did not find.</summary>
    public const float EvidenceOnly = 0.5f;

    /// <summary>A rule's name read from evidence the tagger reads with another span or type.</summary>
    public const float EvidenceDisputed = 0.4f;

    /// <summary>The tagger's confidence above which its organization name swallows shorter names inside it.</summary>
    public const float ContainingName = 0.5f;

    /// <summary>A lone word linked to a person of the article by its surname.</summary>
    public const float LinkedSurname = 0.8f;

    /// <summary>The tagger's confidence from which a name no rule proposed is taken in a title-case or all-caps line.</summary>
    public const float SureInHeadline = 0.9f;

    /// <summary>The tagger's confidence from which its reading replaces a rule's evidence-based name (not a lexicon one).</summary>
    public const float TaggerOverrulesEvidence = 0.9f;
}

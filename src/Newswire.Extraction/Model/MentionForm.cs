namespace Newswire;

/// <summary>How a mention refers to its actor.</summary>
public enum MentionForm
{
    /// <summary>A proper name, the name alone ("Jair Bolsonaro", "NATO", "Kursk Oblast").</summary>
    Name = 0,

    /// <summary>A description or a group phrase built on a name ("the Russian leader", "Iraqi security forces").</summary>
    Nominal = 1,

    /// <summary>A pronoun linked to its antecedent ("he", "we").</summary>
    Pronoun = 2,
}

namespace Newswire.Extraction.Names.Training;

/// <summary>Settings of one training run (all of them are part of what makes the model file what it is).</summary>
internal sealed class TrainerOptions
{
    public TagScheme Scheme { get; set; } = TagScheme.Bilou;

    public Decoder Decoder { get; set; } = Decoder.Greedy;

    public int Epochs { get; set; } = 12;

    /// <summary>Seed of the document shuffle between epochs.</summary>
    public uint Seed { get; set; } = 20261129;

    /// <summary>
    /// Training runs averaged into the model, run k shuffling with <see cref="Seed"/> + k: one run's weights depend
    /// on its document order (held-out F1 moves by about ±0.01 from seed to seed), their mean much less.
    /// </summary>
    public int Runs { get; set; } = 1;

    /// <summary>Features whose largest averaged weight (in absolute value) is below this are dropped.</summary>
    public float Prune { get; set; } = 0.05f;

    /// <summary>Run the document-level consistency pass at tagging time.</summary>
    public bool DocumentConsistency { get; set; } = true;
}

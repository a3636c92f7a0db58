namespace Newswire.Generators;

/// <summary>Names of the pipeline steps, for incremental-caching tests (<c>WithTrackingName</c>).</summary>
internal static class TrackingNames
{
    public const string Settings = nameof(Settings);
    public const string Language = nameof(Language);
    public const string EmitOptions = nameof(EmitOptions);
    public const string Lexicon = nameof(Lexicon);
    public const string Classified = nameof(Classified);
    public const string ArticlesFound = nameof(ArticlesFound);
    public const string Parsed = nameof(Parsed);
    public const string PlanInputs = nameof(PlanInputs);
    public const string PlanInputsCollected = nameof(PlanInputsCollected);
    public const string ArticleNames = nameof(ArticleNames);
    public const string Sharding = nameof(Sharding);
    public const string Shards = nameof(Shards);
    public const string ActorPlan = nameof(ActorPlan);
    public const string ActorBuckets = nameof(ActorBuckets);
}

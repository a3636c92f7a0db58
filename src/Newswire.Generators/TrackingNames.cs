namespace Newswire.Generators
{
    /// <summary>Names of the pipeline steps, for incremental-caching tests (<c>WithTrackingName</c>).</summary>
    internal static class TrackingNames
    {
        public const string Settings = nameof(Settings);
        public const string Language = nameof(Language);
        public const string EmitOptions = nameof(EmitOptions);
        public const string LexiconFiles = nameof(LexiconFiles);
        public const string Lexicon = nameof(Lexicon);
        public const string Duplicates = nameof(Duplicates);
        public const string Classified = nameof(Classified);
        public const string ArticleFiles = nameof(ArticleFiles);
        public const string Parsed = nameof(Parsed);
        public const string NameInputs = nameof(NameInputs);
        public const string ArticleNames = nameof(ArticleNames);
        public const string ArticleOutputs = nameof(ArticleOutputs);
        public const string Sharding = nameof(Sharding);
        public const string Shards = nameof(Shards);
        public const string ActorInputs = nameof(ActorInputs);
        public const string ActorPlan = nameof(ActorPlan);
        public const string ActorBuckets = nameof(ActorBuckets);
        public const string IndexEntries = nameof(IndexEntries);
        public const string Index = nameof(Index);
    }
}

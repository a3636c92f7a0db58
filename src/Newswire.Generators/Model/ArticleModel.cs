namespace Newswire.Generators.Model;

/// <summary>
/// Everything the generator knows about one article: the per-article emitter's whole input. The extracted actors
/// and events are kept as the <c>[ArticleData]</c> string the emitter writes (<c>ArticleDataCodec</c>): equatable
/// for free, compact in the cache, and a new actor or event field does not pass through the generator.
/// </summary>
internal sealed record ArticleModel(
    string Path,
    string FilePath,
    string HintName,
    string Suffix,
    string Id,
    bool ExplicitId,
    string Title,
    string? Outlet,
    string Text,
    string Lede,
    int ParagraphCount,
    int EventCount,
    string Data,
    EquatableArray<ActorSummary> Actors,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>What actor planning needs of one actor of one article (no mentions).</summary>
internal sealed record ActorSummary(string Key, string Name, Newswire.ActorKind Kind, string? Country, EquatableArray<string> Roles, EquatableArray<string> Aliases);

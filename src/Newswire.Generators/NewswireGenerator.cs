using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Newswire.Generators.Emit;
using Newswire.Generators.Model;

namespace Newswire.Generators;

/// <summary>
/// Turns the project's article files into <c>Articles</c>, <c>Actors</c> and <c>Events</c>.
/// Pipeline: classify AdditionalFiles → read and extract each article (cached per file) → emit one file per
/// article (or per shard, see <see cref="Shards"/>); each article's small planning input → member names,
/// actors merged and emitted in buckets, the project-wide API. Editing one article re-reads only that
/// article and re-emits only its own file unless its headline or actors change; editing C# code re-reads none.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class NewswireGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => SettingsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Settings);

        var language = context.ParseOptionsProvider
            .Select(static (options, _) => DetectLanguage(options))
            .WithTrackingName(TrackingNames.Language);

        // Every per-file step costs a walk over all files on each run, even when one file changed, so the
        // per-file part of the pipeline is kept to a few steps: classify, read, take the small planning input.
        var classified = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => Classify(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.Classified);

        var lexicon = ReadLexicons(context, classified);
        ReportNoArticles(context, classified, settings);
        var parsed = classified
            .Combine(settings.Combine(lexicon))
            .Select(static (pair, ct) => pair.Left.Article is null || !pair.Right.Left.Enabled
                ? null
                : ArticleReader.Read(pair.Left.Article, pair.Right.Left, pair.Right.Right.Text, ct))
            .WithTrackingName(TrackingNames.Parsed);

        var emitOptions = settings
            .Combine(language)
            .Select(static (pair, _) => new EmitOptions(pair.Left.Namespace, pair.Left.IsPublic, pair.Right.Nullable))
            .WithTrackingName(TrackingNames.EmitOptions);

        context.RegisterSourceOutput(settings, static (spc, options) => ReportAll(spc, options.Diagnostics));

        // What the cross-article steps need of each article: equal across edits to an article's body, so
        // those steps do not run again unless a headline, an id or an actor changed.
        var plans = parsed
            .Select(static (a, _) => a is null || !IsGenerated(a) ? null : ArticleReader.PlanInput(a))
            .WithTrackingName(TrackingNames.PlanInputs)
            .Collect()
            .Select(static (inputs, _) => Planning.Inputs(inputs))
            .WithTrackingName(TrackingNames.PlanInputsCollected);

        var sharded = EmitArticles(context, parsed, plans, emitOptions);
        EmitActors(context, plans, sharded, emitOptions);

        // The project-wide API: the same whatever the articles are.
        context.RegisterSourceOutput(emitOptions.Combine(settings), static (spc, input) =>
        {
            var (options, s) = input;
            if (s.Enabled)
            {
                spc.AddSource("Newswire.Index.g.cs", SourceText.From(IndexEmitter.Emit(options), Encoding.UTF8));
            }
        });
    }

    // All lexicon files as one text, in path order so the result does not depend on item order.
    private static IncrementalValueProvider<LexiconSet> ReadLexicons(
        IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<Classification> classified)
    {
        var lexicon = classified
            .Collect()
            .Select(static (files, ct) => LexiconReader.ReadAll(files.Where(f => f.Lexicon != null).Select(f => f.Lexicon!), ct))
            .WithTrackingName(TrackingNames.Lexicon);

        context.RegisterSourceOutput(lexicon.Select(static (l, _) => l.Diagnostics), ReportAll);
        return lexicon;
    }

    // NEWS014: the package is referenced but no file is an article (articles put in the wrong folder, say).
    private static void ReportNoArticles(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<Classification> classified,
        IncrementalValueProvider<GeneratorSettings> settings)
    {
        var anyArticle = classified
            .Where(static c => c.Article != null)
            .Collect()
            .Select(static (files, _) => files.Length > 0)
            .WithTrackingName(TrackingNames.ArticlesFound);

        context.RegisterSourceOutput(anyArticle.Combine(settings), static (spc, pair) =>
        {
            if (!pair.Left && pair.Right.Enabled)
            {
                var folder = pair.Right.ProjectDir ?? "the project folder";
                spc.ReportDiagnostic(Diagnostic.Create(Diagnostics.DiagnosticDescriptors.NoArticles, Location.None, Extraction.Diagnostics.DiagnosticCatalog.NoArticles.Format(folder)));
            }
        });
    }

    // Member names, then the articles' files: one per article for small corpora, a fixed number of shared files
    // for large ones (see Shards). Returns whether the corpus is sharded, which the actor buckets follow.
    private static IncrementalValueProvider<bool> EmitArticles(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<ArticleModel?> parsed,
        IncrementalValueProvider<EquatableArray<PlanInput>> plans,
        IncrementalValueProvider<EmitOptions> emitOptions)
    {
        var names = plans
            .Select(static (inputs, _) => Planning.NameArticles(inputs))
            .WithTrackingName(TrackingNames.ArticleNames);

        context.RegisterSourceOutput(names.Select(static (p, _) => p.Collisions), ReportAll);

        var sharded = plans
            .Select(static (inputs, _) => Shards.Needed(inputs.Count))
            .WithTrackingName(TrackingNames.Sharding);

        var shards = parsed
            .Collect()
            .Combine(names)
            .Combine(sharded)
            .SelectMany(static (pair, _) => Shards.Split(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.Shards);

        context.RegisterSourceOutput(shards.Combine(emitOptions), static (spc, input) => EmitShard(spc, input.Left, input.Right));
        return sharded;
    }

    private static void EmitShard(SourceProductionContext spc, ShardModel shard, EmitOptions options)
    {
        var generated = 0;
        foreach (var article in shard.Articles)
        {
            foreach (var d in article.Article.Diagnostics)
            {
                spc.ReportDiagnostic(d.ToDiagnostic());
            }

            generated += IsGenerated(article.Article) ? 1 : 0;
        }

        if (generated > 0)
        {
            spc.AddSource(shard.HintName, SourceText.From(ArticleEmitter.Emit(shard.Articles, options), Encoding.UTF8));
        }
    }

    // Actors merge across articles; only articles whose actors changed make the plan run again, and then
    // only the buckets whose actors changed are written again.
    private static void EmitActors(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<EquatableArray<PlanInput>> plans,
        IncrementalValueProvider<bool> sharded,
        IncrementalValueProvider<EmitOptions> emitOptions)
    {
        var actors = plans
            .Select(static (inputs, _) => Planning.MergeActors(inputs))
            .WithTrackingName(TrackingNames.ActorPlan);

        context.RegisterSourceOutput(actors.Select(static (p, _) => p.Collisions), ReportAll);

        var buckets = actors
            .Combine(sharded)
            .SelectMany(static (pair, _) => Buckets.Split(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ActorBuckets);

        context.RegisterSourceOutput(buckets.Combine(emitOptions), static (spc, input) =>
        {
            var (bucket, options) = input;
            if (bucket.Actors.Count > 0)
            {
                spc.AddSource(Buckets.HintName(bucket.Index), SourceText.From(ActorEmitter.Emit(bucket, options), Encoding.UTF8));
            }
        });
    }

    private static void ReportAll(SourceProductionContext spc, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            spc.ReportDiagnostic(d.ToDiagnostic());
        }
    }

    // An empty or white-space-only article gets NEWS001 and no code.
    private static bool IsGenerated(ArticleModel article) => !string.IsNullOrWhiteSpace(article.Text);

    // The one step that sees the compiler's AdditionalText: it reads the text of an article or lexicon here (this
    // step runs again only for a file the compiler hands over anew), and passes on plain values only.
    private static Classification Classify(AdditionalText file, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider provider, System.Threading.CancellationToken cancellationToken)
    {
        var options = provider.GetOptions(file);
        if (ArticleReader.IsLexicon(options))
        {
            return new Classification(null, new LexiconSource(file.Path, ArticleReader.ReadText(file, cancellationToken, out _)));
        }

        var article = ArticleReader.Classify(file, options, cancellationToken);
        if (article != null)
        {
            // The first article: load the embedded data on the other core while the compiler classifies the rest.
            Extraction.Preload.Start();
        }

        return new Classification(article, null);
    }

    private static LanguageSupport DetectLanguage(ParseOptions parseOptions)
    {
        var version = parseOptions is CSharpParseOptions cs ? cs.LanguageVersion : LanguageVersion.Latest;
        return new LanguageSupport(version >= LanguageVersion.CSharp8);
    }

    /// <summary>An AdditionalFile sorted into article, lexicon or neither.</summary>
    private sealed class Classification : IEquatable<Classification>
    {
        public Classification(ArticleFile? article, LexiconSource? lexicon)
        {
            Article = article;
            Lexicon = lexicon;
        }

        public ArticleFile? Article { get; }

        public LexiconSource? Lexicon { get; }

        public bool Equals(Classification? other) =>
            other is not null && Equals(Article, other.Article) && Equals(Lexicon, other.Lexicon);

        public override bool Equals(object? obj) => Equals(obj as Classification);

        public override int GetHashCode() => Article?.GetHashCode() ?? Lexicon?.GetHashCode() ?? 0;
    }
}

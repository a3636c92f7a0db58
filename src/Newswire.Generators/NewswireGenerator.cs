using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Newswire.Generators.Emit;
using Newswire.Generators.Model;

namespace Newswire.Generators
{
    /// <summary>
    /// Turns the project's article files into <c>Articles</c>, <c>Actors</c> and <c>Events</c>.
    /// Pipeline: classify AdditionalFiles → read and extract each article (cached per file) → emit one file per
    /// article (or per shard); names of all articles → plan member names; actors of all articles → merge and emit
    /// them in buckets; the list of articles → emit the project-wide API. Editing one article re-reads only that
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

            // A file listed twice (<Article> and <AdditionalFiles> over the same glob) is read once: two outputs
            // with one hint name would make the driver throw and drop every generated file (CS8785).
            var duplicates = context.AdditionalTextsProvider
                .Collect()
                .Select(static (files, _) => DuplicateFiles.Find(files))
                .WithTrackingName(TrackingNames.Duplicates);

            var classified = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Combine(duplicates)
                .Select(static (pair, _) => pair.Right.Contains(pair.Left.Left) ? Classification.None : Classify(pair.Left.Left, pair.Left.Right))
                .WithTrackingName(TrackingNames.Classified);

            var lexiconFiles = classified
                .Where(static c => c.Lexicon != null)
                .Select(static (c, ct) => LexiconReader.Read(c.Lexicon!, ct))
                .WithTrackingName(TrackingNames.LexiconFiles);

            context.RegisterSourceOutput(lexiconFiles, static (spc, file) =>
            {
                foreach (var d in file.Diagnostics)
                {
                    spc.ReportDiagnostic(d.ToDiagnostic());
                }
            });

            // All lexicon files as one text, in path order so the result does not depend on item order.
            var lexicon = lexiconFiles
                .Collect()
                .Select(static (files, _) => files.IsDefaultOrEmpty
                    ? null
                    : string.Join("\n", files.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => f.Text)))
                .WithTrackingName(TrackingNames.Lexicon);

            var articleFiles = classified
                .Where(static c => c.Article != null)
                .Select(static (c, _) => c.Article!)
                .WithTrackingName(TrackingNames.ArticleFiles);

            var parsed = articleFiles
                .Combine(settings.Combine(lexicon))
                .Where(static pair => pair.Right.Left.Enabled)
                .Select(static (pair, ct) => ArticleReader.Read(pair.Left, pair.Right.Left, pair.Right.Right, ct))
                .WithTrackingName(TrackingNames.Parsed);

            context.RegisterSourceOutput(parsed, static (spc, article) =>
            {
                foreach (var d in article.Diagnostics)
                {
                    spc.ReportDiagnostic(d.ToDiagnostic());
                }
            });

            var emitOptions = settings
                .Combine(language)
                .Select(static (pair, _) => new EmitOptions(pair.Left.Namespace, pair.Left.IsPublic, pair.Right.Nullable))
                .WithTrackingName(TrackingNames.EmitOptions);

            context.RegisterSourceOutput(settings, static (spc, options) =>
            {
                foreach (var d in options.Diagnostics)
                {
                    spc.ReportDiagnostic(d.ToDiagnostic());
                }
            });

            var generated = parsed.Where(static a => IsGenerated(a));

            // Names depend on ids, titles and paths only: an edit to an article's body leaves the name inputs equal
            // and the plan is not recomputed.
            var names = generated
                .Select(static (a, _) => new ArticleNameInput(a.Path, a.FilePath, a.Id, a.Title, a.ExplicitId))
                .WithTrackingName(TrackingNames.NameInputs)
                .Collect()
                .Select(static (inputs, _) => Planning.NameArticles(inputs))
                .WithTrackingName(TrackingNames.ArticleNames);

            context.RegisterSourceOutput(names.Select(static (p, _) => p.Collisions), ReportAll);

            var outputs = generated
                .Combine(names)
                .Select(static (pair, _) => new ArticleOutput(pair.Left, pair.Right.NameOf(pair.Left.Path)))
                .WithTrackingName(TrackingNames.ArticleOutputs);

            // Small corpora: one generated file per article. Large ones: a fixed number of shared files (see Shards).
            var sharded = articleFiles
                .Collect()
                .Select(static (files, _) => Shards.Needed(files.Length))
                .WithTrackingName(TrackingNames.Sharding);

            context.RegisterSourceOutput(outputs.Combine(emitOptions).Combine(sharded), static (spc, input) =>
            {
                var ((article, options), isSharded) = input;
                if (!isSharded)
                {
                    spc.AddSource(article.Article.HintName, SourceText.From(ArticleEmitter.Emit(article, options), Encoding.UTF8));
                }
            });

            var shards = outputs
                .Collect()
                .Combine(sharded)
                .SelectMany(static (pair, _) => pair.Right ? Shards.Split(pair.Left) : ImmutableArray<ShardModel>.Empty)
                .WithTrackingName(TrackingNames.Shards);

            context.RegisterSourceOutput(shards.Combine(emitOptions), static (spc, input) =>
            {
                var (shard, options) = input;
                if (shard.Articles.Count > 0)
                {
                    spc.AddSource(Shards.HintName(shard.Index), SourceText.From(ArticleEmitter.EmitShard(shard.Articles, options), Encoding.UTF8));
                }
            });

            // Actors merge across articles; only articles whose actors changed make the plan run again, and then
            // only the buckets whose actors changed are written again.
            var actors = generated
                .Select(static (a, _) => ArticleReader.ActorInput(a))
                .WithTrackingName(TrackingNames.ActorInputs)
                .Collect()
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

            // The project-wide API and the list of article classes: unchanged by edits inside articles.
            var index = generated
                .Select(static (a, _) => new IndexEntry(a.Path, a.Suffix))
                .WithTrackingName(TrackingNames.IndexEntries)
                .Collect()
                .Select(static (entries, _) => Planning.Suffixes(entries))
                .WithTrackingName(TrackingNames.Index);

            context.RegisterSourceOutput(index.Combine(emitOptions).Combine(settings), static (spc, input) =>
            {
                var ((suffixes, options), s) = input;
                if (s.Enabled)
                {
                    spc.AddSource("Newswire.Index.g.cs", SourceText.From(IndexEmitter.Emit(suffixes, options), Encoding.UTF8));
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

        private static Classification Classify(AdditionalText file, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider provider)
        {
            var options = provider.GetOptions(file);
            if (ArticleReader.IsLexicon(options))
            {
                return new Classification(null, file);
            }

            return new Classification(ArticleReader.Classify(file, options), null);
        }

        private static LanguageSupport DetectLanguage(ParseOptions parseOptions)
        {
            var version = parseOptions is CSharpParseOptions cs ? cs.LanguageVersion : LanguageVersion.Latest;
            return new LanguageSupport(version >= LanguageVersion.CSharp8);
        }

        /// <summary>An AdditionalFile sorted into article, lexicon or neither.</summary>
        private sealed class Classification : IEquatable<Classification>
        {
            public static readonly Classification None = new Classification(null, null);

            public Classification(ArticleFile? article, AdditionalText? lexicon)
            {
                Article = article;
                Lexicon = lexicon;
            }

            public ArticleFile? Article { get; }

            public AdditionalText? Lexicon { get; }

            public bool Equals(Classification? other) =>
                other is not null && Equals(Article, other.Article) && ReferenceEquals(Lexicon, other.Lexicon);

            public override bool Equals(object? obj) => Equals(obj as Classification);

            public override int GetHashCode() => Article?.GetHashCode() ?? Lexicon?.GetHashCode() ?? 0;
        }

        /// <summary>
        /// The later copies of AdditionalFiles whose path is listed more than once. Nearly always empty, so it
        /// compares equal from run to run and does not make unchanged articles re-run.
        /// </summary>
        private sealed class DuplicateFiles : IEquatable<DuplicateFiles>
        {
            private static readonly DuplicateFiles NoneFound = new DuplicateFiles(Array.Empty<AdditionalText>());
            private readonly AdditionalText[] _later;

            private DuplicateFiles(AdditionalText[] later) => _later = later;

            public static DuplicateFiles Find(ImmutableArray<AdditionalText> files)
            {
                var seen = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
                System.Collections.Generic.List<AdditionalText>? later = null;
                foreach (var file in files)
                {
                    if (!seen.Add(file.Path))
                    {
                        (later ??= new System.Collections.Generic.List<AdditionalText>()).Add(file);
                    }
                }

                return later is null ? NoneFound : new DuplicateFiles(later.ToArray());
            }

            public bool Contains(AdditionalText file)
            {
                foreach (var f in _later)
                {
                    if (ReferenceEquals(f, file))
                    {
                        return true;
                    }
                }

                return false;
            }

            public bool Equals(DuplicateFiles? other)
            {
                if (other is null || other._later.Length != _later.Length)
                {
                    return false;
                }

                for (var i = 0; i < _later.Length; i++)
                {
                    if (!ReferenceEquals(_later[i], other._later[i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            public override bool Equals(object? obj) => Equals(obj as DuplicateFiles);

            public override int GetHashCode() => _later.Length;
        }
    }
}

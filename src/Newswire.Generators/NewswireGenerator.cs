using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Newswire.Extraction.Dataset;
using Newswire.Extraction.Diagnostics;
using Newswire.Generators.Emit;
using Newswire.Generators.Model;

namespace Newswire.Generators
{
    /// <summary>
    /// Turns the project's article files into <c>Articles</c>, <c>Actors</c> and <c>Events</c>.
    /// Pipeline: classify AdditionalFiles → read and extract each article (cached per file) → emit one file per
    /// article; summaries of all articles → plan names and merge actors → emit the index. Editing one article
    /// re-reads only that article; editing C# code re-reads none.
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
                .Combine(context.CompilationProvider)
                .Select(static (pair, _) => DetectLanguage(pair.Left, pair.Right))
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

            // Small corpora: one generated file per article. Large ones: a fixed number of shared files (see Shards).
            var sharded = articleFiles
                .Collect()
                .Select(static (files, _) => Shards.Needed(files.Length))
                .WithTrackingName(TrackingNames.Sharding);

            context.RegisterSourceOutput(parsed.Combine(settings).Combine(language).Combine(sharded), static (spc, input) =>
            {
                var (((article, options), lang), isSharded) = input;
                foreach (var d in article.Diagnostics)
                {
                    spc.ReportDiagnostic(d.ToDiagnostic());
                }

                if (!isSharded && IsGenerated(article))
                {
                    spc.AddSource(article.HintName, SourceText.From(ArticleEmitter.Emit(article, options.Namespace, lang), Encoding.UTF8));
                }
            });

            var shards = parsed
                .Where(static a => IsGenerated(a))
                .Collect()
                .Combine(sharded)
                .SelectMany(static (pair, _) => pair.Right ? Shards.Split(pair.Left) : ImmutableArray<ShardModel>.Empty)
                .WithTrackingName(TrackingNames.Shards);

            context.RegisterSourceOutput(shards.Combine(settings).Combine(language), static (spc, input) =>
            {
                var ((shard, options), lang) = input;
                if (shard.Articles.Count > 0)
                {
                    spc.AddSource(Shards.HintName(shard.Index), SourceText.From(ArticleEmitter.EmitShard(shard.Articles, options.Namespace, lang), Encoding.UTF8));
                }
            });

            var index = parsed
                .Where(static a => IsGenerated(a))
                .Select(static (a, _) => ArticleReader.Summarize(a))
                .WithTrackingName(TrackingNames.Summaries)
                .Collect()
                .WithTrackingName(TrackingNames.Collected);

            context.RegisterSourceOutput(index.Combine(settings).Combine(language), static (spc, input) =>
            {
                var ((summaries, options), lang) = input;
                foreach (var d in options.Diagnostics)
                {
                    spc.ReportDiagnostic(d.ToDiagnostic());
                }

                if (!options.Enabled)
                {
                    return;
                }

                var ordered = summaries.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
                var plan = DatasetPlanner.Plan(ordered.Select(ToEntry).ToArray());
                foreach (var c in plan.Collisions)
                {
                    var message = DiagnosticCatalog.IdentifierCollision.Format(c.What, c.Source, c.Wanted, c.Given);
                    var path = ordered[c.ArticleIndex].FilePath; // the file as the compiler knows it, so the IDE can open it
                    spc.ReportDiagnostic(Diagnostic.Create(
                        Diagnostics.DiagnosticDescriptors.ById(DiagnosticCatalog.IdentifierCollision.Id),
                        Location.Create(path, default, new LinePositionSpan(default, default)),
                        message));
                }

                spc.AddSource("Newswire.Index.g.cs", SourceText.From(IndexEmitter.Emit(ordered, plan, options, lang), Encoding.UTF8));
            });
        }

        // An empty or white-space-only article gets NEWS001 and no code.
        private static bool IsGenerated(ArticleModel article) => !string.IsNullOrWhiteSpace(article.Text);

        private static ArticleEntry ToEntry(ArticleSummary s) =>
            new ArticleEntry(
                s.Path, s.Id, s.Title, s.ExplicitId,
                s.Actors.Select(a => new ActorEntry(a.Key, a.Name, a.Kind, a.Country, a.Roles.ToArray(), a.Aliases.ToArray())).ToArray());

        private static Classification Classify(AdditionalText file, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider provider)
        {
            var options = provider.GetOptions(file);
            if (ArticleReader.IsLexicon(options))
            {
                return new Classification(null, file);
            }

            return new Classification(ArticleReader.Classify(file, options), null);
        }

        private static LanguageSupport DetectLanguage(ParseOptions parseOptions, Compilation compilation)
        {
            var version = parseOptions is CSharpParseOptions cs ? cs.LanguageVersion : LanguageVersion.Latest;
            var utf8 = version >= LanguageVersion.CSharp11 && HasSpanGetString(compilation);
            return new LanguageSupport(version >= LanguageVersion.CSharp8, utf8);
        }

        private static bool HasSpanGetString(Compilation compilation)
        {
            var encoding = compilation.GetTypeByMetadataName("System.Text.Encoding");
            if (encoding is null)
            {
                return false;
            }

            foreach (var member in encoding.GetMembers("GetString"))
            {
                if (member is IMethodSymbol m && m.Parameters.Length == 1 && m.Parameters[0].Type is INamedTypeSymbol t
                    && t.Name == "ReadOnlySpan" && t.TypeArguments.Length == 1 && t.TypeArguments[0].SpecialType == SpecialType.System_Byte)
                {
                    return true;
                }
            }

            return false;
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

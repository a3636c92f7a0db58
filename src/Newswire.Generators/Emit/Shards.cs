using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Newswire.Generators.Model;

namespace Newswire.Generators.Emit
{
    /// <summary>
    /// Up to <see cref="MaxSeparateFiles"/> articles, each article gets a generated file of its own. Beyond that,
    /// articles share <see cref="Count"/> files chosen by a hash of their path: the compiler's driver pays, on every
    /// run, a cost that grows with the square of the number of generated files (it checks each hint name against
    /// all the others), which at 10,000 files is most of a second per keystroke. Editing one article then
    /// re-emits only its shard.
    /// </summary>
    internal static class Shards
    {
        public const int MaxSeparateFiles = 1000;
        public const int Count = 512;

        public static bool Needed(int articleCount) => articleCount > MaxSeparateFiles;

        /// <summary>Every shard, empty ones included, so a shard keeps its position when articles come and go.</summary>
        public static ImmutableArray<ShardModel> Split(ImmutableArray<ArticleOutput> articles)
        {
            var groups = new List<ArticleOutput>[Count];
            foreach (var a in articles)
            {
                var index = (int)(Convert.ToUInt64(a.Article.Suffix, 16) % Count);
                (groups[index] ??= new List<ArticleOutput>()).Add(a);
            }

            var result = ImmutableArray.CreateBuilder<ShardModel>(Count);
            for (var i = 0; i < Count; i++)
            {
                var group = groups[i];
                group?.Sort(static (x, y) => string.CompareOrdinal(x.Article.Path, y.Article.Path));
                result.Add(new ShardModel(i, group is null ? EquatableArray<ArticleOutput>.Empty : new EquatableArray<ArticleOutput>(group.ToArray())));
            }

            return result.MoveToImmutable();
        }

        public static string HintName(int index) => "Newswire.Articles/Shard" + index.ToString("D3", CultureInfo.InvariantCulture) + ".g.cs";
    }

    /// <summary>The articles of one shard, in path order.</summary>
    internal sealed record ShardModel(int Index, EquatableArray<ArticleOutput> Articles);
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Newswire.Generators.Model;

namespace Newswire.Generators.Emit;

/// <summary>
/// Up to <see cref="MaxSeparateFiles"/> articles, each article gets a generated file of its own. Beyond that,
/// articles share <see cref="Count"/> files chosen by a hash of their path (their class suffix): the compiler's driver pays, on every
/// run, a cost that grows with the square of the number of generated files (it checks each hint name against
/// all the others), which at 10,000 files is most of a second per keystroke. Editing one article then
/// re-emits only its shard.
/// </summary>
internal static class Shards
{
    public const int MaxSeparateFiles = 1000;
    public const int Count = 512;

    public static bool Needed(int articleCount) => articleCount > MaxSeparateFiles;

    /// <summary>
    /// The files to write: one per article for a small corpus, else every shard, empty ones included, so a shard
    /// keeps its position when articles come and go. A path listed twice is one article.
    /// </summary>
    public static ImmutableArray<ShardModel> Split(ImmutableArray<ArticleModel?> parsed, ArticleNamePlan names, bool sharded)
    {
        var articles = new List<ArticleModel>(parsed.Length);
        foreach (var a in parsed)
        {
            if (a != null)
            {
                articles.Add(a);
            }
        }

        articles.Sort(static (x, y) => string.CompareOrdinal(x.Path, y.Path));
        if (!sharded)
        {
            var files = ImmutableArray.CreateBuilder<ShardModel>(articles.Count);
            for (var i = 0; i < articles.Count; i++)
            {
                var a = articles[i];
                if (i == 0 || articles[i - 1].Path != a.Path)
                {
                    files.Add(new ShardModel(a.HintName, new EquatableArray<ArticleOutput>(new[] { new ArticleOutput(a, names.NameOf(a.Path)) })));
                }
            }

            return files.ToImmutable();
        }

        var groups = new List<ArticleOutput>[Count];
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            if (i > 0 && articles[i - 1].Path == a.Path)
            {
                continue;
            }

            var index = (int)(Convert.ToUInt64(a.Suffix, 16) % Count);
            (groups[index] ??= new List<ArticleOutput>()).Add(new ArticleOutput(a, names.NameOf(a.Path)));
        }

        var result = ImmutableArray.CreateBuilder<ShardModel>(Count);
        for (var i = 0; i < Count; i++)
        {
            var group = groups[i];
            result.Add(new ShardModel(HintName(i), group is null ? EquatableArray<ArticleOutput>.Empty : new EquatableArray<ArticleOutput>(group.ToArray())));
        }

        return result.MoveToImmutable();
    }

    public static string HintName(int index) => "Newswire.Articles/Shard" + index.ToString("D3", CultureInfo.InvariantCulture) + ".g.cs";
}

/// <summary>One generated file: its hint name and its articles, in path order.</summary>
internal sealed record ShardModel(string HintName, EquatableArray<ArticleOutput> Articles);

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// The country check (<c>CountryCheck/</c>): invented wire copy from several countries with the country a reader gives
/// each named person and organization (<c>expected.tsv</c>; "-" where the story does not say). Every expected actor
/// the extractor finds (same kind, the expected name inside its name) must have that country; names are other rules'
/// business, so a few may be missed, never many.
/// </summary>
public class ActorCountryCheckTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Actors", "CountryCheck");

    [Fact]
    public void Every_actor_found_has_the_expected_country()
    {
        var wrong = new List<string>();
        var missed = new List<string>();
        var rows = Expected().ToArray();
        var articles = new Dictionary<string, ExtractedArticle>();
        foreach (var (file, kind, name, country) in rows)
        {
            if (!articles.TryGetValue(file, out var article))
            {
                var path = Path.Combine(Folder, file);
                articles[file] = article = ArticleExtractor.Extract(path, File.ReadAllText(path));
            }

            var actor = article.Actors.FirstOrDefault(a => a.Kind == kind && a.Name.IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0);
            if (actor == null)
            {
                missed.Add(file + ": " + name);
            }
            else if (actor.Country != country)
            {
                wrong.Add(file + ": " + actor.Name + " " + (actor.Country ?? "-") + ", expected " + (country ?? "-"));
            }
        }

        Assert.True(rows.Length >= 60, "the check lists " + rows.Length + " actors");
        Assert.True(wrong.Count == 0, "wrong countries:\n" + string.Join("\n", wrong));
        Assert.True(missed.Count <= rows.Length / 10, "actors not found:\n" + string.Join("\n", missed));
    }

    private static IEnumerable<(string File, ActorKind Kind, string Name, string? Country)> Expected()
    {
        foreach (var line in File.ReadAllLines(Path.Combine(Folder, "expected.tsv")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            yield return (f[0], (ActorKind)Enum.Parse(typeof(ActorKind), f[1]), f[2], f[3] == "-" ? null : f[3]);
        }
    }
}

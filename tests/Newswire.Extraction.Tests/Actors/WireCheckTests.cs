using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Newswire.Extraction.Model;
using Newswire.Extraction.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// The wire check (<c>WireCheck/</c>): invented international wire copy in the styles of many outlets (datelines,
/// bylines, reporting trailers, titles before names, ministries, parties, militias, central banks) with the actor list
/// a reader gives each story (<c>gold.json</c>, the seeds gold format of <c>../shared/eval/score.py</c>). Scored as
/// that scorer scores the seeds: actors matched by name or alias, a second actor for the same gold actor and an actor
/// not in the gold (nor optional) are false positives, a wrong kind costs both ways, and each matched actor's country
/// is checked where the gold gives one. The floors are what the extractor reaches; a change that drops below one
/// prints every miss.
/// </summary>
public class WireCheckTests
{
    private const double TypedF1Floor = 0.86;
    private const double CountryFloor = 0.75;

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Actors", "WireCheck");

    private readonly ITestOutputHelper _output;

    public WireCheckTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Actor_lists_of_the_wire_check_reach_the_floors()
    {
        var score = new Score();
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "gold.json")));
        foreach (var article in gold.RootElement.GetProperty("articles").EnumerateArray())
        {
            var file = article.GetProperty("file").GetString()!;
            var path = Path.Combine(Folder, file);
            var extracted = ArticleExtractor.Extract(path, File.ReadAllText(path));
            score.Add(file, article, extracted.Actors);
        }

        var f1 = score.TypedF1;
        var countries = score.CountriesRight / (double)Math.Max(1, score.Countries);
        var summary = string.Format(
            CultureInfo.InvariantCulture, "typed F1 {0:0.000} (tp {1} fp {2} fn {3}), countries {4}/{5} = {6:0.000}",
            f1, score.Tp, score.Fp, score.Fn, score.CountriesRight, score.Countries, countries);
        _output.WriteLine(summary);
        Assert.True(score.Gold >= 180, "the check lists " + score.Gold + " actors");
        Assert.True(f1 >= TypedF1Floor && countries >= CountryFloor, summary + "\n" + string.Join("\n", score.Misses));
    }

    private sealed class Score
    {
        public int Tp;
        public int Fp;
        public int Fn;
        public int Gold;
        public int Countries;
        public int CountriesRight;
        public readonly List<string> Misses = new();

        public double TypedF1 => Tp == 0 ? 0 : 2.0 * Tp / (2.0 * Tp + Fp + Fn);

        public void Add(string file, JsonElement article, IReadOnlyList<ExtractedActor> actors)
        {
            var gold = article.GetProperty("actors").EnumerateArray().ToList();
            var goldNames = gold.Select(SeedsGold.NamesOf).ToList();
            var allGold = new HashSet<string>(goldNames.SelectMany(n => n));
            var optional = new HashSet<string>(article.GetProperty("optional_actors").EnumerateArray().Select(o => SeedsGold.Norm(o.GetString())));
            Gold += gold.Count;
            var used = new HashSet<int>();
            foreach (var actor in actors)
            {
                var names = SeedsGold.NamesOf(actor);
                var i = Enumerable.Range(0, gold.Count).FirstOrDefault(k => !used.Contains(k) && goldNames[k].Overlaps(names), -1);
                if (i < 0)
                {
                    if (!names.Overlaps(optional))
                    {
                        Fp++;
                        Misses.Add(file + ": " + (names.Overlaps(allGold) ? "duplicate " : "extra ") + actor);
                    }

                    continue;
                }

                used.Add(i);
                Match(file, gold[i], actor);
            }

            for (var k = 0; k < gold.Count; k++)
            {
                if (!used.Contains(k))
                {
                    Fn++;
                    Misses.Add(file + ": missed " + gold[k].GetProperty("name").GetString());
                }
            }
        }

        private void Match(string file, JsonElement gold, ExtractedActor actor)
        {
            var name = gold.GetProperty("name").GetString();
            if (string.Equals(actor.Kind.ToString(), gold.GetProperty("kind").GetString(), StringComparison.OrdinalIgnoreCase))
            {
                Tp++;
            }
            else
            {
                Fp++;
                Fn++;
                Misses.Add(file + ": " + name + " typed " + actor.Kind);
            }

            if (gold.TryGetProperty("country", out var country))
            {
                Countries++;
                if (actor.Country == country.GetString())
                {
                    CountriesRight++;
                }
                else
                {
                    Misses.Add(file + ": " + name + " country " + (actor.Country ?? "-") + ", expected " + country.GetString());
                }
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Infrastructure;

/// <summary>
/// Scores a folder of stories against its <c>gold.json</c> (the seeds format) as <c>../shared/eval/score.py</c>
/// scores the seeds' actors: matched by name or alias, a second actor for the same gold actor and an actor not in
/// the gold (nor optional) are false positives, a wrong kind costs both ways, and each matched actor's country is
/// checked where the gold gives one. <see cref="Misses"/> lists every difference, for a failing floor's message.
/// </summary>
internal sealed class SeedsScore
{
    public int Tp;
    public int Fp;
    public int Fn;
    public int Gold;
    public int Countries;
    public int CountriesRight;
    public readonly List<string> Misses = new();

    public double TypedF1 => Tp == 0 ? 0 : 2.0 * Tp / (2.0 * Tp + Fp + Fn);

    public double CountryAccuracy => CountriesRight / (double)Math.Max(1, Countries);

    public string Summary => string.Format(
        CultureInfo.InvariantCulture, "typed F1 {0:0.000} (tp {1} fp {2} fn {3}), countries {4}/{5} = {6:0.000}",
        TypedF1, Tp, Fp, Fn, CountriesRight, Countries, CountryAccuracy);

    /// <summary>Extracts every story <paramref name="folder"/>'s gold lists and scores it.</summary>
    public static SeedsScore OfFolder(string folder)
    {
        var score = new SeedsScore();
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "gold.json")));
        foreach (var article in gold.RootElement.GetProperty("articles").EnumerateArray())
        {
            var file = article.GetProperty("file").GetString()!;
            var path = Path.Combine(folder, file);
            var extracted = ArticleExtractor.Extract(path, File.ReadAllText(path));
            score.Add(file, article, extracted.Actors);
        }

        return score;
    }

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

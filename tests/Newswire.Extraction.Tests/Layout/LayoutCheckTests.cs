using System;
using System.IO;
using System.Text.Json;
using Newswire.Extraction.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Layout;

/// <summary>
/// The layout check (<c>LayoutCheck/</c>, see its README): thirty invented stories copied the way real outlets'
/// pages and feeds arrive (agency wire with datelines, newspapers with outlet and section lines in many orders and
/// separators, bylines, date and "Updated" lines, broadcasters' web copy with share widgets and writers' affiliation
/// lines, bullet summaries, one-paragraph-per-line copy, hard-wrapped text, all-caps headlines, kickers), with the
/// title, outlet, section and paragraph count a reader gives each (<c>gold.json</c>, score.py's seeds format, written
/// before the extractor was run). Rules were fitted to <c>tune/</c>; <c>sealed/</c> was read for its totals only.
/// Fields are compared as score.py compares them; a drop below a floor prints every differing field.
/// The second layout check (<c>LayoutCheck2/</c>, see its README): thirty more, as South and Southeast Asian,
/// Australian and New Zealand, US and Latin American pages arrive (labels over the headline inside its block, a
/// section above the headline and the outlet under it, call signs, labelled and posted bylines, Spanish and Portuguese
/// sections and date lines, writers' lines with the house in brackets, photo captions, summary boxes, tag lines, front
/// matter, wire copy with datelines alone); gold written before the extractor was run, rules fitted to its tune half.
/// The third (<c>LayoutCheck3/</c>, see its README): thirty more, as European, Middle Eastern, African and East Asian
/// papers' English editions, broadcasters' sites, state media and scraped copy arrive (captions closed by a credit,
/// closing credits in brackets, "What you need to know:" boxes, "Source: Agency| time|Editor:" lines, dates in
/// figures, portals' names beside the date, sites' addresses as mastheads, writers "in" a place, region labels in
/// capitals, staff bylines naming the house under a standfirst, scrapers' headers without fences); same method.
/// </summary>
public class LayoutCheckTests
{
    private readonly ITestOutputHelper _output;

    public LayoutCheckTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData("LayoutCheck", "tune", 58)]
    [InlineData("LayoutCheck", "sealed", 48)]
    [InlineData("LayoutCheck2", "tune", 58)]
    [InlineData("LayoutCheck2", "sealed", 38)]
    [InlineData("LayoutCheck3", "tune", 58)]
    [InlineData("LayoutCheck3", "sealed", 52)]
    public void Metadata_of_the_layout_check_reaches_the_floor(string set, string part, int floor)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Layout", set, part);
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "gold.json")));
        int right = 0, fields = 0;
        var misses = new System.Collections.Generic.List<string>();
        foreach (var article in gold.RootElement.GetProperty("articles").EnumerateArray())
        {
            var file = article.GetProperty("file").GetString()!;
            var a = ArticleExtractor.Extract(file, File.ReadAllText(Path.Combine(folder, file)));
            var checks = new (string Field, bool Ok)[]
            {
                ("title", SeedsGold.Norm(article.GetProperty("title").GetString()) == SeedsGold.Norm(a.Title)),
                ("outlet", SeedsGold.Norm(article.GetProperty("outlet").GetString()) == SeedsGold.Norm(a.Outlet)),
                ("section", SeedsGold.Norm(article.GetProperty("section").GetString()) == SeedsGold.Norm(a.Section)),
                ("paragraphs", article.GetProperty("paragraphs").GetInt32() == a.Layout.Paragraphs.Count),
            };
            foreach (var (field, ok) in checks)
            {
                fields++;
                right += ok ? 1 : 0;
                if (!ok)
                {
                    misses.Add(file + ": " + field + " differs");
                }
            }
        }

        _output.WriteLine(part + ": metadata " + right + "/" + fields);
        Assert.True(right >= floor, part + ": metadata " + right + "/" + fields + "\n" + string.Join("\n", misses));
    }
}

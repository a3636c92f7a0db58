using System;
using System.IO;
using System.Linq;
using Newswire;
using Seeds;

namespace Newswire.IntegrationTests;

/// <summary>Real code against the generated API of the seed corpus.</summary>
public class GeneratedApiTests
{
    [Fact]
    public void ArticleMembers_CarryTheLayout()
    {
        Article a = Articles.PutinVisitsRostovOnDonAndKazakhstan;
        Assert.Equal("Putin Visits Rostov-on-Don and Kazakhstan in a Flagship Run of Diplomatic and Military Engagements", a.Title);
        Assert.Null(a.Outlet);
        Assert.Equal(7, a.Paragraphs.Count);
        Assert.StartsWith("In Rostov-on-Don, Vladimir Putin inspected", a.Lede);

        Article b = Articles.RussianDefenseMinisterInspectsMilitary;
        Assert.Equal("Miami News, KMIA", b.Outlet);
        Assert.Equal("World News", b.Section);
        Assert.Equal(22, b.Paragraphs.Count);
        Assert.Same(b, Articles.ById("003_357100b6db8c9786"));
        Assert.Equal(2, Articles.All.Count);
    }

    [Fact]
    public void ArticleText_IsTheFileTextExactly()
    {
        foreach (var article in Articles.All)
        {
            var file = Path.Combine(AppContext.BaseDirectory, "news", Path.GetFileName(article.SourcePath));
            Assert.Equal(File.ReadAllText(file), article.Text);
        }
    }

    [Fact]
    public void OneActorIdentity_AcrossArticles()
    {
        Actor? putin = Actors.ByName("Vladimir Putin");
        Assert.Same(Actors.VladimirPutin, putin);
        Assert.Equal(ActorKind.Person, putin!.Kind);
        Assert.Equal("RUS", putin.Country);
        Assert.Equal(2, putin.Articles.Count);
        Assert.Same(putin, Actors.ByName("Putin"));
        Assert.All(Articles.All, a => Assert.Contains(putin, a.Actors));
        // Every mention is the name or one of the aliases the actor carries ("the Russian leader").
        Assert.All(putin.Mentions, m => Assert.True(
            m.Text.Contains("Putin") || putin.Aliases.Contains(m.Text, StringComparer.OrdinalIgnoreCase),
            m.Text + " is neither the name nor an alias"));
    }

    [Fact]
    public void Mentions_CarryTheirFormAndConfidence_ThroughTheGeneratedData()
    {
        Actor putin = Actors.VladimirPutin;
        Assert.Contains(putin.Mentions, m => m.Form == MentionForm.Name && m.Text.Contains("Putin"));
        Assert.All(putin.Mentions, m => Assert.InRange(m.Confidence, 0f, 1f));
        Assert.All(putin.Mentions.Where(m => m.Form == MentionForm.Name), m => Assert.DoesNotContain("President", m.Text));
        Assert.InRange(putin.Confidence, 0.5f, 1f);
    }

    [Fact]
    public void RolesAndCountries_ComeFromTheText()
    {
        Actor belousov = Actors.AndreiBelousov; // "Russian Defense Minister Andrei Belousov"
        Assert.Equal(ActorKind.Person, belousov.Kind);
        Assert.Equal("RUS", belousov.Country);
        Assert.Contains("Defense Minister", belousov.Roles);
        Assert.Equal("KAZ", Actors.KassymJomartTokayev.Country);
        Assert.Equal(ActorKind.Location, Actors.RostovOnDon.Kind);
    }

    [Fact]
    public void RuntimeParse_AgreesWithTheGeneratedRecords()
    {
        foreach (var generated in Articles.All)
        {
            var parsed = Article.Parse(generated.Text, generated.SourcePath);
            Assert.Equal(generated.Id, parsed.Id);
            Assert.Equal(generated.Title, parsed.Title);
            Assert.Equal(generated.Outlet, parsed.Outlet);
            Assert.Equal(generated.Section, parsed.Section);
            Assert.Equal(generated.Paragraphs, parsed.Paragraphs);
            Assert.Equal(
                generated.Actors.Select(x => (x.Name, x.Kind, x.Country)),
                parsed.Actors.Select(x => (x.Name, x.Kind, x.Country)));
            Assert.Equal(
                generated.Events.Select(e => e.ToString()),
                parsed.Events.Select(e => e.ToString()));
        }
    }

    [Fact]
    public void DatasetLoad_GivesTheSameActorsAsTheGenerator()
    {
        var loaded = Dataset.Load(new[] { Path.Combine(AppContext.BaseDirectory, "news") });
        Assert.Equal(Actors.All.Select(a => a.Name), loaded.Actors.Select(a => a.Name));
        Assert.Equal(Actors.All.Select(a => a.Id), loaded.Actors.Select(a => a.Id));
    }

    [Fact]
    public void Places_RideTheGeneratedData_AndAgreeWithRuntimeParse()
    {
        var rostov = Actors.RostovOnDon.Place;
        Assert.NotNull(rostov);
        Assert.Equal(PlaceKind.City, rostov!.Kind);
        Assert.Equal("RUS", rostov.Country);
        Assert.Equal(501175, rostov.GeoNamesId);
        Assert.InRange(rostov.Latitude!.Value, 47.0, 47.5);
        Assert.InRange(rostov.Longitude!.Value, 39.5, 40.0);
        Assert.Null(Actors.VladimirPutin.Place);

        var visit = Articles.PutinVisitsRostovOnDonAndKazakhstan.Events.First();
        Assert.Equal(rostov, visit.Place);

        foreach (var generated in Articles.All)
        {
            var parsed = Article.Parse(generated.Text, generated.SourcePath);
            Assert.Equal(generated.Actors.Select(x => x.Place), parsed.Actors.Select(x => x.Place));
            Assert.Equal(generated.Events.Select(e => e.Place), parsed.Events.Select(e => e.Place));
        }
    }
}

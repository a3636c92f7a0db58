using System;
using System.IO;
using System.Linq;
using Newswire;
using Seeds;

namespace Newswire.IntegrationTests;

/// <summary>Actors.ByName across a dataset: short forms the text uses find their person; descriptions find nobody.</summary>
public class AliasLookupTests
{
    [Fact]
    public void GeneratedDataset_FindsASurnameTheArticleUses_NotADescription()
    {
        Assert.Same(Actors.AndreiBelousov, Actors.ByName("Belousov"));
        Assert.Same(Actors.VladimirPutin, Actors.ByName("Putin"));
        Assert.Same(Actors.Kremlin, Actors.ByName("the Kremlin"));
        Assert.Contains("the President", Actors.VladimirPutin.Aliases); // listed as the article's alias...
        Assert.Null(Actors.ByName("the President"));                  // ...but it depends on its article
        Assert.Null(Actors.ByName("The President"));
        Assert.Null(Actors.ByName("the minister"));
        Assert.Null(Actors.ByName("the Russian leader"));
    }

    [Fact]
    public void LoadedDataset_ShortFormIsAnAliasWhenUnambiguous()
    {
        var dir = Directory.CreateTempSubdirectory("newswire-aliases").FullName;
        File.WriteAllText(Path.Combine(dir, "a.txt"), """
            Japan and Brazil Discuss Trade

            Japanese Foreign Minister Takeshi Iwaya met Brazilian Foreign Minister Mauro Vieira in Tokyo on Monday. Iwaya said the talks were productive. Vieira praised the minister for his hospitality.

            The President of Brazil, Luiz Inacio Lula da Silva, will visit Japan next month. The President said he welcomed the talks.
            """);
        File.WriteAllText(Path.Combine(dir, "b.txt"), """
            Putin Hosts Talks in Moscow

            President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday. The President said the talks were constructive. Putin thanked Xi.
            """);
        var data = Dataset.Load(new[] { dir });

        var iwaya = data.FindActor("Iwaya");
        Assert.NotNull(iwaya);
        Assert.Equal("Takeshi Iwaya", iwaya!.Name);
        Assert.Contains("Iwaya", iwaya.Aliases);
        Assert.Equal("Mauro Vieira", data.FindActor("vieira")?.Name);
        Assert.Null(data.FindActor("the President")); // Lula in one article, Putin or Xi in the other
        Assert.Null(data.FindActor("The President"));
        Assert.Null(data.FindActor("the minister"));
        Assert.Equal("Vladimir Putin", data.FindActor("Putin")?.Name);
    }

    [Fact]
    public void LoadedDataset_ShortFormTwoPeopleShare_FindsNobody()
    {
        var dir = Directory.CreateTempSubdirectory("newswire-aliases-shared").FullName;
        File.WriteAllText(Path.Combine(dir, "a.txt"), "Talks in Paris\n\nFrench diplomat Pierre Moreau arrived in Paris on Monday. Moreau said the talks would last two days.\n");
        File.WriteAllText(Path.Combine(dir, "b.txt"), "Visit to Lyon\n\nFrench minister Claire Moreau visited Lyon on Friday. Moreau said the visit was a success.\n");
        var data = Dataset.Load(new[] { dir });
        Assert.Contains(data.FindActor("Pierre Moreau")!.Mentions, m => m.Text == "Moreau"); // each article uses it for its person...
        Assert.Contains(data.FindActor("Claire Moreau")!.Mentions, m => m.Text == "Moreau");
        Assert.Null(data.FindActor("Moreau"));
        Assert.DoesNotContain("Moreau", data.FindActor("Pierre Moreau")!.Aliases);
    }
}

using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// A headline's nameless officer of a country ("Liberia MP arrested") is that country's sector, not a person of its own:
/// it folds into the country the article names (Finish/CountryIdentity.cs).
/// </summary>
public class NamelessOfficerTests
{
    [Fact]
    public void The_countrys_officer_folds_into_the_country()
    {
        var a = ArticleExtractor.Extract("t.txt", "Liberia MP arrested over port contract\n\nMONROVIA, Nov 30 (AFP) - Police in Liberia on Sunday arrested a lawmaker accused of taking bribes, officials said.\n");
        Assert.DoesNotContain(a.Actors, x => x.Name == "Liberia MP");
        var liberia = Assert.Single(a.Actors, x => x.Name == "Liberia");
        Assert.Equal(ActorKind.Location, liberia.Kind);
    }

    [Fact]
    public void A_named_officer_stays_a_person()
    {
        var a = Run("Liberia MP Moses Kollie-Gbarbea was arrested in Monrovia on Sunday.");
        Assert.Contains(a.Actors, x => x.Name == "Moses Kollie-Gbarbea" && x.Kind == ActorKind.Person);
    }
}

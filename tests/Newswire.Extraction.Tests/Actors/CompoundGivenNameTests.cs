using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// A hyphenated given name opened by a known given name ("Jean-Baptiste", "Ana-Marija", "Marie-Claire") is a given
/// name: it opens the person's name at a sentence's start and after a title, with or without an apposition after it.
/// </summary>
public class CompoundGivenNameTests
{
    [Theory]
    [InlineData("Jean-Baptiste Ndayisaba-Mugabo, who heads the growers' union, said prices had fallen.", "Jean-Baptiste Ndayisaba-Mugabo")]
    [InlineData("Ana-Marija Petrin-Kovac, the chief executive, said jobs were safe.", "Ana-Marija Petrin-Kovac")]
    [InlineData("Union leader Jean-Baptiste Ndayisaba-Mugabo said prices had fallen.", "Jean-Baptiste Ndayisaba-Mugabo")]
    [InlineData("On Monday, Marie-Claire Uwase-Kamali said the law was unfair.", "Marie-Claire Uwase-Kamali")]
    public void The_compound_given_name_opens_the_person(string body, string name)
    {
        var a = Run(body);
        Assert.Contains(a.Actors, x => x.Name == name && x.Kind == ActorKind.Person);
        Assert.DoesNotContain(a.Actors, x => x.Name == name.Split(' ')[1]);
    }

    [Fact]
    public void A_hyphenated_surname_is_no_given_name()
    {
        // "Persad" is no given name: the word stays a surname after the given name.
        var a = Run("Prime Minister Kamla Persad-Bissessar said the talks would resume.");
        Assert.Contains(a.Actors, x => x.Name == "Kamla Persad-Bissessar" && x.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_hyphenated_surname_after_a_country_given_name_stays_a_surname()
    {
        // "Bradley" is a given name, but "Bradley-Tait" closes the name: "Georgia" opens a person, not a place.
        var a = Run("Australia coach Kevin Walters-Hume said winger Georgia Bradley-Tait would miss the next match.");
        Assert.Contains(a.Actors, x => x.Name == "Georgia Bradley-Tait" && x.Kind == ActorKind.Person);
    }
}

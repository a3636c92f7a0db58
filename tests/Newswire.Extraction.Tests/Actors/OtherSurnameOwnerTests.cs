using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// A lexicon person's surname after another given name is another person's surname (Propose/OtherSurnameOwners.cs):
/// "Francisco Guterres" is not Antonio Guterres.
/// </summary>
public class OtherSurnameOwnerTests
{
    [Theory]
    [InlineData("Petroleum Minister Francisco Guterres said the state would hold a majority stake.", "Francisco Guterres", "Antonio Guterres")]
    [InlineData("Minister Maria dos Santos Guterres said the state would hold a majority stake.", "Maria dos Santos Guterres", "Antonio Guterres")]
    [InlineData("On Monday, Hillary Trump visited a hospital in Baltimore.", "Hillary Trump", "Donald Trump")]
    public void Another_given_name_makes_another_person(string body, string person, string lexiconPerson)
    {
        var a = Run(body);
        var p = Assert.Single(a.Actors, x => x.Name == person);
        Assert.Equal(ActorKind.Person, p.Kind);
        Assert.DoesNotContain(a.Actors, x => x.Name == lexiconPerson);
    }

    [Theory]
    [InlineData("Foreign Minister Sergey Lavrov said Moscow would respond.", "Sergei Lavrov")]
    [InlineData("President Donald J. Trump said on Monday tariffs would rise.", "Donald Trump")]
    public void The_lexicon_persons_own_given_name_keeps_the_lexicon_person(string body, string lexiconPerson)
    {
        var a = Run(body);
        Assert.Contains(a.Actors, x => x.Name == lexiconPerson);
    }
}

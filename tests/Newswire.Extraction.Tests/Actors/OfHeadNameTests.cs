using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>"&lt;body head&gt; of &lt;name&gt;" is one organization's name, whatever the tagger read inside it.</summary>
public class OfHeadNameTests
{
    [Fact]
    public void A_municipality_of_a_place_is_one_organization()
    {
        var a = Run("The request was filed by the Municipality of Tarvello in 2019, the court heard.");
        Assert.Contains(Exported(a), x => x.Text == "Municipality of Tarvello" && x.Kind == ActorKind.Organization);
        Assert.DoesNotContain(Exported(a), x => x.Text == "Tarvello");
    }

    [Fact]
    public void The_name_goes_on_over_of_between_capitals()
    {
        var a = Run("On the hill stands the Church of Our Lady of Quillmoor, built in 1710.");
        Assert.Contains(Exported(a), x => x.Text == "Church of Our Lady of Quillmoor" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void Capitalized_words_before_the_head_open_the_name()
    {
        var a = Run("Members of the Harwick Philatelic Society of Marlo met in March to choose a new chair.");
        Assert.Contains(Exported(a), x => x.Text == "Harwick Philatelic Society of Marlo" && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void Chambers_of_a_legislature_or_of_commerce_are_one_organization()
    {
        var a = Run("It now goes to the Vexland House of Representatives. Members of the Ruritanian House of Delegates objected. "
                    + "Ann Bell is a member of the Marlow Chamber of Deputies.");
        Assert.Contains(Exported(a), x => x.Text == "Vexland House of Representatives" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Ruritanian House of Delegates" && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Marlow Chamber of Deputies" && x.Kind == ActorKind.Organization);
        Assert.DoesNotContain(Exported(a), x => x.Text == "Vexland House");
    }

    [Fact]
    public void A_title_before_a_name_ends_the_organization()
    {
        var a = Run("Rates will stay on hold, Bank of Marlo Governor Ana Ruiz told reporters on Monday.");
        Assert.DoesNotContain(Exported(a), x => x.Text.Contains("Governor") && x.Kind == ActorKind.Organization);
        Assert.Contains(Exported(a), x => x.Text == "Ana Ruiz" && x.Kind == ActorKind.Person);
    }

    // Resolve/OfHeadNames.cs, OfHeadNameFirst: a title word read as the first word of the body stays in the longer name.
    [Fact]
    public void A_body_opened_by_a_title_word_goes_on_over_its_second_of()
    {
        var a = Run("The march was called by the General Confederation of Workers of Peru, which accuses the government.");
        Assert.Contains(Exported(a), x => x.Text == "General Confederation of Workers of Peru" && x.Kind == ActorKind.Organization);
    }
}

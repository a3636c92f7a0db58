using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>An unknown run set off by commas after a role names the role holder: a person.</summary>
public class RoleAppositionTests
{
    [Theory]
    [InlineData("The governor of Lagos, Olumide Sanwo-Olu, said the road would reopen.", "Olumide Sanwo-Olu")]
    [InlineData("The ambassador to France, Babajide Mohib, said talks would go on.", "Babajide Mohib")]
    [InlineData("A spokeswoman for the army in Lagos, Mardan Swabi, told reporters the camp was closed.", "Mardan Swabi")]
    public void The_run_after_a_role_is_a_person(string sentence, string name)
    {
        var a = Run(sentence);
        Assert.Contains(Exported(a), x => x.Text == name && x.Kind == ActorKind.Person);
    }

    // Resolve/UnknownNames.cs, PersonBeforeComma: "approved X as governor of the Y" is X's role, no unnamed governor.
    [Theory]
    [InlineData("Parliament on Tuesday approved Dawit Alemu Kebede as governor of the National Bank of Ethiopia, state media reported.")]
    [InlineData("The president named Ana Marlowe as commander of the Harwick Naval Command on Monday.")]
    public void A_role_after_as_is_the_named_persons(string body)
    {
        var a = Run(body);
        Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
    }
}

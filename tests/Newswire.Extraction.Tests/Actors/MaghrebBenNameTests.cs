using System.Linq;
using Newswire.Extraction;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A given name, a capitalized "Ben" and a surname are one person (Resolve/MaghrebBenNames.cs).</summary>
public class MaghrebBenNameTests
{
    [Theory]
    [InlineData("Jawhar Ben Mbarek was convicted on Friday.", "Jawhar Ben Mbarek")]
    [InlineData("Dalila Ben Mbarek Msaddek, a lawyer, said the trial was a farce.", "Dalila Ben Mbarek Msaddek")]
    [InlineData("His sister, Dalila Ben Mbarek Msaddek, said the trial was a farce.", "Dalila Ben Mbarek Msaddek")]
    public void A_name_with_a_capital_Ben_is_one_person(string sentence, string name)
    {
        var a = Stories.Of("Trial", "TUNIS, May 2 (AP) - " + sentence);
        Assert.Equal(ActorKind.Person, Stories.Named(a, name).Kind);
    }

    // A title before "Ben" is no given name: "captain Ben Stokes" stays the person "Ben Stokes".
    [Fact]
    public void A_title_before_Ben_stays_out_of_the_name()
    {
        var a = Stories.Of("Cricket", "LONDON, May 2 (Reuters) - England Captain Ben Stokes scored a century.");
        Assert.DoesNotContain(a.Actors, x => x.Name.StartsWith("Captain", System.StringComparison.Ordinal));
    }
}

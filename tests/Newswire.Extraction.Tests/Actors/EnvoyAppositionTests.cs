using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// An envoy named in an apposition after the post: "the British ambassador in Kenya, Ada Brelik," and "the U.S.
/// ambassador, Ada Brelik," are the sending country's, as "the British ambassador to Kenya, Ada Brelik," is
/// (invented sentences).
/// </summary>
public class EnvoyAppositionTests
{
    [Theory]
    [InlineData("The British ambassador in Kenya, Ada Brelik-Moss, said aid would continue.", "GBR")]
    [InlineData("France's envoy in Senegal, Ivo Marek-Lenoir, said aid would continue.", "FRA")]
    [InlineData("The U.S. ambassador, Ada Brelik-Moss, said sanctions would stay.", "USA")]
    [InlineData("The U.S. ambassador in Guatemala, Ada Brelik-Moss, said sanctions would stay.", "USA")]
    public void The_envoy_takes_the_sending_country(string sentence, string country)
    {
        var a = Run(sentence);
        Assert.Equal(country, a.Actors.Single(x => x.Kind == ActorKind.Person).Country);
    }
}

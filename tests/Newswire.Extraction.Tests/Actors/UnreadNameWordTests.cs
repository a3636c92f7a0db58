using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// Resolve/UnreadNameWords.cs (JoinUnreadNameWords): a three-word name the tagger read as two of its words, with the
/// third capitalized word no reading holds, is one person.
/// </summary>
public class UnreadNameWordTests
{
    [Theory]
    [InlineData("Lawmaker Ratna Sari Wulandari said the commission had failed to act on complaints.", "Ratna Sari Wulandari")]
    [InlineData("Arvind Kesav Ramasamy told reporters the government must answer the questions.", "Arvind Kesav Ramasamy")]
    [InlineData("Former minister Chaminda Lakmal Dissanayake said the talks would resume next week.", "Chaminda Lakmal Dissanayake")]
    [InlineData("Analyst Ratna Sari Wulandari said the central bank would hold rates.", "Ratna Sari Wulandari")]
    public void JoinUnreadNameWords_a_third_unread_capitalized_word_is_part_of_the_name(string body, string name)
    {
        var a = Run(body);
        var person = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal(name, person.Name);
    }

    [Theory]
    [InlineData("Socialist Marta Quinlan said the bill would fail.", "Marta Quinlan")]
    [InlineData("Republican Marta Quinlan said the bill would fail.", "Marta Quinlan")]
    [InlineData("Organizer Marta Quinlan told the crowd the farmers had not been paid.", "Marta Quinlan")]
    [InlineData("A bench of Justices Marta Quinlan and Ada Brelik heard the appeal.", "Marta Quinlan")]
    public void JoinUnreadNameWords_a_creed_or_party_word_before_the_name_stays_out(string body, string name)
    {
        var a = Run(body);
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Person && x.Name == name);
    }
}

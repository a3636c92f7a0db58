using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>A common capitalized word opening a sentence ("New", "First", "A") stays in a lexicon name it opens.</summary>
public class SentenceOpenerTests
{
    [Theory]
    [InlineData("New Delhi said the talks would resume on Monday.", "New Delhi")]
    [InlineData("NEW DELHI, June 3 (Wire) - The talks resumed on Monday.", "New Delhi")]
    [InlineData("New Zealand said the talks would resume on Monday.", "New Zealand")]
    public void The_opener_stays_in_the_name(string body, string name)
    {
        var a = Run(body);
        Assert.Contains(a.Actors, x => x.Name == name && x.Kind != ActorKind.Person);
        Assert.DoesNotContain(a.Actors, x => x.Name == name.Split(' ')[1]);
    }

    [Fact]
    public void The_stays_out_of_the_name()
    {
        var a = Run("The Kremlin said the talks would resume on Monday.");
        var kremlin = Assert.Single(a.Actors, y => y.Name == "Kremlin");
        Assert.DoesNotContain("The Kremlin", kremlin.Aliases);
        Assert.DoesNotContain(kremlin.Mentions, m => m.Form == MentionForm.Name && a.Text.Substring(m.Start, m.Length) == "The Kremlin");
    }
}

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// "Bhutan's state-owned Druk Green Power Corporation": an ownership word between the possessive owner and the name
/// leaves the owner's country to the name (Countries/OwnerCountry.cs), not the dateline's.
/// </summary>
public class StateOwnedOwnerTests
{
    [Theory]
    [InlineData("NEW DELHI, May 2 (PTI) - Bhutan's state-owned Druk Green Power Corporation and India's Tata Power will build a plant, the companies said.", "Druk Green Power Corporation", "BTN")]
    [InlineData("DUBAI, May 2 (Reuters) - Oman's state-owned Asyad Group said on Monday it would run a new terminal.", "Asyad Group", "OMN")]
    // The ownership words with the other hyphens the tokenizer joins words by (U+2011, U+2010): the same word.
    [InlineData("DUBAI, May 2 (Reuters) - Oman's state\u2011owned Asyad Group said on Monday it would run a new terminal.", "Asyad Group", "OMN")]
    [InlineData("NEW DELHI, May 2 (PTI) - Bhutan's state\u2010run Druk Green Power Corporation and India's Tata Power will build a plant, the companies said.", "Druk Green Power Corporation", "BTN")]
    public void The_possessive_owner_before_state_owned_gives_the_country(string body, string name, string country)
    {
        var a = Stories.Of("Power deal", body);
        Assert.Equal(country, Stories.Named(a, name).Country);
    }
}

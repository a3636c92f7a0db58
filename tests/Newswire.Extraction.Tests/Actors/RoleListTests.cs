using System;
using System.Linq;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>An actor's roles are a set: the lexicon's default role and the article's descriptions each count once.</summary>
public class RoleListTests
{
    [Theory]
    [InlineData("Luiz Inacio Lula da Silva met executives in Brasilia. Lula said the plan would go ahead.")]
    [InlineData("President Luiz Inacio Lula da Silva met executives. Lula da Silva, the President, said it would go ahead.")]
    public void A_lexicon_person_named_again_keeps_each_role_once(string body)
    {
        var person = Run(body).Actors.Single(a => a.Name == "Luiz Inacio Lula da Silva");
        Assert.Contains("President", person.Roles);
        Assert.Equal(person.Roles.Count, person.Roles.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
    // AFP and AP write titles in lower case before a name; they are the role all the same, and a later "the minister"
    // is the same person.
    [Theory]
    [InlineData("Zambia's finance minister Ada Brelik met creditors in Paris on Monday. The minister said talks would go on.", "finance minister")]
    [InlineData("Opposition figures and deputy foreign minister Ada Brelik met in Lusaka on Monday.", "deputy foreign minister")]
    [InlineData("The talks were led by spokesman Ada Brelik on Monday.", "spokesman")]
    public void A_lower_case_title_before_a_name_is_the_role(string body, string role)
    {
        var a = Run(body);
        var person = a.Actors.Single(x => x.Name == "Ada Brelik");
        Assert.Equal(new[] { role }, person.Roles);
    }

    [Fact]
    public void A_lower_case_title_lets_the_minister_find_the_person()
    {
        var a = Run("Zambia's finance minister Ada Brelik met creditors in Paris on Monday. The minister said talks would go on.");
        var person = a.Actors.Single(x => x.Name == "Ada Brelik");
        Assert.Contains(person.Mentions, m => a.Text.Substring(m.Start, m.Length) == "The minister");
    }

    [Fact]
    public void Lower_case_words_that_are_no_title_give_no_role()
    {
        var a = Run("Voters in Lusaka backed Ada Brelik on Monday.");
        Assert.Empty(a.Actors.Single(x => x.Name == "Ada Brelik").Roles);
    }
}

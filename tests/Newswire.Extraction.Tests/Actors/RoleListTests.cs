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
}

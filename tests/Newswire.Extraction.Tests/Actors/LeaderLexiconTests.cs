using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// Heads of state and government and foreign ministers in office in 2025 are lexicon facts
/// (tools/lexicons/curated/people.tsv): on undatelined copy that names two or more countries, the leader takes
/// the lexicon's country, not a neighbour's or none.
/// </summary>
public class LeaderLexiconTests
{
    private static ExtractedArticle Story(string body) => ArticleExtractor.Extract("story.txt", "Regional briefing\n\n" + body + "\n");

    private static string? CountryOf(ExtractedArticle a, string name) =>
        a.Actors.First(x => x.Kind == ActorKind.Person && x.Name == name).Country;

    [Theory]
    [InlineData("Prime Minister Hun Manet welcomed the ceasefire on Monday. Cambodia and Thailand agreed to pull back their troops.", "Hun Manet", "KHM")]
    [InlineData("President Santiago Peña praised the deal on Tuesday. Brazil and Paraguay agreed to expand trade across the border.", "Santiago Peña", "PRY")]
    [InlineData("Chancellor Christian Stocker said the gas talks with Germany and Italy went well.", "Christian Stocker", "AUT")]
    [InlineData("President Duma Boko said the diamond deal with South Africa and Namibia was fair.", "Duma Boko", "BWA")]
    [InlineData("Foreign Minister Maxime Prévot met his Dutch and French counterparts on Monday.", "Maxime Prévot", "BEL")]
    [InlineData("Prime Minister Sanae Takaichi spoke by phone with the leaders of China and South Korea.", "Sanae Takaichi", "JPN")]
    [InlineData("Foreign Minister Badr Abdelatty flew to Qatar on Sunday for talks with Israel and Hamas.", "Badr Abdelatty", "EGY")]
    [InlineData("President Daniel Chapo met Rwandan troops in Cabo Delgado.", "Daniel Chapo", "MOZ")]
    [InlineData("Prime Minister Kristrún Frostadóttir said Norway and the European Union had agreed on fish quotas.", "Kristrún Frostadóttir", "ISL")]
    [InlineData("Foreign Minister Asaad al-Shaibani visited Turkey and Jordan this week.", "Asaad al-Shaibani", "SYR")]
    public void A_leader_the_lexicon_knows_takes_its_country(string body, string name, string country) =>
        Assert.Equal(country, CountryOf(Story(body), name));

    // The dictionaries spell hyphenated names without the hyphen ("Frank Walter Steinmeier"), which news copy does not.
    [Theory]
    [InlineData("President Frank-Walter Steinmeier arrived in Poland for talks on Monday.", "Frank-Walter Steinmeier", "DEU")]
    [InlineData("Prime Minister Kamla Persad-Bissessar said Venezuela and Guyana should settle the dispute.", "Kamla Persad-Bissessar", "TTO")]
    public void A_hyphenated_leader_name_takes_its_country(string body, string name, string country) =>
        Assert.Equal(country, CountryOf(Story(body), name));

    // Propose/ChunkSegments.cs SecondSurnameAfter: a second surname after a known full name stays on that person.
    [Theory]
    [InlineData("Gustavo Petro Urrego said on Monday the talks had gone well. Petro added that more meetings would follow.", "Gustavo Petro", "Gustavo Petro Urrego", "COL")]
    [InlineData("Speaking on Monday, Claudia Sheinbaum Pardo said the tariffs would hurt both countries.", "Claudia Sheinbaum", "Claudia Sheinbaum Pardo", "MEX")]
    public void A_second_surname_after_a_known_name_is_that_person_s(string body, string name, string longName, string country)
    {
        var p = Assert.Single(Story(body).Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal(name, p.Name);
        Assert.Contains(longName, p.Aliases);
        Assert.Equal(country, p.Country);
    }

    // A headline's capitalized verb or a weekday after a name is no surname.
    [Fact]
    public void A_capitalized_word_that_names_no_one_stays_off_the_name()
    {
        var p = Assert.Single(Story("Reporters asked Keir Starmer Tuesday about the talks.").Actors, x => x.Kind == ActorKind.Person);
        Assert.DoesNotContain(p.Aliases, x => x.Contains("Tuesday"));
    }

    // Guard: a leader whose surname is a common name ("Peña") has no role in the lexicon, so the surname alone is
    // nobody's: another Peña keeps no country of Paraguay.
    [Fact]
    public void A_common_surname_alone_is_no_leader() =>
        Assert.NotEqual("PRY", CountryOf(Story("Striker Carlos Peña scored twice as Chile beat Peru on Sunday. Peña said the win mattered."), "Carlos Peña"));
}

using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// Session 22's actor rules for unseen agency copy (NewsCheck12): a party or assembly named "&lt;nationality&gt;
/// Congress" is of that nationality's country, not the US Congress's (<c>Countries/DemonymCongress.cs</c>,
/// <c>Propose/ChunkReader.LastSegCountry</c>); a story whose headline names only another country than its dateline's,
/// and whose body names that country more often, is that country's story (<c>Countries/DatelineTie.HeadlineCountry</c>,
/// with capitals of more countries in <c>capitals.tsv</c>); a company named short in the headline is the company the
/// body names in full (<c>Link/CompanyFirstWords.cs</c>); a Vietnamese name opened by a family name spelled like an
/// English function word is one person (<c>Resolve/FunctionWordFamilyNames.cs</c>).
/// </summary>
public class UnseenNewsActorsTests
{
    private static ExtractedArticle Story(string headline, string body) => ArticleExtractor.Extract("story.txt", headline + "\n\n" + body + "\n");

    private static ExtractedActor Named(ExtractedArticle a, string name) =>
        Assert.Single(a.Actors, x => x.Name == name || x.Aliases.Contains(name));

    [Theory]
    [InlineData("KATHMANDU, May 2 (Reuters) - Nepali Congress lawmakers walked out of parliament on Monday.", "Nepali Congress", "NPL")]
    [InlineData("CAIRO, May 2 (AFP) - The Sudanese Congress Party said its offices in Omdurman were looted.", "Sudanese Congress Party", "SDN")]
    public void A_nationality_congress_is_of_that_nationalitys_country(string body, string name, string country) =>
        Assert.Equal(country, Named(Story("Parties meet", body), name).Country);

    [Fact]
    public void The_leader_of_a_nationality_congress_party_is_of_that_country()
    {
        var a = Story("Parties meet", "CAIRO, May 2 (AFP) - Sudanese Congress Party leader Hamid Osman Karar said the talks had failed.");
        Assert.Equal("SDN", Named(a, "Hamid Osman Karar").Country);
    }

    [Fact]
    public void People_of_a_story_told_from_a_neighbours_capital_take_the_headlines_country()
    {
        var a = Story("Malawi opposition leader says he will return from exile",
            "JOHANNESBURG, May 2 (Reuters) - Malawian opposition leader Peter Chanza Mbewe said on Tuesday he would return to Lilongwe next month.\n\n"
            + "Government spokesman Moses Kunkuyu Banda said a warrant for his arrest stood. Pretoria said it had received no extradition request. "
            + "Malawi's courts will rule in June.");
        Assert.Equal("MWI", Named(a, "Moses Kunkuyu Banda").Country);
    }

    [Fact]
    public void A_story_whose_headline_names_the_datelines_country_keeps_it()
    {
        var a = Story("Kenya hosts Malawi talks",
            "NAIROBI, May 2 (Reuters) - Malawian opposition leader Peter Chanza Mbewe met mediators in Nairobi.\n\n"
            + "Spokesman Otieno Kamau Njoroge said Malawi and Lilongwe's allies would attend.");
        Assert.NotEqual("MWI", Named(a, "Otieno Kamau Njoroge").Country);
    }

    [Theory]
    [InlineData("Harbourline Bank fined over lapses", "Malaysia's central bank fined Harbourline Bank Berhad 10 million ringgit, Bank Negara Malaysia said in Kuala Lumpur.", "Harbourline Bank Berhad")]
    [InlineData("Kivuli posts record profit as lending grows", "Tanzania's lender Kivuli Bank reported record profits on the Dar es Salaam Stock Exchange.", "Kivuli Bank")]
    public void A_company_named_short_in_the_headline_is_the_bodys_company(string headline, string body, string full)
    {
        var a = Story(headline, body);
        var company = Named(a, full);
        Assert.Single(a.Actors, x => x.Name.StartsWith(full.Split(' ')[0]));
        Assert.Equal(ActorKind.Organization, company.Kind);
    }

    [Theory]
    [InlineData("HANOI, May 2 (Reuters) - Vietnam named To Van Hai as minister of public security on Wednesday.", "To Van Hai")]
    [InlineData("HANOI, May 2 (Reuters) - Do Duc Minh, chairman of a state lender, was arrested on Tuesday.", "Do Duc Minh")]
    [InlineData("HANOI, May 2 (Reuters) - Ha Kim Ngoc, a deputy minister, said growth would stay at 8%.", "Ha Kim Ngoc")]
    public void A_vietnamese_name_opened_by_a_function_word_family_name_is_one_person(string body, string name) =>
        Assert.Equal(ActorKind.Person, Named(Story("Vietnam names officials", body), name).Kind);
}

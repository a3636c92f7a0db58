using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// Session 20's actor rules for unseen agency copy: local government areas named by their head ("Kasese District",
/// "Bogor Regency", "Gwoza Local Government Area") are places (<c>Resolve/AreaNames.cs</c>); a weekday after a
/// speaker's name is no part of it (<c>Resolve/TrailingWeekdays.cs</c>); "X, representing the Freedonian
/// government" is of that country under another country's dateline (<c>Countries/RepresentedCountry.cs</c>).
/// </summary>
public class AreaWeekdayRepresentedTests
{
    private static ExtractedArticle Story(string body) => ArticleExtractor.Extract("story.txt", "Regional briefing\n\n" + body + "\n");

    [Theory]
    [InlineData("KAMPALA, May 2 (AFP) - Floods hit Kasese District and Ntoroko District, officials said.", "Ntoroko District")]
    [InlineData("JAKARTA, May 2 (Reuters) - Floods hit Kendal Regency and Demak Regency in Central Java, officials said.", "Demak Regency")]
    [InlineData("LILONGWE, May 2 (Xinhua) -- Cholera cases rose in Nsanje District and Chikwawa District, the ministry said.", "Chikwawa District")]
    [InlineData("ABUJA, May 2 (Reuters) - Gunmen killed 12 people in Kauru and neighbouring Gwoza Local Government Area, police said.", "Gwoza Local Government Area")]
    public void A_name_ending_in_a_local_government_head_is_a_place(string body, string name) =>
        Assert.Equal(ActorKind.Location, Assert.Single(Story(body).Actors, x => x.Name == name).Kind);

    [Fact]
    public void A_district_chairman_keeps_the_district_a_place()
    {
        var a = Story("KAMPALA, May 2 (AFP) - Rain cut roads in Mityana District on Monday. Mityana District chairman Joseph Lule Kato said 40 homes were lost.");
        Assert.Equal(ActorKind.Location, Assert.Single(a.Actors, x => x.Name == "Mityana District").Kind);
    }

    [Theory]
    [InlineData("MOSCOW, May 2 (Reuters) - The Southern Military District said its troops had finished drills.", "Southern Military District")]
    [InlineData("DENVER, May 2 (Reuters) - The Harlow School District said classes would resume on Monday.", "Harlow School District")]
    public void A_district_named_for_a_body_stays_an_organization(string body, string name) =>
        Assert.Equal(ActorKind.Organization, Assert.Single(Story(body).Actors, x => x.Name == name).Kind);

    [Theory]
    [InlineData("MANILA, May 2 (Reuters) - Chinese Foreign Ministry spokesman Wang Jianbo Tuesday called the protest groundless.", "Wang Jianbo", "spokesman")]
    [InlineData("HANOI, May 2 (Reuters) - Foreign Ministry spokeswoman Pham Thu Lan Wednesday said Vietnam opposed the survey.", "Pham Thu Lan", "spokeswoman")]
    public void A_weekday_after_a_titled_speakers_name_is_no_part_of_it(string body, string name, string role)
    {
        var a = Story(body);
        Assert.Contains(role, Assert.Single(a.Actors, x => x.Name == name && x.Kind == ActorKind.Person).Roles);
        Assert.DoesNotContain(a.Actors, x => x.Name.Contains("day"));
    }

    [Theory]
    [InlineData("GENEVA, May 2 (AFP) - Oumar Sangaré Diallo, representing the Malian government, told the council that the army had not targeted civilians.", "Oumar Sangaré Diallo", "MLI")]
    [InlineData("GENEVA, May 2 (AFP) - Naledi Khumalo Dube, representing the South African government, said the report was unfair.", "Naledi Khumalo Dube", "ZAF")]
    [InlineData("MOSCOW, May 2 (Reuters) - Deputy Minister Bakhtiyor Karimov Saidovich, representing the Uzbek government at the talks, said Tashkent wanted more gas.", "Bakhtiyor Karimov Saidovich", "UZB")]
    public void A_person_representing_a_nationalitys_government_takes_its_country(string body, string name, string country) =>
        Assert.Equal(country, Story(body).Actors.First(x => x.Name == name).Country);
}

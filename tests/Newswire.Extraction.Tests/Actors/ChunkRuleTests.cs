using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// The chunk reader's rules (Actors/Propose: ChunkReader, ChunkTitles, ChunkSegments), one test per rule, each on
/// small invented sentences. Test names start with the rule's method name.
/// </summary>
public class ChunkRuleTests
{
    [Fact]
    public void VetoVessel_a_ship_prefix_names_equipment_not_an_actor()
    {
        var a = Run("Sailors boarded the USS Harwick before dawn.");
        Assert.DoesNotContain(All(a), x => x.Text.Contains("Harwick"));
        var b = Run("The fisheries vessel BRP Datu Harwick was hit by a water cannon.");
        Assert.DoesNotContain(All(b), x => x.Text.Contains("Harwick"));
    }

    [Fact]
    public void NumberedUnit_an_ordinal_belongs_to_the_unit_name()
    {
        var a = Run("Crews from the 512th Tanker Wing landed on Monday.");
        Assert.Contains(All(a), x => x.Text.EndsWith("512th Tanker Wing") && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void CounterOrganization_a_counter_word_before_an_organization_head_is_one_body()
    {
        var a = Run("The inquiry was opened by the Counter-Smuggling Bureau on Friday.");
        Assert.Contains(All(a), x => x.Text.EndsWith("Counter-Smuggling Bureau") && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void EntryNameWordsBefore_given_names_of_a_lexicon_person_are_no_part_of_the_title()
    {
        var a = ArticleExtractor.Extract("t.txt", "Test headline for the article\nPresident Tayyip Erdogan met the mayor in Ankara.");
        var erdogan = a.Actors.Single(x => x.Name == "Recep Tayyip Erdogan");
        Assert.Equal(new[] { "President" }, erdogan.Roles);
    }

    // "Nasser" is also a lexicon place (a town in Egypt): as a given name before a surname it opens the name.
    [Fact]
    public void GivenNamePlaceBefore_a_place_that_is_a_given_name_opens_the_name_not_the_role()
    {
        var a = ArticleExtractor.Extract("t.txt", "Test headline for the article\nForeign Minister Nasser Bourita said the talks would go on.");
        var minister = a.Actors.Single(x => x.Kind == ActorKind.Person);
        Assert.Equal("Nasser Bourita", minister.Name);
        Assert.Equal(new[] { "Foreign Minister" }, minister.Roles);
    }

    [Fact]
    public void EntryNameWordsBefore_a_given_name_the_lexicon_lacks_is_no_part_of_the_title()
    {
        var a = ArticleExtractor.Extract("t.txt", "Test headline for the article\nDefence Minister Mohamed Khaled Nordin said the patrols would start next month.");
        var minister = a.Actors.Single(x => x.Name == "Khaled Nordin");
        Assert.Equal(new[] { "Defence Minister" }, minister.Roles);
        Assert.Contains(minister.Mentions, m => a.Text.Substring(m.Start, m.Length) == "Mohamed Khaled Nordin");
    }

    [Fact]
    public void PeoplesPossessive_a_name_goes_on_through_Peoples()
    {
        var a = Run("The main opposition Republican People's Party (CHP) said the vote was unfair.");
        Assert.Equal(ActorKind.Organization, KindOf(a, "Republican People's Party"));
        Assert.DoesNotContain(All(a), x => x.Text == "Republican People");
    }

    [Fact]
    public void PlaceByPrefix_a_place_word_opening_the_chunk_makes_one_place()
    {
        var a = Run("Families fled toward Mount Veloran as the shelling went on.");
        Assert.Equal(ActorKind.Location, KindOf(a, "Mount Veloran"));
    }

    [Fact]
    public void TitledPerson_takes_the_title_as_role_and_the_nationality_as_country()
    {
        var a = Run("French Defense Minister Orlan Vesk arrived on Tuesday.");
        var vesk = Assert.Single(a.Actors, x => x.Name == "Orlan Vesk");
        Assert.Equal(ActorKind.Person, vesk.Kind);
        Assert.Equal("FRA", vesk.Country);
        Assert.Contains("Defense Minister", vesk.Roles);
    }

    [Fact]
    public void TitleDescription_a_title_without_a_name_is_an_office_holder()
    {
        var a = Run("Talks stalled on Monday. The Fisheries Minister said they would resume.");
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Person && x.Name.EndsWith("Minister"));
        Assert.DoesNotContain(a.Actors, x => x.Kind != ActorKind.Person && x.Name.Contains("Minister"));
    }

    [Fact]
    public void OrganizationOf_an_organization_head_with_its_complement_is_one_organization()
    {
        var a = Run("Officials at the Ministry of Fisheries declined to comment.");
        Assert.Contains(All(a), x => x.Text.EndsWith("Ministry of Fisheries") && x.Kind == ActorKind.Organization);
    }

    [Fact]
    public void WholeChunkByHead_the_last_word_types_an_unknown_name()
    {
        var a = Run("Units of the Varnak Armed Forces crossed into Kelmar Oblast overnight.");
        Assert.Contains(All(a), x => x.Text.EndsWith("Varnak Armed Forces") && x.Kind == ActorKind.Organization);
        Assert.Equal(ActorKind.Location, KindOf(a, "Kelmar Oblast"));
    }

    [Fact]
    public void WholeChunkByHead_a_party_named_for_a_region_takes_no_country_from_it()
    {
        // A region's name before "Party" is often a word of another language (a colour, a saint): the story decides.
        var a = ArticleExtractor.Extract("t.txt", "Ruling party wins vote\n\nASUNCION, Nov 30 (Reuters) - The ruling Nevada Party won the vote on Sunday, the electoral court said.\n");
        Assert.NotEqual("USA", Assert.Single(a.Actors, x => x.Name == "Nevada Party").Country);
        var b = Run("Members of the Nevada Bankers Association met in Reno on Monday.");
        Assert.Equal("USA", Assert.Single(b.Actors, x => x.Name.EndsWith("Nevada Bankers Association")).Country);
    }

    [Fact]
    public void NationalityGroup_stacked_nationalities_name_one_group_of_the_first_country()
    {
        var a = Run("Witnesses said Iraqi Kurdish fighters advanced along the road.");
        Assert.Contains(a.Actors, x => x.Kind == ActorKind.Organization && x.Country == "IRQ" && x.Name.Contains("Kurdish"));
    }

    [Fact]
    public void ClassifyUnknownRun_an_initial_makes_a_person()
    {
        var a = Run("The report was written by Maren T. Olvaski last year.");
        Assert.Equal(ActorKind.Person, KindOf(a, "Maren T. Olvaski"));
    }

    [Fact]
    public void RoleOfOrganization_an_organization_before_a_role_noun_describes_a_person()
    {
        var a = Run("Boats were stopped, a Harbour Authority spokesman told reporters.");
        Assert.Contains(MentionText.Phrases(a), x => x.Text.Contains("Harbour Authority spokesman") && x.Kind == ActorKind.Person);
    }

    // Propose/Honorifics.cs: Malaysian honorifics are titles, not name words and not roles.
    [Theory]
    [InlineData("Datuk Seri Rahim Kassim Ali was charged in the Sessions Court on Wednesday. Rahim Kassim later left the court.", "Rahim Kassim Ali")]
    [InlineData("Tan Sri Norhisham Yaacob Ismail won his appeal on Tuesday, his lawyer said.", "Norhisham Yaacob Ismail")]
    [InlineData("The award went to Toh Puan Zaleha Osman Hamid, the foundation said on Friday.", "Zaleha Osman Hamid")]
    [InlineData("Daw Aye Nyein Thu, a veteran labour activist, was released from Insein prison on Monday.", "Aye Nyein Thu")]
    public void HonorificLength_a_malay_honorific_is_no_part_of_the_name(string body, string name)
    {
        var a = Run(body);
        var person = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal(name, person.Name);
        Assert.Empty(person.Roles);
    }

    // Names/NameRepairs.cs WithNameWordAfterTitle: the tagger took only "Kuroda" of a name it does not know.
    [Fact]
    public void A_given_name_after_a_lower_case_title_stays_in_the_name()
    {
        var person = Assert.Single(Run("Japanese premier Sanae Kuroda will travel to Seoul next week.").Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal("Sanae Kuroda", person.Name);
        Assert.Equal("JPN", person.Country);
    }

    // Propose/Groups.cs HeadModifiesPerson: "opposition" before a role or person noun describes the person, and
    // "Kenyan opposition" is no organization; the group alone still is one.
    [Theory]
    [InlineData("Kenyan opposition leader Otieno Kamau told supporters in Kisumu on Sunday that he would run again.", false)]
    [InlineData("Burmese opposition lawmaker Thura Zaw Lin was detained in Mandalay on Tuesday, his party said.", false)]
    [InlineData("The Kenyan opposition said on Sunday it would boycott the vote.", true)]
    public void An_opposition_before_a_role_noun_is_no_group(string body, bool group)
    {
        var orgs = Run(body).Actors.Where(x => x.Kind == ActorKind.Organization && x.Name.Contains("opposition"));
        Assert.Equal(group, orgs.Any());
    }

    // Propose/Chunker.cs TitlePortfolioAnd, ChunkTitles.cs PortfolioStart: a portfolio of two words joined by "and"
    // stays in the title; the holder's name follows it.
    [Theory]
    [InlineData("Minister of Water and Energy Tesfaye Alemu Bekele told reporters on Monday that talks had stalled.", "Tesfaye Alemu Bekele")]
    [InlineData("Minister of Trade and Industry Ana Ruiz Vega met the delegation on Tuesday.", "Ana Ruiz Vega")]
    public void A_portfolio_joined_by_and_is_no_part_of_the_name(string body, string name)
    {
        var person = Assert.Single(Run(body).Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal(name, person.Name);
        Assert.DoesNotContain(Run(body).Actors, x => x.Kind == ActorKind.Organization);
    }

    // Propose/ChunkReader.cs GivenNameOpening, PlaceInsideName: a lexicon person's short name that is also a given
    // name opens another person's name, and a one-word place between name words is a word of the name.
    [Theory]
    [InlineData("President Hassan Abdi Farah Dhuhulow met elders in the capital on Sunday.", "Hassan Abdi Farah Dhuhulow")]
    [InlineData("Mohamed Hassan Farah Dhuhulow met elders in the capital on Monday.", "Mohamed Hassan Farah Dhuhulow")]
    public void Lexicon_words_inside_a_chained_name_are_name_words(string body, string name)
    {
        var a = Run(body);
        var person = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal(name, person.Name);
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Location);
    }

    // Propose/ChunkReader.cs PlaceAsSurname: a one-word place closing a name right after a given name is the surname.
    [Theory]
    [InlineData("Peru's Congress voted on Thursday to censure Culture Minister Maria Valencia over the festival funds.", "Maria Valencia")]
    [InlineData("Former president Alejandro Toledo was jailed for taking bribes, a court in the capital said.", "Alejandro Toledo")]
    [InlineData("Senator Juan Cordoba resigned on Thursday.", "Juan Cordoba")]
    public void A_place_after_a_given_name_is_the_surname(string body, string name)
    {
        var a = Run(body);
        var person = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal(name, person.Name);
        Assert.DoesNotContain(a.Actors, x => x.Kind == ActorKind.Location && name.EndsWith(x.Name, System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Protesters marched through Valencia on Sunday.", "Valencia")]
    [InlineData("The minister flew from Madrid to Toledo on Monday.", "Toledo")]
    public void A_place_alone_stays_a_place(string body, string place)
    {
        Assert.Contains(Run(body).Actors, x => x.Kind == ActorKind.Location && x.Name == place);
    }

    [Fact]
    public void TitleThenBody_a_title_then_a_run_closing_on_a_body_head_is_the_body()
    {
        var a = Run("The General Intelligence Service, which leads the mediation, presented a plan on Sunday.");
        Assert.Equal(ActorKind.Organization, KindOf(a, "General Intelligence Service"));
        Assert.DoesNotContain(All(a), x => x.Text == "Intelligence Service" && x.Kind == ActorKind.Person);
        var b = Run("General Tom Service, the army chief, inspected the troops.");
        Assert.Equal(ActorKind.Person, KindOf(b, "Tom Service"));
    }

    [Fact]
    public void TitleOpensBodyOf_a_title_word_before_a_body_head_and_its_of_complement_is_one_body()
    {
        var a = Run("Members of the General Confederation of Workers walked out on Thursday.");
        Assert.Equal(ActorKind.Organization, KindOf(a, "General Confederation of Workers"));
        Assert.DoesNotContain(All(a), x => x.Kind == ActorKind.Person);
        var b = Run("The General Directorate of Customs seized the cargo.");
        Assert.Equal(ActorKind.Organization, KindOf(b, "General Directorate of Customs"));
    }

    [Fact]
    public void NationalBranch_a_movements_national_society_is_its_own_organization_with_its_country()
    {
        var a = Run("The Philippine Red Cross said it had sent relief teams. Greenpeace Brasil said the fires were spreading.");
        var society = Assert.Single(a.Actors, x => x.Name == "Philippine Red Cross");
        Assert.Equal(ActorKind.Organization, society.Kind);
        Assert.Equal("PHL", society.Country);
        Assert.DoesNotContain(a.Actors, x => x.Name == "International Committee of the Red Cross");
        Assert.Contains(a.Actors, x => x.Name == "Greenpeace Brasil" && x.Kind == ActorKind.Organization && x.Country == "BRA");
        var b = Run("The Red Cross said it had sent relief teams to the border.");
        Assert.Contains(b.Actors, x => x.Name == "International Committee of the Red Cross");
    }

    [Fact]
    public void CompanyByLegalForm_a_legal_form_before_the_name_makes_a_company()
    {
        var a = Run("The minister said PT Bumi Marlow Nikel and its partner, PT Teluk Harwick Smelter, had 30 days to repair the ponds.");
        Assert.Equal(ActorKind.Organization, KindOf(a, "PT Bumi Marlow Nikel"));
        Assert.Equal(ActorKind.Organization, KindOf(a, "PT Teluk Harwick Smelter"));
    }
}

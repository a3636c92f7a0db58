using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>
/// The country stage's rules (<c>Actors/Countries</c>), each on invented copy through the whole pipeline: an
/// organization's own name, a possessive owner or an apposition, and the story's country for state offices only.
/// </summary>
public class ActorCountryRuleTests
{
    private static ExtractedArticle Story(string body) => ArticleExtractor.Extract("story.txt", "Regional briefing\n\n" + body + "\n");

    private static string? CountryOf(ExtractedArticle a, string name) =>
        a.Actors.First(x => x.Name.Contains(name)).Country;

    [Theory]
    [InlineData("The Kenya Statistics Agency said prices rose on Monday.", "Kenya Statistics Agency", "KEN")]
    [InlineData("Bank Indonesia raised its rate on Monday.", "Bank Indonesia", "IDN")]
    [InlineData("The Central Bank of Peru held its rate on Monday.", "Central Bank of Peru", "PER")]
    [InlineData("The Ghanaian Rangers Association said it would march on Monday.", "Ghanaian Rangers Association", "GHA")]
    [InlineData("Nairobi Water Company raised its rates on Monday.", "Nairobi Water Company", "KEN")]
    public void An_organization_whose_name_holds_a_country_takes_it(string body, string name, string country) =>
        Assert.Equal(country, CountryOf(Story(body), name));

    [Theory]
    [InlineData("SINGAPORE, March 3 (Wire) - Osaka Gas said on Tuesday it would buy a stake in a gas terminal.", "Osaka Gas", "JPN")]
    [InlineData("LAGOS, March 3 (Wire) - Mombasa Cement said on Tuesday it would build a plant. Mombasa Power declined to comment.", "Mombasa Power", "KEN")]
    public void A_company_led_by_a_city_before_its_trade_takes_the_city_country(string body, string name, string country) =>
        Assert.Equal(country, CountryOf(Story(body), name));

    [Theory]
    [InlineData("The Coalition Against Peru Mining said it would march on Monday.", "Coalition Against Peru Mining")]
    [InlineData("The Peru-Chile Trade Council met on Monday.", "Council")]
    [InlineData("The Organization of American States met on Monday.", "Organization of American States")]
    [InlineData("The Economic Community of West African States met on Monday.", "Economic Community of West African States")]
    [InlineData("The Lima Group met on Monday to discuss the crisis.", "Lima Group")]
    public void A_country_word_that_is_not_the_owner_gives_none(string body, string name) =>
        Assert.Null(CountryOf(Story(body), name));

    [Theory]
    [InlineData("Polish striker Anton Brelik scored twice on Sunday.", "Anton Brelik", "POL")]
    [InlineData("Kenyan runner Ada Kiprono won the race on Monday.", "Ada Kiprono", "KEN")]
    [InlineData("The German carmaker Harwick Motors said sales rose on Monday.", "Harwick Motors", "DEU")]
    public void A_nationality_before_an_occupation_or_a_business_gives_its_country(string body, string name, string country) =>
        Assert.Equal(country, CountryOf(Story(body), name));

    [Fact]
    public void A_nationality_before_another_word_gives_none() =>
        Assert.Null(CountryOf(Story("The Polish-born Anton Brelik scored twice. Kenyan rival Ada Kiprono trailed."), "Ada Kiprono"));

    [Fact]
    public void A_possessive_country_before_a_name_gives_its_country()
    {
        var a = Story("Officials met on Monday. Ghana's Kwesi Amponsah-Darko said the talks went well.");
        Assert.Equal("GHA", CountryOf(a, "Amponsah-Darko"));
    }

    [Fact]
    public void An_apposition_gives_its_country()
    {
        var a = Story("Dalia Ferreyra, Peru's finance minister, met Tomas Virtanen, the Finnish trade minister, on Monday.");
        Assert.Equal("PER", CountryOf(a, "Dalia Ferreyra"));
        Assert.Equal("FIN", CountryOf(a, "Tomas Virtanen"));
    }

    [Fact]
    public void A_demonym_before_a_title_and_a_comma_gives_its_country()
    {
        var a = Story("Officials met on Monday. The Kenyan Foreign Minister, Wanjiru Kamotho, said the talks went well.");
        Assert.Equal("KEN", CountryOf(a, "Wanjiru Kamotho"));
    }

    [Fact]
    public void State_offices_take_the_story_country_untitled_people_do_not()
    {
        // No dateline: with one, the last rule (StoryCountryOthers) gives untitled people the story's country too.
        var a = Story("Peru raised fuel taxes on Monday. Governor Rosa Quispe Mamani said Peru would help "
            + "farmers, police chief Julio Tapia said officers were deployed and the Supreme Court upheld the law. "
            + "Farmer Anselmo Huaman said prices were too high.");
        Assert.Equal("PER", CountryOf(a, "Rosa Quispe Mamani"));
        Assert.Equal("PER", CountryOf(a, "Julio Tapia"));
        Assert.Equal("PER", CountryOf(a, "Supreme Court"));
        Assert.Null(CountryOf(a, "Anselmo Huaman"));
    }

    [Fact]
    public void An_office_whose_sentence_is_set_in_another_country_takes_no_story_country()
    {
        // A round-up: the story is Ecuador's, but this sentence happens in a Kenyan city; a capital of another country
        // (the other side of a deal) does not count against the story.
        var a = Story("QUITO, May 4 - Ecuador raised fuel taxes on Monday. Governor Rosa Quispe Mamani said Ecuador would "
            + "help farmers. In Kisumu, Interior Minister Adoyo Kemboi deployed police. Minister Julio Tapia said the deal "
            + "was agreed with Washington.");
        Assert.Null(CountryOf(a, "Adoyo Kemboi"));
        Assert.Equal("ECU", CountryOf(a, "Julio Tapia"));
    }

    [Fact]
    public void An_office_placed_in_another_countrys_capital_takes_no_story_country()
    {
        var a = Story("SEOUL, Dec 1 (Wire) - North Korea fired a missile into the sea on Tuesday, South Korea's military said. "
            + "Japan's Defense Ministry said the missile fell outside its zone. Prime Minister Ada Brelik told reporters in Tokyo that the launch was unacceptable.");
        Assert.Null(CountryOf(a, "Ada Brelik"));
    }

    [Fact]
    public void An_office_beside_another_countrys_capital_it_does_not_speak_in_keeps_the_story_country()
    {
        var a = Story("SEOUL, Dec 1 (Wire) - North Korea fired a missile into the sea on Tuesday, South Korea's military said. "
            + "Seoul lodged a protest through its embassy in Beijing, Prime Minister Ada Brelik told reporters.");
        Assert.Equal("KOR", CountryOf(a, "Ada Brelik"));
    }

    [Fact]
    public void An_office_placed_in_the_storys_capital_keeps_the_story_country()
    {
        var a = Story("SEOUL, Dec 1 (Wire) - North Korea fired a missile into the sea on Tuesday, South Korea's military said. "
            + "Prime Minister Ada Brelik told reporters in Seoul that the launch was unacceptable.");
        Assert.Equal("KOR", CountryOf(a, "Ada Brelik"));
    }

    [Fact]
    public void A_generic_body_takes_the_country_that_owns_it_over_the_lexicons()
    {
        // The lexicon's "Foreign Office" is one country's; the text says whose this one is.
        var a = Story("Officials met on Monday. Peru's Foreign Office rejected the charge and Peru's Foreign Office said more.");
        Assert.Equal("PER", CountryOf(a, "Foreign Office"));
    }

    // The lexicon's "Congress" is the US one; in a Peruvian story that names no American actor it is Peru's.
    [Theory]
    [InlineData("LIMA, May 4 (Wire) - Peru's president met mayors in Lima on Monday. Congress approved the budget on Tuesday.", "PER")]
    [InlineData("WASHINGTON, May 4 (Wire) - Peru's president met officials in Washington on Monday. Congress approved the budget on Tuesday.", "USA")]
    [InlineData("LIMA, May 4 (Wire) - Peru's president met mayors in Lima on Monday. The U.S. Congress approved the budget on Tuesday.", "USA")]
    [InlineData("LIMA, May 4 (Wire) - Peru's president met mayors in Lima on Monday. The Congress approved the budget on Tuesday.", "PER")]
    public void A_generic_lexicon_body_is_the_stories_unless_its_own_country_is_named(string body, string country) =>
        Assert.Equal(country, CountryOf(Story(body), "Congress"));

    // A story as much about a neighbour as about the dateline's country gives no story country; the generic body is
    // still the dateline country's, not the lexicon's.
    [Fact]
    public void A_generic_body_without_a_story_country_takes_the_datelines()
    {
        var a = Story("ISLAMABAD, May 4 (Wire) - Pakistan and Afghanistan agreed on Monday to reopen a border crossing near Kabul, "
            + "the Foreign Office said. Afghan officials met in Kabul and Afghanistan's ministers said Afghanistan would comply.");
        Assert.Equal("PAK", CountryOf(a, "Foreign Office"));
    }

    // "Congress spokesman X" in an Indian story: the generic body lends the spokesman no US country.
    [Fact]
    public void A_generic_bodys_spokesman_takes_no_country_from_the_lexicon()
    {
        var a = Story("NEW DELHI, May 4 (Wire) - India's opposition rallied in Delhi on Monday. Congress spokesman Jairam Pawar said the party would appeal.");
        Assert.NotEqual("USA", CountryOf(a, "Jairam Pawar"));
    }

    // "All Progressives Congress (APC) ... APC spokesman X": the acronym's body ends in "Congress", which lends no US country.
    [Fact]
    public void A_party_acronyms_spokesman_takes_no_country_from_the_generic_head()
    {
        var a = Story("ABUJA, Nov 27 (Wire) - The ruling All Progressives Congress (APC) won the vote. APC spokesman Felix Morka said the party was pleased.");
        Assert.Equal("NGA", CountryOf(a, "Felix Morka"));
    }

    // UN and AU missions are known by their acronyms and belong to no country, wherever the story is datelined.
    [Theory]
    [InlineData("MINUSMA")]
    [InlineData("UNIFIL")]
    [InlineData("ATMIS")]
    public void A_peace_missions_acronym_is_an_international_organization(string acronym)
    {
        var a = Story("BAMAKO, May 4 (Wire) - " + acronym + " said its peacekeepers were attacked near the town on Monday.");
        var mission = Assert.Single(a.Actors, x => x.Aliases.Contains(acronym) || x.Name == acronym);
        Assert.Equal(ActorKind.Organization, mission.Kind);
        Assert.Null(mission.Country);
    }

    // The lexicon's Pedro Sanchez is Spain's prime minister; a Colombian defense minister of that name is
    // someone else, while a prime minister of that name visiting Bogota is still him.
    [Theory]
    [InlineData("BOGOTA, May 4 (Wire) - Colombia's government sent troops to Arauca on Monday, Colombian Defense Minister Pedro Sanchez said.", "COL")]
    [InlineData("BOGOTA, May 4 (Wire) - Prime Minister Pedro Sanchez arrived in Bogota on Monday for talks with Colombia's president.", "ESP")]
    public void A_lexicon_name_on_another_office_is_another_person(string body, string country) =>
        Assert.Equal(country, CountryOf(Story(body), "Pedro Sanchez"));

    [Fact]
    public void A_story_about_two_countries_gives_offices_none()
    {
        var a = Story("GENEVA, May 4 - Peru and Chile resumed border talks on Monday. Chile said the talks were useful "
            + "and Peru agreed. Minister Rosa Quispe Mamani said the talks were constructive.");
        Assert.Null(CountryOf(a, "Rosa Quispe Mamani"));
    }

    [Fact]
    public void An_office_of_a_company_takes_no_story_country()
    {
        var a = Story("Peru raised fuel taxes on Monday, and Peru said more would follow. Halcon Mining "
            + "President Ernesto Valdivia said costs would rise.");
        Assert.Null(CountryOf(a, "Ernesto Valdivia"));
    }

    [Fact]
    public void A_person_of_a_national_party_takes_its_country_a_company_gives_none()
    {
        var a = Story("Officials met on Monday. Julio Tapia of the Peruvian Workers Party said the vote was fair, and "
            + "Ana Soto (Peru Unity Front) agreed. Ernesto Valdivia of Halcon Capital said markets fell.");
        Assert.Equal("PER", CountryOf(a, "Julio Tapia"));
        Assert.Equal("PER", CountryOf(a, "Ana Soto"));
        Assert.Null(CountryOf(a, "Ernesto Valdivia"));
    }

    [Fact]
    public void A_possessive_country_reaches_over_a_body_and_its_title()
    {
        var a = Story("Officials met on Monday. Peru's foreign ministry spokeswoman Carmen Ayala said the talks went well.");
        Assert.Equal("PER", CountryOf(a, "Carmen Ayala"));
    }

    [Fact]
    public void An_attorney_general_holds_a_state_office_a_lawyer_does_not()
    {
        var a = Story("Peru charged two former ministers on Monday, and Peru said more would follow. "
            + "Attorney General Rosa Quispe Mamani said the case was strong. Their lawyer, Julio Tapia, said they were innocent.");
        Assert.Equal("PER", CountryOf(a, "Rosa Quispe Mamani"));
        Assert.Null(CountryOf(a, "Julio Tapia"));
    }

    // Countries/OfPlaceCountry.cs: "X of <country>" gives X that country, over the story's.
    [Theory]
    [InlineData("NAIROBI, May 2 (Reuters) - Eliud Kiprono won the race, ahead of Selam Tesfaye of Ethiopia and two local runners.", "Selam Tesfaye", "ETH")]
    [InlineData("NAIROBI, May 2 (Reuters) - The contract went to Harlow Mining of the United Arab Emirates, officials said on Monday.", "Harlow Mining", "ARE")]
    public void A_name_of_a_country_takes_that_country(string body, string name, string country) =>
        Assert.Equal(country, CountryOf(Story(body), name));

    // Lexicon (tools/lexicons/curated/organizations.tsv): a paramilitary force of one state is that state's, even in
    // undatelined copy from a neighbour's side of the war (armed groups take no story country by rule).
    [Fact]
    public void A_state_s_paramilitary_force_takes_its_country_from_the_lexicon() =>
        Assert.Equal("SDN", CountryOf(Story("Refugees crossing into Chad said fighters of the Rapid Support Forces had burned their villages."), "Rapid Support Forces"));

    // Lexicon (tools/lexicons/curated/demonyms.tsv): the agencies' spellings of nationalities are demonyms, not places.
    [Theory]
    [InlineData("Ecuadorean striker Ana Marlowe scored twice on Sunday.", "Ana Marlowe", "ECU", "Ecuadorean")]
    [InlineData("Salvadorean striker Ana Marlowe scored twice on Sunday.", "Ana Marlowe", "SLV", "Salvadorean")]
    [InlineData("Tongan forward Ana Marlowe scored twice on Sunday.", "Ana Marlowe", "TON", "Tongan")]
    public void An_agency_spelling_of_a_nationality_gives_its_country(string body, string name, string country, string demonym)
    {
        var a = Story(body);
        Assert.Equal(country, CountryOf(a, name));
        Assert.DoesNotContain(a.Actors, x => x.Name == demonym);
    }

    // OwnerCountry.Before, CountryEndingAt: a country's name before lower-case titles.
    [Theory]
    [InlineData("The talks resumed after U.S. special envoy Daniel Kessler arrived on Monday.", "Daniel Kessler", "USA")]
    [InlineData("Talks went on, and Ghana trade envoy Kofi Mensah-Arthur met officials on Monday.", "Kofi Mensah-Arthur", "GHA")]
    public void A_country_name_before_lower_case_titles_gives_its_country(string body, string name, string country) =>
        Assert.Equal(country, CountryOf(Story(body), name));

    // AffiliationCountry.Before, MovementCountry: a movement's member named by a member word.
    [Theory]
    [InlineData("Hezbollah lawmaker Ali Hussein al-Moussawi said the group would respect the deal.", "Ali Hussein al-Moussawi", "LBN")]
    [InlineData("Talks resumed on Monday. A Hamas official, Ayman Jaber Abu Shanab, said the group wanted guarantees.", "Ayman Jaber Abu Shanab", "PSE")]
    [InlineData("Police on Monday arrested opposition Maldivian Democratic Party (MDP) lawmaker Hassan Latheef in the capital.", "Hassan Latheef", "MDV")]
    public void A_member_word_after_a_movement_gives_the_movements_country(string body, string name, string country) =>
        Assert.Equal(country, CountryOf(Story(body), name));

    // AffiliationCountry.After, AfterAppositiveTitle: "X, (a) spokesman for the Y", over the dateline's country.
    [Theory]
    [InlineData("PRETORIA, Nov 2 (Reuters) - Getachew Reda, spokesman for the Tigray People's Liberation Front, shook hands with the envoy.", "Getachew Reda", "ETH")]
    [InlineData("NAIROBI, Nov 2 (Reuters) - Ada Okello, a spokeswoman for the Ugandan People's Congress, said the vote was fair.", "Ada Okello", "UGA")]
    [InlineData("PRETORIA, Nov 2 (Reuters) - Getachew Reda, representing the Tigray People's Liberation Front, signed the deal.", "Getachew Reda", "ETH")]
    public void An_appositive_title_for_a_national_body_gives_its_country(string body, string name, string country) =>
        Assert.Equal(country, CountryOf(Story(body), name));
}

using System.Linq;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Tests.Lexicons;

public class LexiconTests
{
    private static TokenizedText Tok(string text) => TokenizedText.Build(text, new[] { new TextSpan(0, text.Length) });

    private static LexiconMatch? MatchAt(Lexicon lex, string text, int token)
    {
        var t = Tok(text);
        return lex.Match(t, lex.WordIds(t), token, t.Tokens.Length, false, out var m) ? m : (LexiconMatch?)null;
    }

    [Fact]
    public void Built_in_lexicon_loads_once_with_all_record_kinds()
    {
        var lex = Lexicon.BuiltIn;
        Assert.Same(lex, Lexicon.BuiltIn);
        Assert.Same(lex, Lexicon.For(null));
        Assert.True(lex.EntryCount > 10000);
        Assert.Equal("Russia", lex.Country("RUS")!.Name);
        Assert.Equal("United States", lex.Country("USA")!.Name);
        Assert.Contains(lex.Entries, e => e.Kind == LexiconKind.Organization && e.Name == "Commonwealth of Independent States");
    }

    [Fact]
    public void A_name_the_lexicon_also_spells_with_a_lower_case_article_matches_that_spelling()
    {
        // The table lists "Al Qaeda" before "al Qaeda"; both spellings share one surface.
        var lex = Lexicon.BuiltIn;
        Assert.Equal("al-Qaeda", MatchAt(lex, "the hallmarks of al Qaeda, police said", 3)!.Value.Entry.Name);
        Assert.Equal(2, MatchAt(lex, "the hallmarks of al Qaeda, police said", 3)!.Value.TokenCount);
    }

    [Fact]
    public void AddUnSpelledOut_a_un_body_answers_to_united_nations_and_u_n_spelled_out()
    {
        var lex = Lexicon.BuiltIn;
        var text = "troops of the United Nations Interim Force in Lebanon patrolled";
        var m = MatchAt(lex, text, 3)!.Value;
        Assert.Equal("UNIFIL", Assert.Single(m.Entry.Aliases, x => x == "UNIFIL"));
        Assert.Equal(6, m.TokenCount);
        Assert.Equal(m.Entry, MatchAt(lex, "the U.N. Interim Force in Lebanon said", 1)!.Value.Entry);
    }

    [Fact]
    public void An_arabic_article_in_lower_case_matches_the_capitalized_name()
    {
        var lex = Lexicon.BuiltIn;
        Assert.Equal("Al-Shabaab", MatchAt(lex, "Police blamed al-Shabaab for the attack", 2)!.Value.Entry.Name);
        Assert.Null(MatchAt(lex, "the shabaab fighters", 1));
        Assert.Null(MatchAt(lex, "across sub-Saharan Africa", 1));
    }

    [Fact]
    public void Congo_alone_is_the_democratic_republic_as_news_writes_it_and_the_other_congo_needs_its_long_name()
    {
        var lex = Lexicon.BuiltIn;
        Assert.Equal("COD", MatchAt(lex, "fighting in eastern Congo", 3)!.Value.Entry.Country);
        Assert.Equal("COD", MatchAt(lex, "the Democratic Republic of Congo said", 1)!.Value.Entry.Country);
        Assert.Equal("COG", MatchAt(lex, "the Republic of Congo said", 1)!.Value.Entry.Country);
        Assert.Equal("COG", MatchAt(lex, "in the Congo Republic today", 2)!.Value.Entry.Country);
    }

    [Fact]
    public void Countries_cities_regions_people_and_organizations_resolve_with_iso_codes()
    {
        var lex = Lexicon.BuiltIn;
        var m = MatchAt(lex, "Putin met Kassym-Jomart Tokayev in Astana", 2)!.Value;
        Assert.Equal("Kassym-Jomart Tokayev", m.Entry.Name);
        Assert.Equal("KAZ", m.Entry.Country);
        Assert.Equal(2, m.TokenCount);

        Assert.Equal("KAZ", MatchAt(lex, "Putin met Kassym-Jomart Tokayev in Astana", 5)!.Value.Entry.Country);
        Assert.Equal("RUS", MatchAt(lex, "in Rostov-on-Don today", 1)!.Value.Entry.Country);
        Assert.Equal("PRK", MatchAt(lex, "North Korea said", 0)!.Value.Entry.Country);

        var cis = MatchAt(lex, "CIS leaders", 0)!.Value;
        Assert.Equal("Commonwealth of Independent States", cis.Entry.Name);
        Assert.Equal(LexiconKind.Organization, cis.Entry.Kind);
        Assert.Null(cis.Entry.Country);

        var region = MatchAt(lex, "Central Asia is", 0)!.Value;
        Assert.Equal(LexiconKind.Place, region.Entry.Kind);
        Assert.Null(region.Entry.Country);

        var putin = MatchAt(lex, "Putin said", 0)!.Value;
        Assert.Equal("Vladimir Putin", putin.Entry.Name);
        Assert.Equal("President", putin.Entry.Role);
    }

    [Fact]
    public void Acronyms_need_their_exact_case_and_other_names_a_capital()
    {
        var lex = Lexicon.BuiltIn;
        Assert.NotNull(MatchAt(lex, "the US said", 1));
        Assert.NotNull(MatchAt(lex, "the U.S. said", 1));
        Assert.Null(MatchAt(lex, "told us that", 1));
        Assert.Null(MatchAt(lex, "it is over", 1));
        Assert.Null(MatchAt(lex, "we turkey", 1));
        Assert.NotNull(MatchAt(lex, "we Turkey", 1));
    }

    [Fact]
    public void Demonyms_map_to_countries()
    {
        var lex = Lexicon.BuiltIn;
        var t = Tok("Russian Kazakh Tajik American British");
        var expected = new[] { "RUS", "KAZ", "TJK", "USA", "GBR" };
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(lex.TryDemonym(t.Text, t.Tokens[i], out var c));
            Assert.Equal(expected[i], c);
        }
    }

    [Fact]
    public void Consumer_lexicon_adds_and_overrides_and_reports_bad_lines()
    {
        var text = "# my actors\n"
                   + "person|Ivan Testov|RUS|Governor|Testov;the governor\n"
                   + "organization|Miami News|USA||KMIA\n"
                   + "country|Kosovo|XKX||\n"
                   + "weird|Something\n"
                   + "person|Bad Country|RUSSIA\n"
                   + "location\n";
        var lex = Lexicon.For(text, out var errors);
        Assert.Same(lex, Lexicon.For(text));
        Assert.Equal(new[] { 5, 6, 7 }, errors.Select(e => e.Line).ToArray());
        var m = MatchAt(lex, "Testov said", 0)!.Value;
        Assert.Equal("Ivan Testov", m.Entry.Name);
        Assert.Equal("Governor", m.Entry.Role);
        Assert.Equal("USA", MatchAt(lex, "KMIA reported", 0)!.Value.Entry.Country);
        Assert.NotNull(MatchAt(lex, "Putin said", 0));
        Assert.Null(MatchAt(Lexicon.BuiltIn, "Testov said", 0));
    }

    [Fact]
    public void Consumer_parse_accepts_a_clean_file()
    {
        var result = ConsumerLexicon.Parse("person|Vladimir Putin|RUS|President|Putin;the Russian leader\ndemonym|Kosovar|XKX\n");
        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Records.Count);
        Assert.Equal(new[] { "Putin", "the Russian leader" }, result.Records[0].Aliases);
    }
}

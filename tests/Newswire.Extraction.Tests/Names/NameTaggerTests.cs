using System.Collections.Generic;
using System.Linq;
using Newswire.Extraction.Model;
using Newswire.Extraction.Names;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Tests.Names;

public class NameTaggerTests
{
    internal static (TokenizedText Text, List<TaggedName> Names) Tag(string text, NameTagger? tagger = null)
    {
        var tokenized = TokenizedText.Build(text, new[] { new TextSpan(0, text.Length) });
        var names = new List<TaggedName>();
        (tagger ?? NameTagger.Default).Tag(tokenized, names);
        return (tokenized, names);
    }

    private static string Span(TokenizedText text, TaggedName name) =>
        text.Text.Substring(text.Tokens[name.FirstToken].Start, text.Tokens[name.EndToken - 1].End - text.Tokens[name.FirstToken].Start);

    private static List<(string, NameType)> Names(string text)
    {
        var (t, names) = Tag(text);
        return names.Select(n => (Span(t, n), n.Type)).ToList();
    }

    [Fact]
    public void The_embedded_model_loads()
    {
        var model = NameTagger.Default.Model;
        Assert.True(model.Keys.Length > 10_000);
        Assert.True(model.Words.Count > 10_000);
        Assert.True(model.CalibrationRaw.Length > 0);
    }

    // "killed at least 50 Islamic State fighters": the count is no part of the name.
    [Fact]
    public void A_count_before_a_name_is_no_part_of_it()
    {
        var (t, names) = Tag("Nigerian troops killed at least 50 Islamic State West Africa Province (ISWAP) fighters in clashes.");
        Assert.DoesNotContain(names, n => t.Tokens[n.FirstToken].Kind == TokenKind.Number);
    }

    [Fact]
    public void A_person_with_a_title_is_the_name_alone()
    {
        var names = Names("The visit was announced by President Jair Bolsonaro on Monday.");
        Assert.Contains(("Jair Bolsonaro", NameType.Person), names);
    }

    [Fact]
    public void A_possessive_stays_outside_the_name()
    {
        var names = Names("Officials said Angela Merkel's government would not comment.");
        Assert.Contains(("Angela Merkel", NameType.Person), names);
    }

    [Fact]
    public void An_organization_with_of_is_one_name()
    {
        var names = Names("She studied physics at the University of Helsinki before moving abroad.");
        Assert.Contains(("University of Helsinki", NameType.Organization), names);
    }

    [Fact]
    public void A_city_and_its_country_are_locations()
    {
        var names = Names("Thousands of people marched through Lyon, France, on Saturday.");
        Assert.Contains(("Lyon", NameType.Location), names);
        Assert.Contains(("France", NameType.Location), names);
    }

    [Fact]
    public void Lower_case_prose_has_no_names()
    {
        Assert.Empty(Names("the committee said it would meet again next week to discuss the budget."));
    }

    [Fact]
    public void Names_are_ordered_disjoint_within_sentences_and_confidence_is_a_probability()
    {
        var text = "Prime Minister Keir Starmer met Emmanuel Macron in Paris. The European Union and NATO sent envoys to Kyiv.\n"
                   + "Later, Starmer told the BBC that Britain would help Ukraine.";
        var (t, names) = Tag(text);
        Assert.True(names.Count >= 5);
        var end = -1;
        foreach (var n in names)
        {
            Assert.True(n.FirstToken >= end);
            Assert.True(n.TokenCount >= 1);
            Assert.Equal(t.SentenceOf(n.FirstToken), t.SentenceOf(n.EndToken - 1));
            Assert.InRange(n.Confidence, 0f, 1f);
            end = n.EndToken;
        }
    }

    [Fact]
    public void A_surname_later_in_the_text_is_the_same_person()
    {
        var text = "Keir Starmer spoke in London on Tuesday.\nThe talks went well, Starmer said afterwards.";
        var names = Names(text);
        Assert.Contains(("Keir Starmer", NameType.Person), names);
        Assert.Contains(("Starmer", NameType.Person), names);
    }
}

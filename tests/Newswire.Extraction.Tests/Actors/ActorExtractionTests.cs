using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Actors;

public class ActorExtractionTests
{
    // A headline line then the body, as articles arrive.
    private static ExtractedArticle Run(string body, string headline = "Test headline for the article", ExtractionOptions? options = null) =>
        ArticleExtractor.Extract("t.txt", headline + "\n" + body, options);

    private static ExtractedActor Actor(ExtractedArticle a, string name) =>
        a.Actors.SingleOrDefault(x => x.Name == name) ?? throw new Xunit.Sdk.XunitException(
            "no actor '" + name + "' in: " + string.Join(", ", a.Actors.Select(x => x.Kind + " " + x.Name)));

    private static string[] Spans(ExtractedArticle a, ExtractedActor actor) => actor.Mentions.Select(m => a.Text.Substring(m.Start, m.Length)).ToArray();

    private static string[] Spans(ExtractedArticle a, ExtractedActor actor, MentionForm form) =>
        actor.Mentions.Where(m => m.Form == form).Select(m => a.Text.Substring(m.Start, m.Length)).ToArray();

    [Fact]
    public void Titled_person_gets_role_and_country_from_the_demonym()
    {
        var a = Run("Russian Defense Minister Andrei Belousov’s visit began. Later, Belousov met Tajik officials.");
        var b = Actor(a, "Andrei Belousov");
        Assert.Equal(ActorKind.Person, b.Kind);
        Assert.Equal("RUS", b.Country);
        Assert.Contains("Defense Minister", b.Roles);
        Assert.Contains("Belousov", b.Aliases);
        // The exported name is the name alone (CoNLL); the stage still reads the whole titled phrase.
        Assert.Equal(new[] { "Andrei Belousov", "Belousov" }, Spans(a, b, MentionForm.Name));
        Assert.Contains("Russian Defense Minister Andrei Belousov", Spans(a, b, MentionForm.Nominal)); // the phrase, exported too
        Assert.Contains(("Russian Defense Minister Andrei Belousov", ActorKind.Person), MentionText.Phrases(a));
    }

    [Fact]
    public void Unknown_titled_person_links_surname_and_description()
    {
        var a = Run("Foreign Minister Ivo Marković of Ruritania arrived. Marković said the talks went well. The minister left on Friday.");
        var p = Actor(a, "Ivo Marković");
        Assert.Contains("Foreign Minister", p.Roles);
        var spans = Spans(a, p);
        Assert.Contains("Marković", spans);
        Assert.Contains("The minister", spans);
    }

    [Fact]
    public void Surname_alone_resolves_to_the_lexicon_full_name()
    {
        var a = Run("Putin’s itinerary was busy. The Russian leader later met reporters.");
        var p = Actor(a, "Vladimir Putin");
        Assert.Equal("RUS", p.Country);
        Assert.Contains("President", p.Roles);
        Assert.Equal(new[] { "Putin", "The Russian leader" }, Spans(a, p));
    }

    [Fact]
    public void Acronym_and_expansion_are_one_organization()
    {
        var a = Run("Leaders of the Commonwealth of Independent States met. The CIS summit is in Dushanbe.");
        var cis = Actor(a, "Commonwealth of Independent States");
        Assert.Equal(ActorKind.Organization, cis.Kind);
        Assert.Single(a.Actors, x => x.Kind == ActorKind.Organization);
        var dushanbe = Actor(a, "Dushanbe");
        Assert.Equal(ActorKind.Location, dushanbe.Kind);
        Assert.Equal("TJK", dushanbe.Country);
    }

    [Fact]
    public void Parenthesized_acronym_of_an_unknown_organization_is_an_alias()
    {
        var a = Run("The Northern Relief Agency (NRA) opened an office. Later the NRA closed it.");
        var org = Actor(a, "Northern Relief Agency");
        Assert.Equal(ActorKind.Organization, org.Kind);
        Assert.Equal(3, org.Mentions.Count(m => m.Form == MentionForm.Name)); // the name, "(NRA)" and "the NRA"
        Assert.Contains("NRA", Spans(a, org).Select(s => s.Replace("the ", "")));
    }

    [Fact]
    public void Suffix_words_type_unknown_names()
    {
        var a = Run("Officers of the Southern Border Command visited Kursk Oblast and the Zelenov Institute.");
        Assert.Equal(ActorKind.Organization, Actor(a, "Southern Border Command").Kind);
        var kursk = Actor(a, "Kursk Oblast");
        Assert.Equal(ActorKind.Location, kursk.Kind);
        Assert.Equal("RUS", kursk.Country);
        Assert.Equal(ActorKind.Organization, Actor(a, "Zelenov Institute").Kind);
    }

    [Fact]
    public void Possessives_and_punctuation_never_enter_spans()
    {
        var a = Run("Russia’s army and the Kremlin's statement, per TASS.");
        foreach (var actor in a.Actors)
        {
            foreach (var s in Spans(a, actor))
            {
                Assert.DoesNotContain("’", s);
                Assert.DoesNotContain("'", s);
                Assert.False(char.IsPunctuation(s[s.Length - 1]), s);
            }
        }

        Assert.Equal("RUS", Actor(a, "Kremlin").Country);
        Assert.Equal("RUS", Actor(a, "TASS").Country);
    }

    [Fact]
    public void Sentence_initial_common_words_are_not_names()
    {
        var a = Run("According to officials, the plan holds. Observers noted the change. Earlier that morning, nothing happened.");
        Assert.Empty(a.Actors);
    }

    [Fact]
    public void Locative_context_makes_an_unknown_word_a_place()
    {
        var a = Run("Fighting continued near Zarqabad on Monday.");
        Assert.Equal(ActorKind.Location, Actor(a, "Zarqabad").Kind);
    }

    [Fact]
    public void Headline_names_link_to_body_actors()
    {
        var a = Run("Defense Minister Andrei Kovalenko visited Tajikistan.", "Kovalenko Visits Tajikistan");
        var k = Actor(a, "Andrei Kovalenko");
        Assert.Equal(2, k.Mentions.Count(m => m.Form == MentionForm.Name));
        Assert.Equal(2, Actor(a, "Tajikistan").Mentions.Count(m => m.Form == MentionForm.Name));
    }

    [Fact]
    public void Actor_cap_reports_news011()
    {
        var a = Run("Russia, Kazakhstan, Tajikistan and Ukraine met.", options: new ExtractionOptions(maxActorsPerArticle: 2));
        Assert.Equal(2, a.Actors.Count);
        Assert.Contains(a.Diagnostics, d => d.Id == "NEWS011");
    }

    [Fact]
    public void Consumer_lexicon_entries_are_used()
    {
        var lexicon = "person|Ivan Testov|RUS|Governor|Testov\n";
        var a = Run("Testov opened the bridge.", options: new ExtractionOptions(lexiconText: lexicon));
        var t = Actor(a, "Ivan Testov");
        Assert.Equal("RUS", t.Country);
        Assert.Contains("Governor", t.Roles);
    }

    [Fact]
    public void Extraction_is_deterministic()
    {
        var text = "Gen. Joseph Votel, commander of U.S. Central Command, said the SDF and Iraqi forces advanced near Raqqah.";
        var a = Run(text);
        var b = Run(text);
        Assert.Equal(a.Actors.Select(x => x.ToString()), b.Actors.Select(x => x.ToString()));
        Assert.Equal("Joseph Votel", Actor(a, "Joseph Votel").Name);
        // "commander of U.S. Central Command" is an appositive description of Votel (re3d style), not an organization mention.
        Assert.Contains("commander of U.S. Central Command", Spans(a, Actor(a, "Joseph Votel")));
    }
}

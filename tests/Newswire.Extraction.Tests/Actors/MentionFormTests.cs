using System.Linq;
using Newswire.Extraction.Model;
using static Newswire.Extraction.Tests.Actors.MentionText;

namespace Newswire.Extraction.Tests.Actors;

/// <summary>Mention forms (name, nominal, pronoun), CoNLL name spans and confidences of the exported mentions.</summary>
public class MentionFormTests
{
    private static (string Text, MentionForm Form, float Confidence)[] Mentions(ExtractedArticle a, string actorName) =>
        a.Actors.Single(x => x.Name == actorName).Mentions.Select(m => (a.Text.Substring(m.Start, m.Length), m.Form, m.Confidence)).ToArray();

    [Fact]
    public void Names_descriptions_and_pronouns_carry_their_forms()
    {
        var a = Run("President Vladimir Putin arrived in Astana on Monday. The Russian leader said he would stay two days.");
        var putin = Mentions(a, "Vladimir Putin");
        Assert.Contains(putin, m => m.Text == "Vladimir Putin" && m.Form == MentionForm.Name);
        Assert.Contains(putin, m => m.Text == "The Russian leader" && m.Form == MentionForm.Nominal);
        Assert.Contains(putin, m => m.Text == "he" && m.Form == MentionForm.Pronoun);
    }

    // A name later in the pronoun's own clause is someone else; across a clause break it may be the antecedent.
    [Fact]
    public void A_pronoun_is_not_a_name_later_in_its_own_clause()
    {
        var a = Run("Bolivia on Monday expelled a Peruvian diplomat after he criticised the government of President Luis Arce.");
        Assert.DoesNotContain(Mentions(a, "Luis Arce"), m => m.Form == MentionForm.Pronoun);
    }

    [Fact]
    public void A_pronoun_in_a_fronted_clause_finds_the_name_after_the_comma()
    {
        var a = Run("When he landed in Nairobi on Monday, President William Ruto said the talks would go on.");
        Assert.Contains(Mentions(a, "William Ruto"), m => m.Text == "he" && m.Form == MentionForm.Pronoun);
    }

    // A name opening the next sentence is a new speaker, not the pronoun's antecedent.
    [Fact]
    public void A_pronoun_does_not_look_ahead_past_its_sentence()
    {
        var a = Run("Justice Minister Yilmaz Tunc rejected the accusation in Ankara. \"No one is above the law,\" he said.\n\nOpposition leader Ozgur Ozel called on supporters to gather outside City Hall.");
        Assert.Contains(Mentions(a, "Yilmaz Tunc"), m => m.Text == "he" && m.Form == MentionForm.Pronoun);
        Assert.DoesNotContain(Mentions(a, "Ozgur Ozel"), m => m.Form == MentionForm.Pronoun);
    }

    [Fact]
    public void A_name_mention_is_the_name_alone_without_title_or_determiner()
    {
        var a = Run("Brazilian President Jair Bolsonaro met reporters. Later the Kremlin said the talks had gone well.");
        var bolsonaro = a.Actors.Single(x => x.Name == "Jair Bolsonaro");
        Assert.Contains("President", bolsonaro.Roles);
        Assert.Equal(new[] { "Jair Bolsonaro" }, Mentions(a, "Jair Bolsonaro").Where(m => m.Form == MentionForm.Name).Select(m => m.Text));
        var kremlin = a.Actors.Single(x => x.Mentions.Any(m => a.Text.Substring(m.Start, m.Length).Contains("Kremlin")));
        Assert.All(kremlin.Mentions.Where(m => m.Form == MentionForm.Name), m => Assert.Equal("Kremlin", a.Text.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void The_phrase_around_a_name_is_exported_too_as_a_nominal_of_the_same_actor()
    {
        var a = Run("Brazilian President Jair Bolsonaro met reporters. Later the Kremlin said the talks had gone well.");
        var bolsonaro = Mentions(a, "Jair Bolsonaro");
        Assert.Contains(bolsonaro, m => m.Text == "Jair Bolsonaro" && m.Form == MentionForm.Name);
        Assert.Contains(bolsonaro, m => m.Text.EndsWith("President Jair Bolsonaro") && m.Form == MentionForm.Nominal);
        var kremlin = a.Actors.Single(x => x.Mentions.Any(m => a.Text.Substring(m.Start, m.Length) == "Kremlin"));
        Assert.Contains(kremlin.Mentions, m => a.Text.Substring(m.Start, m.Length) == "the Kremlin" && m.Form == MentionForm.Nominal);
    }

    [Fact]
    public void The_state_that_locates_a_place_is_a_name_of_its_own()
    {
        // CoNLL: "Marlow, Texas" is two places; the phrase stays the town's (events read it whole).
        var a = Run("The new plant opened in Marlow, Texas, on Friday.");
        var names = a.Actors.SelectMany(x => x.Mentions.Where(m => m.Form == MentionForm.Name).Select(m => (a.Text.Substring(m.Start, m.Length), x.Kind))).ToArray();
        Assert.Contains(("Marlow", ActorKind.Location), names);
        Assert.Contains(("Texas", ActorKind.Location), names);
        Assert.Contains(a.Actors.SelectMany(x => x.Mentions), m => a.Text.Substring(m.Start, m.Length) == "Marlow, Texas" && m.Form == MentionForm.Nominal);
    }

    [Fact]
    public void A_group_phrase_built_on_a_name_is_a_nominal()
    {
        var a = Run("Iraqi security forces retook the bridge on Tuesday.");
        var group = a.Actors.Single(x => x.Mentions.Any(m => a.Text.Substring(m.Start, m.Length) == "Iraqi security forces"));
        Assert.All(group.Mentions, m => Assert.Equal(MentionForm.Nominal, m.Form));
    }

    [Fact]
    public void Confidences_are_probabilities_and_lexicon_names_the_tagger_confirms_are_sure()
    {
        var a = Run("Vladimir Putin visited Kazakhstan. Putin said the visit went well, and he thanked his hosts.");
        Assert.All(a.Actors.SelectMany(x => x.Mentions), m => Assert.InRange(m.Confidence, 0f, 1f));
        Assert.All(a.Actors, x => Assert.InRange(x.Confidence, 0f, 1f));
        var kazakhstan = a.Actors.Single(x => x.Name == "Kazakhstan");
        Assert.True(kazakhstan.Confidence >= 0.9f, "confidence " + kazakhstan.Confidence);
        var pronoun = a.Actors.SelectMany(x => x.Mentions).Single(m => m.Form == MentionForm.Pronoun);
        Assert.True(pronoun.Confidence < kazakhstan.Confidence);
    }

    [Fact]
    public void Office_qualifier_rule_a_nationality_before_a_title_is_no_name()
    {
        var a = ArticleExtractor.Extract("t.txt", "Russian Defense Minister Inspects Bases in Tajikistan\nThe visit began on Monday.");
        Assert.DoesNotContain(a.Actors, x => x.Name.StartsWith("Russian"));
    }

    [Fact]
    public void Lower_case_ending_rule_a_name_never_ends_in_a_lower_case_word()
    {
        var a = Run("Tajikistan hosted a high-profile Russian defense official on Monday.");
        Assert.DoesNotContain(a.Actors, x => x.Name.EndsWith("defense"));
    }

    [Fact]
    public void Nationality_words_are_no_names()
    {
        var a = Run("Russian and Chinese warships held drills in the Sea of Japan.");
        Assert.DoesNotContain(a.Actors, x => x.Name == "Russian" || x.Name == "Chinese");
    }
}

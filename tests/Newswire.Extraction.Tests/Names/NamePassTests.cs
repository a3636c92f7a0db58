using System.Collections.Generic;
using System.Linq;
using Newswire.Extraction.Model;
using Newswire.Extraction.Names;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Tests.Names;

/// <summary>The passes after sentence tagging, on hand-made tagger output (so they do not depend on the model).</summary>
public class NamePassTests
{
    private static TokenizedText Tokens(string text) => TokenizedText.Build(text, new[] { new TextSpan(0, text.Length) });

    private static int Index(TokenizedText t, string word, int from = 0)
    {
        for (var i = from; i < t.Tokens.Length; i++)
        {
            if (t.TokenText(i) == word)
            {
                return i;
            }
        }

        throw new Xunit.Sdk.XunitException("no token " + word);
    }

    private static List<(string, NameType)> Spans(TokenizedText t, List<TaggedName> names) =>
        names.Select(n => (t.Text.Substring(t.Tokens[n.FirstToken].Start, t.Tokens[n.EndToken - 1].End - t.Tokens[n.FirstToken].Start), n.Type)).ToList();

    [Fact]
    public void Repairs_trim_articles_and_lower_case_edge_words()
    {
        var t = Tokens("She left the Sea Org group after a story in The Onion appeared.");
        var names = new List<TaggedName>
        {
            new TaggedName(Index(t, "Sea"), 3, NameType.Organization, 0.8f),
            new TaggedName(Index(t, "The"), 2, NameType.Organization, 0.8f),
        };
        NameRepairs.Apply(t, names, 0, null);
        Assert.Equal(new[] { ("Sea Org", NameType.Organization), ("Onion", NameType.Organization) }, Spans(t, names));
    }

    // NameRepairs.OpensSpacedHyphenName / IsDash: "al - Qaeda" keeps its particle; a bare dash opens no name.
    [Fact]
    public void Repairs_keep_a_particle_before_a_spaced_hyphen_and_drop_a_leading_dash()
    {
        var t = Tokens("Officials blamed al - Harwa for the raid and - Marlow Group denied it.");
        var names = new List<TaggedName>
        {
            new TaggedName(Index(t, "al"), 3, NameType.Organization, 0.8f),
            new TaggedName(Index(t, "Marlow") - 1, 3, NameType.Organization, 0.8f),
        };
        NameRepairs.Apply(t, names, 0, null);
        Assert.Equal(new[] { ("al - Harwa", NameType.Organization), ("Marlow Group", NameType.Organization) }, Spans(t, names));
    }

    // NameRepairs.ContactLabel: a signature's field label before its colon ends no name; a label word without a colon
    // ("Marlow Mobile said") and a lower-case one stay as tagged.
    [Fact]
    public void Repairs_drop_a_contact_label_before_its_colon()
    {
        var t = Tokens("Tavenor Freight Ltd, 14 Quay Road, Harwick, Norland Tel: 0412 998 Kessel Mobile: 0413 Marlow Mobile said so.");
        var names = new List<TaggedName>
        {
            new TaggedName(Index(t, "Norland"), 2, NameType.Organization, 0.8f),
            new TaggedName(Index(t, "Kessel"), 2, NameType.Organization, 0.8f),
            new TaggedName(Index(t, "Marlow"), 2, NameType.Organization, 0.8f),
        };
        NameRepairs.Apply(t, names, 0, null);
        Assert.Equal(
            new[] { ("Norland", NameType.Organization), ("Kessel", NameType.Organization), ("Marlow Mobile", NameType.Organization) },
            Spans(t, names));
    }

    [Fact]
    public void Repairs_join_an_organization_of_a_name()
    {
        var t = Tokens("Hackers attacked the Church of Scientology website.");
        var names = new List<TaggedName>
        {
            new TaggedName(Index(t, "Church"), 1, NameType.Organization, 0.9f),
            new TaggedName(Index(t, "Scientology"), 1, NameType.Organization, 0.7f),
        };
        var raw = new List<float> { 50f, 20f };
        NameRepairs.Apply(t, names, 0, raw);
        Assert.Equal(new[] { ("Church of Scientology", NameType.Organization) }, Spans(t, names));
        Assert.Equal(0.7f, names[0].Confidence);
        Assert.Equal(new[] { 20f }, raw);
    }

    [Fact]
    public void Repairs_join_a_place_right_before_an_organization_but_not_across_a_word()
    {
        var t = Tokens("The Leeds Rovers beat a Leeds side, and Leeds and Acme Corp signed.");
        var names = new List<TaggedName>
        {
            new TaggedName(Index(t, "Leeds"), 1, NameType.Location, 0.9f),
            new TaggedName(Index(t, "Rovers"), 1, NameType.Organization, 0.6f),
            new TaggedName(Index(t, "Leeds", Index(t, "Rovers")), 1, NameType.Location, 0.9f),
            new TaggedName(Index(t, "Leeds", Index(t, "side")), 1, NameType.Location, 0.9f),
            new TaggedName(Index(t, "Acme"), 2, NameType.Organization, 0.9f),
        };
        NameRepairs.Apply(t, names, 0, null);
        Assert.Equal(
            new[] { ("Leeds Rovers", NameType.Organization), ("Leeds", NameType.Location), ("Leeds", NameType.Location), ("Acme Corp", NameType.Organization) },
            Spans(t, names));
        Assert.Equal(0.6f, names[0].Confidence);
    }

    // NameRepairs.WithNameWordAfterTitle: an untagged capitalized word between a lower-case title and a person.
    [Fact]
    public void Repairs_take_a_given_name_between_a_lower_case_title_and_the_surname()
    {
        var t = Tokens("Japanese premier Hiroko Tanabe met captain Lee Park, Premier Wen Li and spokesman Colonel Ode in Busan.");
        var names = new List<TaggedName>
        {
            new TaggedName(Index(t, "Tanabe"), 1, NameType.Person, 0.5f),
            new TaggedName(Index(t, "Lee"), 1, NameType.Location, 0.6f),
            new TaggedName(Index(t, "Park"), 1, NameType.Person, 0.6f),
            new TaggedName(Index(t, "Li"), 1, NameType.Person, 0.6f),
            new TaggedName(Index(t, "Ode"), 1, NameType.Person, 0.6f),
        };
        NameRepairs.Apply(t, names, 0, null);
        Assert.Equal(
            new[] { ("Hiroko Tanabe", NameType.Person), ("Lee", NameType.Location), ("Park", NameType.Person), ("Li", NameType.Person), ("Ode", NameType.Person) },
            Spans(t, names));
    }

    // NameRepairs.WithNameWordBeforeSpeech: one untagged capitalized word between a person and "said" ends the name.
    [Fact]
    public void Repairs_take_a_last_word_between_a_person_and_said_but_no_weekday_or_tagged_name()
    {
        var t = Tokens("Enock Chacha Mwita said Ada Brelik Tuesday said Kenya Airways said.");
        var names = new List<TaggedName>
        {
            new TaggedName(Index(t, "Enock"), 2, NameType.Person, 0.5f),
            new TaggedName(Index(t, "Ada"), 2, NameType.Person, 0.5f),
            new TaggedName(Index(t, "Kenya"), 1, NameType.Location, 0.5f),
        };
        NameRepairs.Apply(t, names, 0, null);
        Assert.Equal(
            new[] { ("Enock Chacha Mwita", NameType.Person), ("Ada Brelik", NameType.Person), ("Kenya", NameType.Location) },
            Spans(t, names));
    }

    // NameRepairs.AfterLowerCaseTitle: a name right after a lower-case office word is its holder.
    [Fact]
    public void Repairs_type_a_name_after_a_lower_case_office_word_as_a_person_but_not_after_a_qualifier()
    {
        var t = Tokens("Foreign Ministry spokesman Nasser Kanaani spoke as spokesman NATO and market leader Kessel Corp met.");
        var names = new List<TaggedName>
        {
            new TaggedName(Index(t, "Foreign"), 2, NameType.Organization, 0.9f),
            new TaggedName(Index(t, "Nasser"), 2, NameType.Organization, 0.6f),
            new TaggedName(Index(t, "NATO"), 1, NameType.Organization, 0.6f),
            new TaggedName(Index(t, "Kessel"), 2, NameType.Organization, 0.6f),
        };
        NameRepairs.Apply(t, names, 0, null);
        Assert.Equal(
            new[] { ("Foreign Ministry", NameType.Organization), ("Nasser Kanaani", NameType.Person), ("NATO", NameType.Organization), ("Kessel Corp", NameType.Organization) },
            Spans(t, names));
    }

    [Fact]
    public void Repairs_keep_a_person_after_of()
    {
        var t = Tokens("A spokesman of Acme Corp of Anna Berg said nothing.");
        var names = new List<TaggedName>
        {
            new TaggedName(Index(t, "Acme"), 2, NameType.Organization, 0.9f),
            new TaggedName(Index(t, "Anna"), 2, NameType.Person, 0.9f),
        };
        NameRepairs.Apply(t, names, 0, null);
        Assert.Equal(2, names.Count);
    }

    [Fact]
    public void The_document_pass_spreads_a_name_its_surname_and_its_acronym()
    {
        var t = Tokens("Jana Novak of the Democratic Alliance (DA) spoke. Later Novak said the DA would win. Jana Novak left.");
        var names = new List<TaggedName>
        {
            new TaggedName(Index(t, "Jana"), 2, NameType.Person, 0.9f),
            new TaggedName(Index(t, "Democratic"), 2, NameType.Organization, 0.9f),
        };
        DocumentPass.Apply(t, names, 0);
        var spans = Spans(t, names);
        Assert.Equal(new[]
        {
            ("Jana Novak", NameType.Person), ("Democratic Alliance", NameType.Organization), ("DA", NameType.Organization),
            ("Novak", NameType.Person), ("DA", NameType.Organization), ("Jana Novak", NameType.Person),
        }, spans);
        Assert.All(names, n => Assert.InRange(n.Confidence, 0f, 1f));
        for (var i = 1; i < names.Count; i++)
        {
            Assert.True(names[i].FirstToken >= names[i - 1].EndToken);
        }
    }

    [Fact]
    public void The_document_pass_retypes_to_the_majority()
    {
        var t = Tokens("Jordan met Lee. Jordan left. Then Jordan returned.");
        var first = Index(t, "Jordan");
        var second = Index(t, "Jordan", first + 1);
        var third = Index(t, "Jordan", second + 1);
        var names = new List<TaggedName>
        {
            new TaggedName(first, 1, NameType.Location, 0.3f),
            new TaggedName(second, 1, NameType.Person, 0.9f),
            new TaggedName(third, 1, NameType.Person, 0.8f),
        };
        DocumentPass.Apply(t, names, 0);
        Assert.All(names, n => Assert.Equal(NameType.Person, n.Type));
    }
}

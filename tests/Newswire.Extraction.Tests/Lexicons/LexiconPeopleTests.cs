using System;
using System.Linq;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Lexicons;

/// <summary>The built-in people: one record per person, and the spellings wire copy uses for an Arabic article.</summary>
public class LexiconPeopleTests
{
    private static readonly LexiconEntry[] People = Lexicon.BuiltIn.Entries.Where(e => e.Kind == LexiconKind.Person).ToArray();

    [Fact]
    public void No_person_is_listed_twice_under_spellings_that_differ_only_in_hyphens()
    {
        var keys = People.Select(p => string.Join(" ", p.Name.ToUpperInvariant().Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        var twice = keys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.Empty(twice);
    }

    [Fact]
    public void Regnal_numerals_are_written_in_capitals()
    {
        // "Abdullah II", "Carl XVI Gustaf": title-casing the source's capitals made them "Ii", "Xvi".
        var numerals = new[] { "Ii", "Iii", "Iv", "Vi", "Vii", "Viii", "Xi", "Xii", "Xvi" };
        var wrong = Lexicon.BuiltIn.Entries.Where(e => e.Name.Split(' ').Skip(1).Any(w => numerals.Contains(w))).Select(e => e.Name).ToArray();
        Assert.Empty(wrong);
        Assert.Contains(People, p => p.Name == "Abdullah II");
    }

    [Fact]
    public void No_alias_is_a_phrase_in_capitals()
    {
        // PETRARCH lists some phrases in capitals beside the acronyms ("LA LIGA"): as aliases they match ordinary words.
        var phrases = Lexicon.BuiltIn.Entries.SelectMany(e => e.Aliases, (e, a) => e.Name + " | " + a)
            .Where(x => x.Split(" | ")[1] is var a && a.Contains(' ') && a == a.ToUpperInvariant() && a.Count(char.IsLetter) > 3)
            .ToArray();
        Assert.Empty(phrases);
    }

    [Fact]
    public void A_name_with_al_or_el_is_known_by_the_other_spelling_too()
    {
        var withArticle = People.Where(p => p.Name.Contains(" al-") || p.Name.Contains(" el-")).ToArray();
        Assert.NotEmpty(withArticle);
        Assert.All(withArticle, p =>
        {
            var other = p.Name.Contains(" al-") ? p.Name.Replace(" al-", " el-") : p.Name.Replace(" el-", " al-");
            Assert.Contains(other, p.Aliases);
        });
    }

    [Fact]
    public void A_story_spelling_the_article_differently_names_one_person()
    {
        var a = ArticleExtractor.Extract(
            "story.txt",
            "Leaders meet\n\nEgyptian President Abdel Fattah al-Sisi met the envoy in Cairo on Monday. Sisi thanked him for the visit.\n");
        var person = Assert.Single(a.Actors, x => x.Kind == ActorKind.Person);
        Assert.Equal(2, person.Mentions.Count(m => m.Form == MentionForm.Name));
    }
}

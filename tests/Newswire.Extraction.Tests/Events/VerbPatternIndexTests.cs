using System.Linq;
using Newswire.Extraction.Events;

namespace Newswire.Extraction.Tests.Events;

public class VerbPatternIndexTests
{
    // Word ids: 1 "for", 2 "talks", 3 "aid", 4 "on".
    private static VerbEntry Verb()
    {
        var verb = new VerbEntry("ask");
        verb.Patterns.Add(new VerbPattern(1, 2, "A"));   // for talks
        verb.Patterns.Add(new VerbPattern(-1, 3, "B"));  // aid (direct object)
        verb.Patterns.Add(new VerbPattern(4, -1, "C"));  // on (bare preposition)
        verb.Patterns.Add(new VerbPattern(-1, 2, "D"));  // talks (direct object)
        verb.Patterns.Add(new VerbPattern(1, 3, "E"));   // for aid
        return verb;
    }

    [Fact]
    public void A_word_gets_the_patterns_of_its_noun_in_list_order()
    {
        Assert.Equal(new[] { "A", "D" }, Verb().PatternsOf(2).Select(p => p.Code));
        Assert.Equal(new[] { "B", "E" }, Verb().PatternsOf(3).Select(p => p.Code));
    }

    [Fact]
    public void A_preposition_gets_only_its_bare_patterns()
    {
        Assert.Equal(new[] { "C" }, Verb().PatternsOf(4).Select(p => p.Code));
        Assert.Empty(Verb().PatternsOf(1)); // "for" heads two patterns, but only with their nouns
        Assert.Empty(Verb().PatternsOf(9));
    }
}

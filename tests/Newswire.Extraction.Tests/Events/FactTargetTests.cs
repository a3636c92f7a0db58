using Newswire.Extraction.Events;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// The event stage reads a word's event noun and verb forms from its one facts probe (TokenFacts.Target); they must
/// be exactly what the noun and verb-form tables hold for that word.
/// </summary>
public class FactTargetTests
{
    [Fact]
    public void Every_noun_and_verb_form_is_reachable_from_its_facts()
    {
        var lex = EventLexicon.Default;
        var targets = lex.FactTargets;
        var checkedWords = 0;
        foreach (var kv in lex.Facts.Entries())
        {
            var hasNoun = lex.Nouns.TryGet(kv.Key, out var noun);
            var hasForms = lex.VerbForms.TryGet(kv.Key, out var forms);
            if (!hasNoun && !hasForms)
            {
                Assert.Equal(0, kv.Value.Target);
                continue;
            }

            Assert.True(kv.Value.Target > 0, kv.Key);
            var target = targets[kv.Value.Target - 1];
            Assert.Same(hasNoun ? noun : null, target.Noun);
            Assert.Same(hasForms ? forms : null, target.Forms);
            checkedWords++;
        }

        Assert.True(checkedWords > 1000, "the lexicon has thousands of verb forms, found " + checkedWords);
        Assert.True(lex.Nouns.TryGet("attack", out _) && lex.Facts.TryGet("attack", out var attack) && targets[attack.Target - 1].Noun != null);
    }
}

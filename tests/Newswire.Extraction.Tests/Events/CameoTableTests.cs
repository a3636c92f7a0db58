using System.Linq;
using Newswire.Extraction.Events;

namespace Newswire.Extraction.Tests.Events;

public class CameoTableTests
{
    [Theory]
    [InlineData("010", 0.0, 1)]
    [InlineData("042", 1.9, 1)]
    [InlineData("057", 8.0, 1)]
    [InlineData("062", 7.4, 2)]
    [InlineData("087", 9.0, 2)]
    [InlineData("112", -2.0, 3)]
    [InlineData("130", -4.4, 3)]
    [InlineData("141", -6.5, 4)]
    [InlineData("163", -8.0, 4)]
    [InlineData("173", -5.0, 4)]
    [InlineData("195", -10.0, 4)]
    public void Codes_carry_goldstein_and_quad_class(string code, double goldstein, int quadClass)
    {
        var c = CameoCodes.Find(code);
        Assert.NotNull(c);
        Assert.Equal(goldstein, c!.Goldstein);
        Assert.Equal((QuadClass)quadClass, c.Quad);
    }

    [Fact]
    public void Four_digit_codes_fall_back_to_their_parent_and_unknown_codes_to_null()
    {
        Assert.Equal("084", CameoCodes.Find("0841")!.Code);
        Assert.Null(CameoCodes.Find("999"));
        Assert.Null(CameoCodes.Find(null));
    }

    [Fact]
    public void Every_verb_pattern_word_is_in_its_verbs_pattern_filter()
    {
        // MatchPattern tries a verb's patterns only at words whose id bit the filter holds: a pattern's noun, or the
        // preposition of a prep-only pattern ("call on"), missing from it would never match.
        var lexicon = EventLexicon.Default;
        var withPatterns = 0;
        foreach (var verb in lexicon.Verbs)
        {
            foreach (var p in verb.Patterns)
            {
                var id = p.Noun == -1 ? p.Prep : p.Noun;
                Assert.True((verb.PatternIds & (1UL << id)) != 0, verb.Lemma + ": pattern word " + id + " not in the filter");
            }

            if (verb.Patterns.Count > 0)
            {
                withPatterns++;
                Assert.NotEqual(ulong.MaxValue, verb.PatternIds); // filled, not the "scan everything" default
            }
        }

        Assert.True(withPatterns > 100, "verbs with patterns: " + withPatterns);
        Assert.Contains(lexicon.Verb("call")!.Patterns, p => p.Noun == -1);
    }

    [Fact]
    public void Every_code_quad_class_agrees_with_its_root()
    {
        foreach (var c in CameoCodes.All)
        {
            Assert.Equal(CameoCodes.QuadOfRoot(int.Parse(c.Code.Substring(0, 2))), c.Quad);
            Assert.InRange(c.Goldstein, -10.0, 10.0);
        }

        Assert.Equal(20, CameoCodes.All.Select(c => c.Code.Substring(0, 2)).Distinct().Count());
    }

    [Theory]
    [InlineData("visited", "visit", "042")]
    [InlineData("visits", "visit", "042")]
    [InlineData("hosting", "host", "043")]
    [InlineData("said", "say", "010")]
    [InlineData("urged", "urge", "020")]
    [InlineData("praised", "praise", "051")]
    [InlineData("criticised", "criticise", "111")]
    [InlineData("accuses", "accuse", "112")]
    [InlineData("threatened", "threaten", "130")]
    [InlineData("expelled", "expel", "160")]
    [InlineData("detained", "detain", "173")]
    [InlineData("struck", "strike", "190")]
    [InlineData("shelled", "shell", "194")]
    [InlineData("fought", "fight", "190")]
    public void Verb_forms_reach_their_lemma_and_code(string form, string lemma, string code)
    {
        var lex = EventLexicon.Default;
        Assert.True(lex.VerbForms.TryGet(form, out var forms));
        var entry = forms.Select(f => f.Entry).First(e => e.Lemma == lemma);
        Assert.Equal(code, entry.Code);
    }

    [Fact]
    public void Generic_cameo_verbs_are_silenced_and_light_verbs_marked()
    {
        var lex = EventLexicon.Default;
        Assert.Null(lex.Verb("see")!.Code);
        Assert.Null(lex.Verb("expand")!.Code);
        Assert.True(lex.Verb("hold")!.Has(VerbFlags.Light));
        Assert.True(lex.Verb("say")!.Has(VerbFlags.Speech));
        Assert.True(lex.Verb("urge")!.Has(VerbFlags.Directive));
        Assert.True(lex.VerbCount > 1000, "the derived CAMEO table is loaded");
    }

    [Fact]
    public void Event_nouns_include_plurals_and_compounds()
    {
        var lex = EventLexicon.Default;
        Assert.True(lex.Nouns.TryGet("summits", out var summit));
        Assert.Equal("043", summit.Code);
        Assert.True(lex.Nouns.TryGet("negotiations", out var talks));
        Assert.Equal("046", talks.Code);
        Assert.True(lex.Compounds.TryGet("phone call", out var call));
        Assert.Equal("041", call.Code);
        Assert.True(lex.Nouns.TryGet("agreement", out var agreement));
        Assert.True(agreement.Has(NounFlags.ObjectOnly));
    }

    [Fact]
    public void Inflection_doubles_final_consonants_and_handles_y_and_e()
    {
        Assert.Contains(("shipped", VerbFormKind.Past), EventLexicon.Inflect("ship"));
        Assert.Contains(("denied", VerbFormKind.Past), EventLexicon.Inflect("deny"));
        Assert.Contains(("hosting", VerbFormKind.Gerund), EventLexicon.Inflect("host"));
        Assert.Contains(("praising", VerbFormKind.Gerund), EventLexicon.Inflect("praise"));
        Assert.Contains(("touches", VerbFormKind.ThirdPerson), EventLexicon.Inflect("touch"));
    }
}

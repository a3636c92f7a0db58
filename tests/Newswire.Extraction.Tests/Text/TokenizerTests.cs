using System.Linq;
using FsCheck.Fluent;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Tests.Text;

public class TokenizerTests
{
    private static TokenizedText Tok(string text, bool headline = false) =>
        TokenizedText.Build(text, new[] { new TextSpan(0, text.Length) }, headline ? new TextSpan(0, text.Length) : (TextSpan?)null);

    private static string[] Words(TokenizedText t) => Enumerable.Range(0, t.Tokens.Length).Select(t.TokenText).ToArray();

    private static string[] Sentences(TokenizedText t) => t.Sentences.Select(s => s.Span.Of(t.Text)).ToArray();

    [Fact]
    public void Every_character_beside_a_word_ends_in_tokens_that_cover_text_and_never_repeat_a_position()
    {
        // A character one scanner stops before and the other will not take made the tokenizer loop (U+02BC before
        // "s"): every kind of character, in every position around a word, must move the scan on.
        var chars = Enumerable.Range(1, 0xFFFF).Where(c => c < 0xD800 || c > 0xDFFF).Where(c => c % 37 == 0 || c < 0x3000 && c % 7 == 0)
            .Select(c => ((char)c).ToString())
            .Concat(new[] { "\u02BC", "\u02BB", "\u2019", "\u00AD", "\u200D", "\u200F", "\u0301", "\u00A0", "\uD83D\uDE00", "\uD800" });
        var run = System.Threading.Tasks.Task.Run(() =>
        {
            foreach (var c in chars)
            {
                foreach (var text in new[] { "Ra" + c + "s al Khay", c + "word s", "word" + c, "A" + c + c + "B.", "'" + c + "s" })
                {
                    var t = Tok(text);
                    Assert.True(t.Tokens.Length <= text.Length, "more tokens than characters in U+" + ((int)c[0]).ToString("X4"));
                    for (var i = 0; i < t.Tokens.Length; i++)
                    {
                        Assert.True(t.Tokens[i].Length > 0 && (i == 0 || t.Tokens[i].Start >= t.Tokens[i - 1].Start + t.Tokens[i - 1].Length));
                    }
                }
            }
        });
        Assert.True(run.Wait(System.TimeSpan.FromMinutes(5)), "the tokenizer did not finish: a character stops its scan");
    }

    [Fact]
    public void Plain_ascii_words_scan_as_the_general_word_scanner_does()
    {
        // A word ended by a space takes the one-pass scanner; ended by a curly quote, the general one.
        var random = new System.Random(7);
        const string chars = "abcxyzABCXYZ0189";
        var words = new System.Collections.Generic.List<string> { "the", "NATO", "McDonald", "G7", "2024", "x", "X", "ABc", "a1b", "1a", "AB" };
        for (var i = 0; i < 300; i++)
        {
            words.Add(new string(Enumerable.Range(0, random.Next(1, 9)).Select(_ => chars[random.Next(chars.Length)]).ToArray()));
        }

        foreach (var word in words)
        {
            var plain = Tok("said " + word + " then").Tokens[1];
            var general = Tok("said " + word + "\u201D then").Tokens[1];
            Assert.Equal((general.Start, general.Length, general.Kind, general.Flags, general.Hash), (plain.Start, plain.Length, plain.Kind, plain.Flags, plain.Hash));
        }
    }

    [Theory]
    [InlineData("said", "lower")]
    [InlineData("Paris", "capitalized")]
    [InlineData("3rd", "lower")]
    [InlineData("1990s", "lower")]
    [InlineData("4G", "capitalized")]
    [InlineData("19eX", "lower")]
    [InlineData("2024", "neither")]
    public void A_plain_word_takes_its_case_from_its_first_letter_after_any_digits(string word, string expected)
    {
        // The one-pass scanner finds the first letter's case after the scan, not letter by letter.
        var token = Tok("they said " + word + " then").Tokens[2];
        Assert.Equal(expected, token.IsLower ? (token.IsCapitalized ? "both" : "lower") : token.IsCapitalized ? "capitalized" : "neither");
    }

    [Fact]
    public void A_modifier_letter_apostrophe_before_s_ends_tokenizing()
    {
        // U+02BC is a letter: the one-pass scanner must not stop before it (the tokenizer then looped forever).
        var t = Tok("Daʼs al Kharim");
        Assert.InRange(t.Tokens.Length, 3, 4);
        Assert.Equal("Kharim", t.TokenText(t.Tokens.Length - 1));
    }

    [Fact]
    public void Possessives_are_split_off_names_with_straight_and_curly_apostrophes()
    {
        var t = Tok("Russia’s army and Putin's plan, the forces' base.");
        Assert.Equal(new[] { "Russia", "’s", "army", "and", "Putin", "'s", "plan", ",", "the", "forces", "'", "base", "." }, Words(t));
        Assert.Equal(TokenKind.Possessive, t.Tokens[1].Kind);
        Assert.Equal(TokenKind.Possessive, t.Tokens[5].Kind);
        Assert.Equal(TokenKind.Possessive, t.Tokens[10].Kind);
    }

    [Fact]
    public void Hyphenated_names_and_inner_apostrophes_stay_whole()
    {
        var t = Tok("Kassym-Jomart Tokayev went to Rostov-on-Don with O'Brien, who didn't stay.");
        var w = Words(t);
        Assert.Contains("Kassym-Jomart", w);
        Assert.Contains("Rostov-on-Don", w);
        Assert.Contains("O'Brien", w);
        Assert.Contains("didn't", w);
        Assert.True(t.Tokens[0].Is(TokenFlags.Hyphenated));
        Assert.True(t.Tokens[0].IsCapitalized);
    }

    [Fact]
    public void Plain_words_before_periods_commas_and_apostrophes_end_there_unless_digits_or_letters_go_on()
    {
        var t = Tok("He said no. Then No. 5 won, as 10,000 and 3.5 did; the forces' base and O'Brien's plan.");
        var w = Words(t);
        Assert.Equal(new[] { "He", "said", "no", ".", "Then", "No.", "5", "won", ",", "as", "10,000", "and", "3.5", "did", ";", "the", "forces", "'", "base", "and", "O'Brien", "'s", "plan", "." }, w);
        Assert.False(t.Tokens[2].Is(TokenFlags.Abbreviation));
        Assert.True(t.Tokens[5].Is(TokenFlags.Abbreviation));
        Assert.Equal(TokenKind.Number, t.Tokens[10].Kind);
        for (var i = 0; i < w.Length; i++)
        {
            Assert.Equal(TermKey.Hash(w[i]), t.Tokens[i].Hash);
        }
    }

    [Fact]
    public void Abbreviations_and_initials_keep_their_period_and_do_not_end_sentences()
    {
        var t = Tok("Gen. Joseph Votel met Dr. Smith and John F. Kennedy Jr. in the U.S. capital on Jan. 5. They left.");
        var w = Words(t);
        Assert.Contains("Gen.", w);
        Assert.Contains("Dr.", w);
        Assert.Contains("F.", w);
        Assert.Contains("U.S.", w);
        Assert.Contains("Jan.", w);
        Assert.Equal(2, t.Sentences.Length);
        Assert.Equal("They left.", Sentences(t)[1]);
        var f = System.Array.FindIndex(w, x => x == "F.");
        Assert.True(t.Tokens[f].Is(TokenFlags.Initial));
        var us = System.Array.FindIndex(w, x => x == "U.S.");
        Assert.True(t.Tokens[us].IsAllCaps);
        Assert.True(t.Tokens[us].Is(TokenFlags.Abbreviation));
        Assert.Equal(TermKey.Hash("us"), t.Tokens[us].Hash);
    }

    [Fact]
    public void Dotted_acronym_ends_a_sentence_before_a_sentence_opener()
    {
        var t = Tok("Troops arrived in the U.S. The talks began.");
        Assert.Equal(new[] { "Troops arrived in the U.S.", "The talks began." }, Sentences(t));
    }

    [Fact]
    public void A_legal_form_ends_a_sentence_before_a_market_word()
    {
        var t = Tok("Kessel bought a stake in Harwick Holdings Corp. Shares of both companies fell.");
        Assert.Equal(new[] { "Kessel bought a stake in Harwick Holdings Corp.", "Shares of both companies fell." }, Sentences(t));
    }

    [Fact]
    public void Dotted_acronym_before_a_name_does_not_end_the_sentence()
    {
        var t = Tok("The U.S. Central Command said so.");
        Assert.Single(t.Sentences);
    }

    [Fact]
    public void Closing_quotes_stay_with_their_sentence()
    {
        var t = Tok("He said, “We will win.” Then he left! Did he? “Yes.”");
        Assert.Equal(new[] { "He said, “We will win.”", "Then he left!", "Did he?", "“Yes.”" }, Sentences(t));
        Assert.True(t.Tokens[3].Is(TokenFlags.Quote));
    }

    [Fact]
    public void Numbers_keep_separators_and_dashes_split()
    {
        var t = Tok("More than 18,000 square kilometers, 3.5 percent, 20-plus months—an effort.");
        var w = Words(t);
        Assert.Contains("18,000", w);
        Assert.Contains("3.5", w);
        Assert.Contains("20-plus", w);
        Assert.Contains("—", w);
        Assert.Contains("an", w);
        Assert.Equal(TokenKind.Number, t.Tokens[System.Array.IndexOf(w, "18,000")].Kind);
        Assert.Single(t.Sentences);
    }

    [Fact]
    public void Web_addresses_do_not_split_sentences()
    {
        var t = Tok("See www.state.gov for details. Next sentence.");
        Assert.Equal(2, t.Sentences.Length);
    }

    [Fact]
    public void All_caps_headline_is_flagged()
    {
        var t = Tok("PUTIN MEETS TOKAYEV IN ASTANA. TALKS CONTINUE", headline: true);
        Assert.Equal(2, t.Sentences.Length);
        foreach (var s in t.Sentences)
        {
            Assert.True(s.IsHeadline);
            Assert.True((s.Flags & SentenceFlags.AllCaps) != 0);
            Assert.True(s.CapsUninformative);
        }
    }

    [Fact]
    public void Title_case_headline_is_flagged_but_body_sentences_are_not()
    {
        var text = "Russian Defense Minister Inspects Military Infrastructure in Tajikistan\nRussian Defense Minister Andrei Belousov visited Tajikistan.";
        var regions = new[] { new TextSpan(0, 70), new TextSpan(71, text.Length - 71) };
        var t = TokenizedText.Build(text, regions, regions[0]);
        Assert.Equal(2, t.Sentences.Length);
        Assert.True((t.Sentences[0].Flags & SentenceFlags.TitleCase) != 0);
        Assert.True(t.Sentences[0].IsHeadline);
        Assert.False(t.Sentences[1].CapsUninformative);
        Assert.Equal(1, t.Sentences[1].Region);
    }

    [Fact]
    public void Sentences_never_cross_regions_and_offsets_are_exact()
    {
        var text = "First para without stop\nSecond para. Two sentences.";
        var regions = new[] { new TextSpan(0, 23), new TextSpan(24, text.Length - 24) };
        var t = TokenizedText.Build(text, regions);
        Assert.Equal(new[] { "First para without stop", "Second para.", "Two sentences." }, Sentences(t));
        foreach (var tok in t.Tokens)
        {
            Assert.True(tok.Length > 0);
            Assert.False(char.IsWhiteSpace(text[tok.Start]));
        }
    }

    [Fact]
    public void Term_table_matches_spans_case_insensitively_without_periods()
    {
        var table = new TermTable<int>();
        table.Set("U.S.", 1);
        table.Set("Kremlin", 2);
        table.Set("Russia’s", 3);
        var text = "the us KREMLIN russia's";
        Assert.True(table.TryGet(text, 4, 2, TermKey.Hash(text, 4, 2), out var v) && v == 1);
        Assert.True(table.TryGet(text, 7, 7, TermKey.Hash(text, 7, 7), out v) && v == 2);
        Assert.True(table.TryGet(text, 15, 8, TermKey.Hash(text, 15, 8), out v) && v == 3);
        Assert.False(table.TryGet(text, 0, 3, TermKey.Hash(text, 0, 3), out _));
    }

    [Fact]
    public void Tokenizer_covers_any_input_without_throwing()
    {
        var property = Prop.ForAll<string>(s =>
        {
            s ??= "";
            var t = Tok(s);
            var prevEnd = 0;
            foreach (var tok in t.Tokens)
            {
                if (tok.Start < prevEnd || tok.Length <= 0 || tok.End > s.Length)
                {
                    return false;
                }

                prevEnd = tok.End;
            }

            return t.Sentences.Sum(x => x.TokenCount) == t.Tokens.Length;
        });
        FsCheck.Check.QuickThrowOnFailure(property);
    }
}

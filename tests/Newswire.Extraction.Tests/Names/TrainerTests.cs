using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newswire.Extraction.Model;
using Newswire.Extraction.Names;
using Newswire.Extraction.Names.Training;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Tests.Names;

public class TrainerTests
{
    private static readonly string[] People = { "Anna Kovacs", "Tomas Berg", "Lina Duarte", "Omar Haddad", "Mei Tanaka", "Paul Okafor" };
    private static readonly string[] Orgs = { "Northwind Bank", "Red Cross", "Ministry of Health", "Blue Harbor Institute" };
    private static readonly string[] Places = { "Lyon", "Nairobi", "Quito", "Osaka", "Perth" };

    // A small generated corpus: "PER of ORG met PER in LOC ." with the words rotated, so it needs no shared data.
    internal static List<TrainingDocument> Corpus(int documents)
    {
        var docs = new List<TrainingDocument>();
        var k = 0;
        for (var d = 0; d < documents; d++)
        {
            var sentences = new List<ConllSentence>();
            for (var s = 0; s < 6; s++, k++)
            {
                var tokens = new List<string>();
                var tags = new List<string>();
                void Add(string phrase, string type)
                {
                    var words = phrase.Split(' ');
                    for (var i = 0; i < words.Length; i++)
                    {
                        tokens.Add(words[i]);
                        tags.Add(type == "O" ? "O" : (i == 0 ? "B-" : "I-") + type);
                    }
                }

                Add(People[k % People.Length], "PER");
                Add("of the", "O");
                Add(Orgs[k % Orgs.Length], "ORG");
                Add(k % 2 == 0 ? "met" : "called", "O");
                Add(People[(k + 3) % People.Length], "PER");
                Add("in", "O");
                Add(Places[k % Places.Length], "LOC");
                Add(k % 3 == 0 ? "on Monday ." : "last week .", "O");
                sentences.Add(new ConllSentence(tokens.ToArray(), tags.ToArray()));
            }

            docs.Add(TrainingDocument.From(sentences));
        }

        return docs;
    }

    private static List<KeyValuePair<string, WordClass>> Words()
    {
        var lists = new WordListBuilder();
        foreach (var p in Places)
        {
            lists.AddName(p, WordClass.CityFull, WordClass.CityPart);
        }

        lists.AddName("Ministry of Health", WordClass.OrgFull, WordClass.OrgPart, WordClass.OrgFirst, WordClass.OrgLast);
        return lists.Build();
    }

    private static byte[] Train(TrainerOptions options) => new PerceptronTrainer(Words(), options).Train(Corpus(12)).ToBytes();

    [Fact]
    public void Training_twice_gives_the_same_bytes()
    {
        var options = new TrainerOptions { Epochs = 3, Prune = 0.01f };
        var a = Train(options);
        var b = Train(options);
        Assert.True(a.Length > 100);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Another_seed_gives_another_model()
    {
        var a = Train(new TrainerOptions { Epochs = 3, Seed = 1 });
        var b = Train(new TrainerOptions { Epochs = 3, Seed = 2 });
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Several_runs_average_into_one_deterministic_model_that_still_tags()
    {
        var one = Train(new TrainerOptions { Epochs = 3, Prune = 0.01f });
        var three = Train(new TrainerOptions { Epochs = 3, Prune = 0.01f, Runs = 3 });
        Assert.Equal(three, Train(new TrainerOptions { Epochs = 3, Prune = 0.01f, Runs = 3 }));
        Assert.NotEqual(one, three);

        var tagger = NameTagger.Load(new MemoryStream(three));
        var (text, names) = NameTaggerTests.Tag("Lina Duarte of the Northwind Bank called Omar Haddad in Osaka last week.", tagger);
        var found = names.Select(n => (text.Text.Substring(text.Tokens[n.FirstToken].Start, text.Tokens[n.EndToken - 1].End - text.Tokens[n.FirstToken].Start), n.Type)).ToList();
        Assert.Contains(("Lina Duarte", NameType.Person), found);
        Assert.Contains(("Osaka", NameType.Location), found);
    }

    [Fact]
    public void The_mean_of_runs_is_their_sum_over_the_count_and_one_run_is_left_as_it_is()
    {
        var sum = TrainingRuns.Add(null, new[] { 1f, -2f });
        sum = TrainingRuns.Add(sum, new[] { 3f, 4f });
        Assert.Equal(new[] { 2f, 1f }, TrainingRuns.Divide(sum, 2));
        var single = new[] { 0.1f, 0.7f };
        Assert.Same(single, TrainingRuns.Divide(TrainingRuns.Add(null, single), 1));
        Assert.Equal(new[] { 0.1f, 0.7f }, single);
    }

    [Fact]
    public void A_trained_model_round_trips_and_tags_what_it_learned()
    {
        var bytes = Train(new TrainerOptions { Epochs = 5, Prune = 0.01f });
        var tagger = NameTagger.Load(new MemoryStream(bytes));
        var again = tagger.Model.ToBytes();
        Assert.Equal(bytes, again);

        var (text, names) = NameTaggerTests.Tag("Mei Tanaka of the Red Cross met Tomas Berg in Quito on Monday.", tagger);
        var found = names.Select(n => (text.Text.Substring(text.Tokens[n.FirstToken].Start, text.Tokens[n.EndToken - 1].End - text.Tokens[n.FirstToken].Start), n.Type)).ToList();
        Assert.Contains(("Mei Tanaka", NameType.Person), found);
        Assert.Contains(("Red Cross", NameType.Organization), found);
        Assert.Contains(("Quito", NameType.Location), found);
        Assert.All(names, n => Assert.InRange(n.Confidence, 0f, 1f));
    }

    [Fact]
    public void Gold_names_map_onto_engine_tokens_without_possessives()
    {
        var doc = TrainingDocument.From(new[]
        {
            new ConllSentence(new[] { "Headline", "here" }, new[] { "O", "O" }),
            new ConllSentence(new[] { "President", "Lula's", "visit", "to", "São", "Paulo", "." }, new[] { "O", "B-PER", "O", "O", "B-LOC", "I-LOC", "O" }),
        });
        var spans = doc.Names.Select(n => (doc.Text.Text.Substring(doc.Text.Tokens[n.First].Start, doc.Text.Tokens[n.First + n.Count - 1].End - doc.Text.Tokens[n.First].Start), n.Type)).ToList();
        Assert.Equal(new[] { ("Lula", NameType.Person), ("São Paulo", NameType.Location) }, spans);
    }

    [Fact]
    public void Calibration_is_monotone_and_a_probability()
    {
        var spans = new List<(float, bool)>();
        for (var i = 0; i < 400; i++)
        {
            // Higher raw scores are right more often.
            spans.Add((i, i % 10 < i / 40));
        }

        var (raw, p) = Calibration.Fit(spans, minimum: 20);
        Assert.True(raw.Length >= 2);
        for (var i = 1; i < p.Length; i++)
        {
            Assert.True(raw[i] > raw[i - 1]);
            Assert.True(p[i] >= p[i - 1]);
        }

        Assert.All(p, v => Assert.InRange(v, 0f, 1f));
        Assert.True(p[p.Length - 1] > 0.8f);
        Assert.True(p[0] < 0.3f);
    }

    [Fact]
    public void Tag_sets_encode_and_decode_names()
    {
        foreach (var scheme in new[] { TagScheme.Bio, TagScheme.Bilou })
        {
            var tags = TagSet.Of(scheme);
            var names = new[] { (0, 2, NameType.Person), (2, 1, NameType.Location), (4, 3, NameType.Organization) };
            var encoded = new int[8];
            tags.Encode(8, names, encoded, 0);
            var decoded = new List<(int, int, NameType)>();
            tags.Decode(encoded, 0, 8, (f, c, t) => decoded.Add((f, c, t)));
            Assert.Equal(names, decoded);
            for (var i = 1; i < 8; i++)
            {
                Assert.True(tags.Allowed(encoded[i - 1], encoded[i]));
            }
        }
    }
}

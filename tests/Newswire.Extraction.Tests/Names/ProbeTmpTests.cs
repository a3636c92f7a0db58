using System.IO;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Names;

public class ProbeTmpTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var text = File.ReadAllText("/tmp/probe/in.txt");
        var d = ArticleExtractor.Prepare("p.txt", text, ExtractionOptions.Default).Document!;
        var tt = Newswire.Extraction.Text.TokenizedText.Build(d);
        var names = new System.Collections.Generic.List<Newswire.Extraction.Names.TaggedName>();
        Newswire.Extraction.Names.NameTagger.Default.Tag(tt, names);
        foreach (var n in names)
        {
            var s = tt.Tokens[n.FirstToken].Start; var e = tt.Tokens[n.FirstToken + n.TokenCount - 1].End;
            output.WriteLine($"{n.Type} {n.Confidence:0.00} [{text.Substring(s, e - s)}]");
        }

        var a = ArticleExtractor.Extract("p.txt", text);
        foreach (var x in a.Actors)
        {
            output.WriteLine($"ACTOR {x.Kind} {x.Name} {x.Country} [{string.Join("|", System.Linq.Enumerable.Select(x.Mentions, m => text.Substring(m.Start, m.Length)))}]");
        }
    }
}

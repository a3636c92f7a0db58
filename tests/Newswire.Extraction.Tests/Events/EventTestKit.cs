using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Newswire.Extraction.Actors;
using Newswire.Extraction.Events;
using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// Runs the event extractor over text whose actor mentions are marked by hand, so event rules are tested apart
/// from actor recognition. Markup: <c>[mention|K|CCC]</c> with K = P, O, L (add <c>|adj</c> for a demonym),
/// <c>[mention=Canonical Name|K|CCC]</c> for a description or alias of another actor. The first line is the
/// headline when <c>headline</c> is true; other lines are paragraphs.
/// </summary>
internal static class EventTestKit
{
    internal sealed class Result
    {
        public Result(string text, IReadOnlyList<ExtractedActor> actors, IReadOnlyList<ExtractedEvent> events)
        {
            Text = text;
            Actors = actors;
            Events = events;
        }

        public string Text { get; }

        public IReadOnlyList<ExtractedActor> Actors { get; }

        public IReadOnlyList<ExtractedEvent> Events { get; }

        public string Name(int actor) => actor < 0 ? "-" : Actors[actor].Name;

        /// <summary>"042 Vladimir Putin -> Kazakhstan @ Astana" style lines.</summary>
        public IEnumerable<string> Lines() => Events.Select(Describe);

        public string Describe(ExtractedEvent e) =>
            e.Code + " " + Name(e.Agent) + " -> " + string.Join(", ", e.Counterparts.Select(Name)) + " @ " + Name(e.Location);

        public override string ToString() => string.Join("\n", Lines());
    }

    public static Result Run(string markup, DateTime? published = null, bool headline = false, EventStages? stages = null)
    {
        var text = new StringBuilder();
        var spans = new List<(int Start, int Length, string Name, ActorKind Kind, string? Country, bool Adj)>();
        for (var i = 0; i < markup.Length; i++)
        {
            var c = markup[i];
            if (c != '[')
            {
                text.Append(c);
                continue;
            }

            var close = markup.IndexOf(']', i);
            var parts = markup.Substring(i + 1, close - i - 1).Split('|');
            var surface = parts[0];
            var name = surface;
            var eq = surface.IndexOf('=');
            if (eq >= 0)
            {
                name = surface.Substring(eq + 1);
                surface = surface.Substring(0, eq);
            }

            var kind = parts.Length > 1 ? parts[1] switch { "P" => ActorKind.Person, "O" => ActorKind.Organization, _ => ActorKind.Location } : ActorKind.Location;
            var country = parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null;
            var adj = parts.Length > 3 && parts[3] == "adj";
            spans.Add((text.Length, surface.Length, name, kind, country, adj));
            text.Append(surface);
            i = close;
        }

        var s = text.ToString();
        var regions = new List<TextSpan>();
        var pos = 0;
        foreach (var line in s.Split('\n'))
        {
            if (line.Trim().Length > 0)
            {
                regions.Add(new TextSpan(pos, line.Length));
            }

            pos += line.Length + 1;
        }

        TextSpan? head = headline ? regions[0] : null;
        var tokenized = TokenizedText.Build(s, regions, head);

        var actorIndex = new Dictionary<string, int>();
        var actors = new List<(string Name, ActorKind Kind, string? Country)>();
        var mentions = new List<ResolvedMention>();
        foreach (var sp in spans)
        {
            if (!actorIndex.TryGetValue(sp.Name, out var a))
            {
                a = actors.Count;
                actorIndex[sp.Name] = a;
                actors.Add((sp.Name, sp.Kind, sp.Country));
            }

            var first = -1;
            var count = 0;
            for (var t = 0; t < tokenized.Tokens.Length; t++)
            {
                var tok = tokenized.Tokens[t];
                if (tok.Start >= sp.Start && tok.End <= sp.Start + sp.Length)
                {
                    if (first < 0)
                    {
                        first = t;
                    }

                    count++;
                }
            }

            if (first < 0)
            {
                throw new InvalidOperationException("mention not tokenized: " + sp.Name);
            }

            mentions.Add(new ResolvedMention(new TextSpan(sp.Start, sp.Length), a, first, count, sp.Adj ? MentionKind.Adjective : MentionKind.Name));
        }

        var extracted = actors.Select(x => new ExtractedActor(x.Name, x.Kind, x.Country, Array.Empty<string>(), Array.Empty<string>(), Array.Empty<MentionSpan>())).ToList();
        var result = new ActorExtractionResult(extracted, mentions, tokenized.Tokens.Length);
        var events = new EventRun(published, tokenized, result, EventLexicon.Default, stages).Run();
        return new Result(s, extracted, events);
    }

    /// <summary>Extracts a headline-and-body story and writes its events to the test output (code, agent, trigger).</summary>
    public static ExtractedArticle Story(Xunit.Abstractions.ITestOutputHelper output, string headline, string body)
    {
        var a = ArticleExtractor.Extract("story.txt", headline + "\n\n" + body + "\n");
        foreach (var e in a.Events)
        {
            output.WriteLine(e.Code + " " + (e.Agent < 0 ? "-" : a.Actors[e.Agent].Name) + " [" + e.Trigger.Of(a.Text) + "]");
        }

        return a;
    }

    /// <summary>A story's events other than statements as "code agent" lines, written to the test output.</summary>
    public static string[] StoryCodes(Xunit.Abstractions.ITestOutputHelper output, string headline, string body)
    {
        var a = ArticleExtractor.Extract("story.txt", headline + "\n\n" + body + "\n");
        var codes = a.Events.Where(e => e.Root != "01").Select(e => e.Code + " " + (e.Agent < 0 ? "-" : a.Actors[e.Agent].Name)).ToArray();
        output.WriteLine(string.Join("\n", codes));
        return codes;
    }

    /// <summary>
    /// With every stage <paramref name="markup"/> codes nothing but statements; without <paramref name="stage"/> it codes
    /// <paramref name="expectedWithout"/> (the event the stage exists to stop).
    /// </summary>
    public static void StopsOnlyWith(Xunit.Abstractions.ITestOutputHelper output, string stage, string markup, string expectedWithout)
    {
        var all = EventStages.Default;
        var without = new EventStages(all.Words, all.Stages.Where(s => s.Name != stage).ToList());
        var with = Run(markup);
        var withoutResult = Run(markup, stages: without);
        output.WriteLine("with: " + with + "\nwithout " + stage + ": " + withoutResult);
        Xunit.Assert.DoesNotContain(with.Events, e => e.Root != "01");
        Xunit.Assert.Contains(expectedWithout, withoutResult.Lines());
    }

    /// <summary>A real event of the same shape stays: <paramref name="markup"/> codes an event of <paramref name="root"/>.</summary>
    public static void Keeps(Xunit.Abstractions.ITestOutputHelper output, string markup, string root)
    {
        var r = Run(markup);
        output.WriteLine(r.ToString());
        Xunit.Assert.Contains(r.Events, e => e.Root == root);
    }
}

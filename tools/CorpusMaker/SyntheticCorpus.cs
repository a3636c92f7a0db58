using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Newswire.Tools.CorpusMaker;

/// <summary>A synthetic article: file name and text.</summary>
public readonly record struct SyntheticArticle(string FileName, string Text);

/// <summary>Names to write about: people (with country and role), organizations, places, countries.</summary>
public sealed class ActorPool
{
    public ActorPool(string source, List<(string Name, string? Country, string? Role)> people, List<string> organizations, List<string> places, List<string> countries)
    {
        Source = source;
        People = people;
        Organizations = organizations;
        Places = places;
        Countries = countries;
    }

    public string Source { get; }

    public List<(string Name, string? Country, string? Role)> People { get; }

    public List<string> Organizations { get; }

    public List<string> Places { get; }

    public List<string> Countries { get; }

    /// <summary>Walks up from <paramref name="start"/> to the repository's built-in lexicon, or null.</summary>
    public static string? FindBuiltInLexicon(string start)
    {
        for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Newswire.Extraction", "Lexicons", "Data", "actors.tsv");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Reads the lexicon's P/O/L/C records (tab separated); falls back to a hand list.</summary>
    public static ActorPool Load(string? lexiconPath)
    {
        if (lexiconPath is null || !File.Exists(lexiconPath))
        {
            return HandList();
        }

        var people = new List<(string, string?, string?)>();
        var orgs = new List<string>();
        var places = new List<string>();
        var countries = new List<string>();
        foreach (var line in File.ReadLines(lexiconPath))
        {
            if (line.Length < 3 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 3 || f[2].Length == 0 || f[2].Length > 60)
            {
                continue;
            }

            var iso = f[1].Length == 0 ? null : f[1];
            switch (f[0])
            {
                case "P": people.Add((f[2], iso, f.Length > 3 && f[3].Length > 0 ? f[3] : null)); break;
                case "O": orgs.Add(f[2]); break;
                case "L": places.Add(f[2]); break;
                case "C": countries.Add(f[2]); break;
            }
        }

        if (people.Count < 20 || orgs.Count < 5 || places.Count < 5 || countries.Count < 5)
        {
            return HandList();
        }

        return new ActorPool(lexiconPath, people, orgs, places, countries);
    }

    private static ActorPool HandList() => new ActorPool(
        "hand list",
        new List<(string, string?, string?)>
        {
            ("Vladimir Putin", "RUS", "President"), ("Andrei Belousov", "RUS", "Defense Minister"), ("Sergei Lavrov", "RUS", "Foreign Minister"),
            ("Dmitry Peskov", "RUS", "Press Secretary"), ("Kassym-Jomart Tokayev", "KAZ", "President"), ("Emomali Rahmon", "TJK", "President"),
            ("Xi Jinping", "CHN", "President"), ("Wang Yi", "CHN", "Foreign Minister"), ("Narendra Modi", "IND", "Prime Minister"),
            ("Recep Tayyip Erdogan", "TUR", "President"), ("Emmanuel Macron", "FRA", "President"), ("Olaf Scholz", "DEU", "Chancellor"),
            ("Antony Blinken", "USA", "Secretary of State"), ("Joe Biden", "USA", "President"), ("Keir Starmer", "GBR", "Prime Minister"),
            ("Volodymyr Zelensky", "UKR", "President"), ("Alexander Lukashenko", "BLR", "President"), ("Shavkat Mirziyoyev", "UZB", "President"),
            ("Ilham Aliyev", "AZE", "President"), ("Nikol Pashinyan", "ARM", "Prime Minister"), ("Masoud Pezeshkian", "IRN", "President"),
            ("Antonio Guterres", null, "Secretary-General"), ("Ursula von der Leyen", null, "President"), ("Mark Rutte", null, "Secretary General"),
        },
        new List<string> { "United Nations", "European Union", "NATO", "Kremlin", "TASS", "Reuters", "Commonwealth of Independent States", "Shanghai Cooperation Organisation", "Southern Military District", "World Health Organization", "International Monetary Fund", "OPEC" },
        new List<string> { "Moscow", "Astana", "Dushanbe", "Rostov-on-Don", "Beijing", "Ankara", "Brussels", "Geneva", "Tashkent", "Baku", "Yerevan", "Minsk", "Kyiv", "Washington", "Paris", "Berlin", "London", "New Delhi", "Tehran" },
        new List<string> { "Russia", "Kazakhstan", "Tajikistan", "China", "India", "Turkey", "France", "Germany", "United States", "United Kingdom", "Ukraine", "Belarus", "Uzbekistan", "Azerbaijan", "Armenia", "Iran" });
}

/// <summary>
/// Deterministic (seeded) generator of news-like articles: varied layouts (plain, outlet/section lines,
/// front matter, dateline), paragraphs separated by blank lines or single line breaks, lengths from
/// <c>minKb</c> to <c>maxKb</c> (log-normal around ~4 KB), actors drawn with a skewed distribution so
/// the same people, places and organizations recur across articles.
/// </summary>
public sealed class SyntheticCorpus
{
    private static readonly string[] Outlets = { "TASS", "Reuters", "Associated Press", "Miami News, KMIA", "Agence France-Presse", "Xinhua", "The Daily Ledger", "Interfax", "BBC News", "Al Jazeera" };
    private static readonly string[] Sections = { "World News", "Politics", "Business", "Defense", "Diplomacy", "Europe", "Asia", "Energy" };
    private static readonly string[] Days = { "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday", "earlier that morning", "late on Thursday", "next week", "on October 10", "last month" };
    private static readonly string[] Topics = { "energy cooperation", "border security", "trade tariffs", "the grain corridor", "military exercises", "nuclear talks", "a new pipeline", "sanctions relief", "regional stability", "humanitarian aid", "a prisoner exchange", "visa rules" };
    private static readonly string[] Headlines =
    {
        "{P} Visits {L} for Talks on {T}", "{P} Meets {P2} as {C} Seeks Deal on {T}", "{O} Warns {C} Over {T}",
        "{C} and {C2} Agree to Expand {T}", "{P} Says {O} Must Act on {T}", "Talks in {L} End Without Agreement on {T}",
        "{O} Summit in {L} Focuses on {T}", "{P} Criticizes {O} Ahead of Vote on {T}",
    };

    private static readonly string[] Sentences =
    {
        "{P} met {P2} in {L} {D} to discuss {T}.",
        "{P}, the {R}, said {C} was ready to expand {T} with {C2}.",
        "According to {O}, the talks between {C} and {C2} will resume in {L} {D}.",
        "{O} criticized {C} over its handling of {T}, a spokesman told reporters.",
        "{P} is expected to visit {L} {D} for a summit of {O}.",
        "Officials in {L} accused {O} of delaying {T}.",
        "{P2} praised the agreement, calling it a step toward {T}.",
        "{C} signed a memorandum with {C2} on {T} {D}.",
        "The {R} of {C}, {P}, thanked {P2} for the invitation.",
        "{O} announced it would send observers to {L}.",
        "Protesters gathered outside the {O} offices in {L} {D}.",
        "{P} threatened to impose sanctions on {C2} if {T} stalled.",
        "Analysts said the visit underscored how much {C} depends on {T}, and how little room {P} has to maneuver.",
        "The meeting, which lasted nearly three hours, covered {T} as well as questions of regional security.",
        "Neither side published a joint statement, though both described the discussions as constructive.",
        "Diplomats cautioned that any agreement on {T} would need the approval of parliament.",
        "The delegation later travelled to {L}, where it toured an industrial site and met local officials.",
        "In a televised address, {P} promised that {C} would honor its commitments.",
    };

    private readonly ActorPool _pool;
    private readonly Random _random;
    private readonly double _minBytes;
    private readonly double _maxBytes;
    private int _n;

    public SyntheticCorpus(ActorPool pool, int seed = 42, double minKb = 1, double maxKb = 12)
    {
        _pool = pool;
        _random = new Random(seed);
        _minBytes = minKb * 1024;
        _maxBytes = maxKb * 1024;
    }

    /// <summary>Writes <paramref name="count"/> articles in memory.</summary>
    public List<SyntheticArticle> Take(int count)
    {
        var list = new List<SyntheticArticle>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(Next());
        }

        return list;
    }

    /// <summary>The next article.</summary>
    public SyntheticArticle Next()
    {
        var n = _n++;
        var r = _random;

        // A cast of 3-8 actors, mostly drawn from the head of each list so they recur across articles.
        var people = Pick(_pool.People, 2 + r.Next(4));
        var orgs = Pick(_pool.Organizations, 1 + r.Next(2));
        var places = Pick(_pool.Places, 1 + r.Next(2));
        var countries = Pick(_pool.Countries, 2);
        var topic = Topics[r.Next(Topics.Length)];

        string Fill(string template)
        {
            var p = people[r.Next(people.Count)];
            var p2 = people[r.Next(people.Count)];
            if (p2.Name == p.Name && people.Count > 1)
            {
                p2 = people[(people.IndexOf(p) + 1) % people.Count];
            }

            return template
                .Replace("{P2}", p2.Name).Replace("{P}", p.Name).Replace("{R}", p.Role ?? "spokesman")
                .Replace("{O}", orgs[r.Next(orgs.Count)]).Replace("{L}", places[r.Next(places.Count)])
                .Replace("{C2}", countries[1]).Replace("{C}", countries[0])
                .Replace("{D}", Days[r.Next(Days.Length)]).Replace("{T}", r.Next(3) == 0 ? Topics[r.Next(Topics.Length)] : topic);
        }

        var title = Capitalize(Fill(Headlines[r.Next(Headlines.Length)]));
        var date = new DateTime(2023, 1, 1).AddDays(r.Next(730));
        var outlet = Outlets[r.Next(Outlets.Length)];
        var target = Math.Min(_maxBytes, Math.Max(_minBytes, Math.Exp(Math.Log(3500) + (Gaussian() * 0.5))));

        var paragraphs = new List<string>();
        var size = 0;
        while (size < target || paragraphs.Count < 2)
        {
            var sb = new StringBuilder();
            var sentences = 2 + r.Next(4);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(Fill(Sentences[r.Next(Sentences.Length)]));
            }

            paragraphs.Add(sb.ToString());
            size += sb.Length + 2;
        }

        var layout = r.Next(4);
        var blankLines = layout != 0 && r.Next(3) != 0;
        var text = new StringBuilder((int)target + 512);
        switch (layout)
        {
            case 0: // headline line, paragraphs one per line (the first seed's layout)
                text.Append(title).Append('\n');
                break;
            case 1: // outlet and section lines, then the headline (the second seed's layout)
                text.Append(outlet).Append('\n').Append(Sections[r.Next(Sections.Length)]).Append("\n\n").Append(title).Append("\n\n");
                break;
            case 2: // front matter
                text.Append("---\n")
                    .Append("title: ").Append(title).Append('\n')
                    .Append("date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
                    .Append("outlet: ").Append(outlet).Append('\n');
                if (r.Next(2) == 0)
                {
                    text.Append("section: ").Append(Sections[r.Next(Sections.Length)]).Append('\n');
                }

                if (r.Next(4) == 0)
                {
                    text.Append("id: story-").Append(n.ToString("D6", CultureInfo.InvariantCulture)).Append('\n');
                }

                text.Append("---\n\n");
                break;
            default: // headline, byline, dateline in the lede
                text.Append(title).Append("\n\nBy Staff Reporter\n\n");
                paragraphs[0] = places[0].ToUpperInvariant() + ", " + date.ToString("MMM d", CultureInfo.InvariantCulture) + " (" + outlet + ") - " + paragraphs[0];
                break;
        }

        for (var i = 0; i < paragraphs.Count; i++)
        {
            text.Append(paragraphs[i]).Append(blankLines ? "\n\n" : "\n");
        }

        var file = n.ToString("D6", CultureInfo.InvariantCulture) + "_" + Slug(title) + ".txt";
        return new SyntheticArticle(file, text.ToString());
    }

    private List<T> Pick<T>(List<T> from, int count)
    {
        var picked = new List<T>(count);
        for (var guard = 0; picked.Count < count && guard < count * 10; guard++)
        {
            // Skewed: u^3 puts most picks among the first entries (the lexicon lists prominent actors first).
            var u = _random.NextDouble();
            var item = from[(int)(u * u * u * from.Count)];
            if (!picked.Contains(item))
            {
                picked.Add(item);
            }
        }

        return picked;
    }

    private double Gaussian()
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);

    private static string Slug(string title)
    {
        var sb = new StringBuilder();
        foreach (var c in title)
        {
            if (sb.Length >= 40)
            {
                break;
            }

            if (c < 128 && char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[sb.Length - 1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().TrimEnd('-');
    }
}

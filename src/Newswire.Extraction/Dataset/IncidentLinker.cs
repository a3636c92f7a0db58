using System;
using System.Collections.Generic;
using System.Globalization;
using Newswire.Extraction.Lexicons;

namespace Newswire.Extraction.Dataset;

/// <summary>What the incident linker needs of one event: identities, not text.</summary>
public readonly struct IncidentInput
{
    /// <summary>Creates an input.</summary>
    /// <param name="article">Index of the event's article.</param>
    /// <param name="code">CAMEO code.</param>
    /// <param name="agentKey">Identity of the agent (see <see cref="IncidentLinker.Identity"/>).</param>
    /// <param name="targetKey">Identity of the first counterpart, or null.</param>
    /// <param name="placeKey">Key of the location, or null.</param>
    /// <param name="placeCountry">Country of the location, or null.</param>
    /// <param name="date">The event's normalised date (yyyy-MM-dd), else the article's date, or null.</param>
    public IncidentInput(int article, string code, string agentKey, string? targetKey, string? placeKey, string? placeCountry, string? date)
    {
        Article = article;
        Code = code;
        AgentKey = agentKey;
        TargetKey = targetKey;
        PlaceKey = placeKey;
        PlaceCountry = placeCountry;
        Date = date;
    }

    /// <summary>Index of the event's article.</summary>
    public int Article { get; }

    /// <summary>CAMEO code.</summary>
    public string Code { get; }

    /// <summary>Dataset-wide key of the agent.</summary>
    public string AgentKey { get; }

    /// <summary>Key of the first counterpart, or null.</summary>
    public string? TargetKey { get; }

    /// <summary>Key of the location, or null.</summary>
    public string? PlaceKey { get; }

    /// <summary>Country of the location, or null.</summary>
    public string? PlaceCountry { get; }

    /// <summary>yyyy-MM-dd, or null.</summary>
    public string? Date { get; }
}

/// <summary>
/// One happening, however many articles report it: events that share the CAMEO root, the agent and target
/// identities, a compatible place (the same place, the same country, or one side unknown) and dates within a
/// window of the incident's first date. GDELT counts reports as events (one kidnapping counted hundreds of
/// times); this links them instead. Near-linear: events are bucketed by root, agent and target, then each
/// bucket is swept in date order against the few incidents still open; no pair of events is compared across
/// buckets. Events with no date join only reports from their own article.
/// </summary>
public static class IncidentLinker
{
    /// <summary>
    /// The identity an actor has when events are linked: a state speaks through its name, its capital, its
    /// government bodies and its forces ("Russia", "Moscow", "Russian forces", "the Kremlin" are one side), so an
    /// organization or group with a country, the country itself and its capital are the country; a person, a city
    /// and anything without a country keep their own key ("shelled Kharkiv" and "shelled Odesa" stay apart).
    /// </summary>
    public static string Identity(ActorKind kind, string key, string name, string? country)
    {
        if (country == null || kind == ActorKind.Person)
        {
            return key;
        }

        if (kind == ActorKind.Organization || Capitals.IsCountryOrCapital(name, country))
        {
            return "C:" + country;
        }

        return key;
    }

    /// <summary>Default window: one day either side of the incident's date.</summary>
    public const int DefaultWindowDays = 1;

    /// <summary>
    /// Groups <paramref name="events"/> into incidents. Each incident is the ascending list of its events' indexes;
    /// incidents are ordered by their first event, and every event is in exactly one.
    /// </summary>
    public static List<int[]> Link(IReadOnlyList<IncidentInput> events, int windowDays = DefaultWindowDays)
    {
        var order = Buckets(events);
        var groups = new List<List<int>>(events.Count);
        var days = new int[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            days[i] = Day(events[i].Date);
        }

        var open = new List<Open>();
        var undated = new Dictionary<int, Open>();
        foreach (var bucket in order)
        {
            if (bucket.Count == 1)
            {
                groups.Add(bucket);
                continue;
            }

            Sweep(events, bucket, days, windowDays, groups, open, undated);
        }

        var result = new List<int[]>(groups.Count);
        foreach (var g in groups)
        {
            var members = g.ToArray();
            Array.Sort(members);
            result.Add(members);
        }

        result.Sort((a, b) => a[0].CompareTo(b[0]));
        return result;
    }

    // Events by CAMEO root, agent and target, in order of first appearance: only events of one bucket may link.
    private static List<List<int>> Buckets(IReadOnlyList<IncidentInput> events)
    {
        var buckets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<List<int>>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var root = e.Code.Length >= 2 ? e.Code.Substring(0, 2) : e.Code;
            var key = root + "\u0001" + e.AgentKey + "\u0001" + (e.TargetKey ?? "");
            if (!buckets.TryGetValue(key, out var list))
            {
                list = new List<int>(1);
                buckets.Add(key, list);
                order.Add(list);
            }

            list.Add(i);
        }

        return order;
    }

    // One bucket in date order against the incidents still open; adds each incident it starts to groups.
    private static void Sweep(IReadOnlyList<IncidentInput> events, List<int> bucket, int[] days, int windowDays, List<List<int>> groups, List<Open> open, Dictionary<int, Open> undated)
    {
        // Dated events in date order (ties by input order); undated ones after them.
        bucket.Sort((a, b) =>
        {
            var c = days[a].CompareTo(days[b]);
            return c != 0 ? c : a.CompareTo(b);
        });

        open.Clear();
        undated.Clear();
        foreach (var i in bucket)
        {
            var e = events[i];
            var day = days[i];
            Open? home = null;
            if (day == Undated)
            {
                // Nothing says two undated stories tell the same day: only reports of one article join.
                if (undated.TryGetValue(e.Article, out var same) && PlaceFits(same, e))
                {
                    home = same;
                }
            }
            else
            {
                for (var k = open.Count - 1; k >= 0; k--)
                {
                    var o = open[k];
                    if (day - o.Day > windowDays)
                    {
                        // Sorted by date: this incident can take no later event.
                        open.RemoveAt(k);
                        continue;
                    }

                    if (PlaceFits(o, e))
                    {
                        home = o;
                        break;
                    }
                }
            }

            if (home == null)
            {
                home = new Open(day);
                groups.Add(home.Members);
                if (day == Undated)
                {
                    undated[e.Article] = home;
                }
                else
                {
                    open.Add(home);
                }
            }

            home.Add(i, e);
        }
    }

    private const int Undated = int.MaxValue;

    private static bool PlaceFits(Open o, in IncidentInput e)
    {
        if (o.PlaceKey == null || e.PlaceKey == null || string.Equals(o.PlaceKey, e.PlaceKey, StringComparison.Ordinal))
        {
            return true;
        }

        return o.PlaceCountry != null && string.Equals(o.PlaceCountry, e.PlaceCountry, StringComparison.Ordinal);
    }

    /// <summary>Days since 0001-01-01 of a yyyy-MM-dd date, or <see cref="Undated"/>.</summary>
    internal static int Day(string? date)
    {
        if (date != null && DateTime.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return (int)(d.Ticks / TimeSpan.TicksPerDay);
        }

        return Undated;
    }

    private sealed class Open
    {
        public Open(int day)
        {
            Day = day;
        }

        public readonly int Day;
        public readonly List<int> Members = new List<int>(2);
        public string? PlaceKey;
        public string? PlaceCountry;

        public void Add(int index, in IncidentInput e)
        {
            Members.Add(index);
            if (PlaceKey == null && e.PlaceKey != null)
            {
                PlaceKey = e.PlaceKey;
                PlaceCountry = e.PlaceCountry;
            }
        }
    }
}

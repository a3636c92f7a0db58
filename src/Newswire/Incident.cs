using System;
using System.Collections.Generic;

namespace Newswire;

/// <summary>
/// One happening and every article that reports it: events of the same CAMEO root with the same agent and target,
/// a compatible place and dates within a day of each other are one incident (see
/// <c>Newswire.Extraction.Dataset.IncidentLinker</c>). Count incidents, not reports, when you build an index.
/// </summary>
public sealed class Incident
{
    internal Incident(string id, IReadOnlyList<Event> reports)
    {
        Id = id;
        Reports = reports;
        var first = reports[0];
        Code = first.Code;
        Agent = first.Agent;
        Target = first.Counterparts.Count > 0 ? first.Counterparts[0] : null;
        foreach (var r in reports)
        {
            Location ??= r.Location;
            if (r.Date is DateTime d && (Date is null || d < Date))
            {
                Date = d;
            }
        }
    }

    /// <summary>Dataset-wide id ("I1", "I2", … in order of the first report).</summary>
    public string Id { get; }

    /// <summary>The CAMEO code of the first report (reports share the root, not always the full code).</summary>
    public string Code { get; }

    /// <summary>The CAMEO root shared by every report.</summary>
    public string RootCode => Code.Length >= 2 ? Code.Substring(0, 2) : Code;

    /// <summary>Who acted.</summary>
    public Actor Agent { get; }

    /// <summary>Who was acted upon (the first counterpart of the reports), or null.</summary>
    public Actor? Target { get; }

    /// <summary>Where, from the first report that names a place, or null.</summary>
    public Actor? Location { get; }

    /// <summary>The earliest date of the reports, or null.</summary>
    public DateTime? Date { get; }

    /// <summary>Every report: the event of each article and sentence telling this happening (article order).</summary>
    public IReadOnlyList<Event> Reports { get; }

    /// <summary>The distinct articles reporting it.</summary>
    public int ArticleCount
    {
        get
        {
            var seen = new HashSet<Article>();
            foreach (var r in Reports)
            {
                seen.Add(r.Article);
            }

            return seen.Count;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Id + " " + Code + " " + Agent.Name + (Target is null ? "" : " -> " + Target.Name) + " (" + Reports.Count + (Reports.Count == 1 ? " report)" : " reports)");
}

using System;
using System.Collections.Generic;
using System.IO;
using Newswire.Extraction;
using Newswire.Extraction.Dataset;
using Newswire.Extraction.Model;

namespace Newswire.Cli;

/// <summary>The articles named on the command line, extracted and planned like the generator does.</summary>
internal sealed class Corpus
{
    private Corpus(List<ExtractedArticle> articles, DatasetPlan plan)
    {
        Articles = articles;
        Plan = plan;
    }

    public List<ExtractedArticle> Articles { get; }

    public DatasetPlan Plan { get; }

    /// <summary>Files of <paramref name="paths"/>: files as given, folders' *.txt recursively in ordinal order.</summary>
    public static List<string> ResolveFiles(IReadOnlyList<string> paths, TextWriter errors, out bool ok)
    {
        ok = true;
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = new List<string>(Directory.GetFiles(path, "*.txt", SearchOption.AllDirectories));
                found.Sort(StringComparer.Ordinal);
                files.AddRange(found);
                if (found.Count == 0)
                {
                    // What the compiler says as NEWS014, for a folder named on the command line.
                    errors.WriteLine("newswire: warning NEWS014: no article in " + path + " (articles are *.txt files, in the folder or below it)");
                }
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                errors.WriteLine("newswire: no such file or folder: " + path);
                ok = false;
            }
        }

        return files;
    }

    public static Corpus Load(IReadOnlyList<string> files, ExtractionOptions options, TextWriter errors, Action<int, int>? progress)
    {
        var articles = new List<ExtractedArticle>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            string text;
            try
            {
                text = ArticleText.Decode(File.ReadAllBytes(files[i]));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                errors.WriteLine(files[i] + ": error NEWS008: The article file could not be read: " + e.Message);
                continue;
            }

            if (ArticleText.IsBinary(text))
            {
                // The compiler refuses such a file too; say the same thing it does.
                errors.WriteLine(files[i] + "(1,1): warning NEWS008: " + Extraction.Diagnostics.DiagnosticCatalog.UnreadableArticle.Format("it looks binary (two NUL characters in a row); articles must be text"));
                continue;
            }

            articles.Add(ArticleExtractor.Extract(files[i], text, options));
            progress?.Invoke(i + 1, files.Count);
        }

        var entries = new List<ArticleEntry>(articles.Count);
        foreach (var a in articles)
        {
            var actors = new List<ActorEntry>(a.Actors.Count);
            foreach (var actor in a.Actors)
            {
                actors.Add(new ActorEntry(actor.Key, actor.Name, actor.Kind, actor.Country, actor.Roles, actor.Aliases));
            }

            entries.Add(new ArticleEntry(a.Path, a.Id, a.Title, a.Layout.Get("id") != null, actors));
        }

        return new Corpus(articles, DatasetPlanner.Plan(entries));
    }

    private List<CorpusIncident>? _incidents;

    /// <summary>One incident per happening across the articles (see <see cref="IncidentLinker"/>), computed on first use.</summary>
    public List<CorpusIncident> Incidents => _incidents ??= LinkIncidents();

    private List<CorpusIncident> LinkIncidents()
    {
        var refs = new List<(int Article, int Event)>();
        var inputs = new List<IncidentInput>();
        for (var a = 0; a < Articles.Count; a++)
        {
            var article = Articles[a];
            for (var i = 0; i < article.Events.Count; i++)
            {
                var e = article.Events[i];
                string? Key(int actor) => actor >= 0 && actor < article.Actors.Count ? article.Actors[actor].Key : null;
                string? Id(int actor) => actor >= 0 && actor < article.Actors.Count
                    ? IncidentLinker.Identity(article.Actors[actor].Kind, article.Actors[actor].Key, article.Actors[actor].Name, article.Actors[actor].Country)
                    : null;
                refs.Add((a, i));
                inputs.Add(new IncidentInput(
                    a, e.Code, Id(e.Agent) ?? "", e.Counterparts.Count > 0 ? Id(e.Counterparts[0]) : null, Key(e.Location),
                    e.Location >= 0 && e.Location < article.Actors.Count ? article.Actors[e.Location].Country : null, e.Date ?? article.Published));
            }
        }

        var result = new List<CorpusIncident>();
        foreach (var group in IncidentLinker.Link(inputs))
        {
            var reports = new (int Article, int Event)[group.Length];
            for (var k = 0; k < group.Length; k++)
            {
                reports[k] = refs[group[k]];
            }

            result.Add(new CorpusIncident("I" + (result.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), reports));
        }

        return result;
    }

    /// <summary>The dataset-wide id of an article's actor.</summary>
    public string ActorId(ExtractedArticle article, int index) =>
        index >= 0 && index < article.Actors.Count ? Plan.Actors[Plan.ActorIndex[article.Actors[index].Key]].Identifier : "";
}

/// <summary>One incident of the CLI's corpus: its id and its reports as (article index, event index) pairs.</summary>
internal sealed class CorpusIncident
{
    public CorpusIncident(string id, (int Article, int Event)[] reports)
    {
        Id = id;
        Reports = reports;
    }

    public string Id { get; }

    public (int Article, int Event)[] Reports { get; }
}

using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Tests.Infrastructure;

/// <summary>
/// How <c>../shared/eval/score.py</c> compares names in a gold file of the seeds format, for the check sets that
/// use that format (the wire checks): the scorer's normalisation and an actor's set of names.
/// </summary>
internal static class SeedsGold
{
    /// <summary>score.py's norm: NFKC, straight quotes and dashes, no "'s", no leading "the", lower case, trimmed.</summary>
    public static string Norm(string? s)
    {
        if (s == null)
        {
            return "";
        }

        s = s.Normalize(NormalizationForm.FormKC).Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u2013', '-').Replace('\u2014', '-');
        s = Regex.Replace(s, @"'s\b", "");
        s = Regex.Replace(s, @"\s+", " ").Trim().ToLowerInvariant();
        s = Regex.Replace(s, "^the ", "");
        return s.Trim(' ', '.', ',', ';', ':');
    }

    /// <summary>A gold actor's name and aliases, normalised.</summary>
    public static HashSet<string> NamesOf(JsonElement goldActor)
    {
        var names = new HashSet<string> { Norm(goldActor.GetProperty("name").GetString()) };
        if (goldActor.TryGetProperty("aliases", out var aliases))
        {
            names.UnionWith(aliases.EnumerateArray().Select(a => Norm(a.GetString())));
        }

        names.Remove("");
        return names;
    }

    /// <summary>An extracted actor's name and aliases, normalised.</summary>
    public static HashSet<string> NamesOf(ExtractedActor actor)
    {
        var names = new HashSet<string>(actor.Aliases.Select(Norm)) { Norm(actor.Name) };
        names.Remove("");
        return names;
    }
}

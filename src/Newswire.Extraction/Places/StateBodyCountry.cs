using System;
using System.Collections.Generic;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Places;

/// <summary>
/// "RIVERTON (Wire) - The Interior Ministry said ...": an organization named only by a state body and its function
/// ("Interior Ministry", "National Police", "Ministry of Foreign Affairs"; the word table below) and with no country
/// of its own takes the country of a story whose places (dateline included) and country-named actors ("Peru raised
/// tariffs") all lie in one country. Two countries, or none, leave it without one: a ministry in a story about two
/// states may be either's. Runs after the places are resolved.
/// </summary>
internal static class StateBodyCountry
{
    private const byte Head = 1;
    private const byte Function = 2;

    // A state body's head word, and the only other words its name may have.
    private static readonly TermTable<byte> Words = Table(
        "ministry police army navy gendarmerie",
        "interior foreign affairs defence defense health finance justice education agriculture economy trade industry " +
        "energy environment transport labour labor information culture home national federal state border riot " +
        "military security public internal emergency emergencies the of and &");

    public static void Apply(IReadOnlyList<ExtractedActor> actors)
    {
        // Most stories have no such body: look for one first (a word lookup or two per organization).
        var bodies = false;
        foreach (var a in actors)
        {
            bodies |= IsUnqualifiedBody(a);
        }

        if (!bodies)
        {
            return;
        }

        string? only = null;
        foreach (var a in actors)
        {
            if (a.Country != null && (a.Kind == ActorKind.Location || (a.Kind != ActorKind.Person && Lexicons.Capitals.IsCountryOrCapital(a.Name, a.Country))))
            {
                if (only != null && only != a.Country)
                {
                    return;
                }

                only = a.Country;
            }
        }

        if (only == null)
        {
            return;
        }

        foreach (var a in actors)
        {
            if (IsUnqualifiedBody(a))
            {
                a.Country = only;
            }
        }
    }

    /// <summary>An organization with no country whose name is a state-body head and function words only.</summary>
    internal static bool IsUnqualifiedBody(ExtractedActor a)
    {
        if (a.Kind != ActorKind.Organization || a.Country != null)
        {
            return false;
        }

        // Word by word, without splitting the name.
        var name = a.Name;
        var head = false;
        for (var start = 0; start < name.Length;)
        {
            var end = name.IndexOf(' ', start);
            end = end < 0 ? name.Length : end;
            if (!Words.TryGet(name, start, end - start, TermKey.Hash(name, start, end - start), out var kind))
            {
                return false;
            }

            head |= kind == Head;
            start = end + 1;
        }

        return head;
    }

    private static TermTable<byte> Table(string heads, string functions)
    {
        var table = new TermTable<byte>(64);
        foreach (var w in functions.Split(' '))
        {
            table.Set(w, Function);
        }

        foreach (var w in heads.Split(' '))
        {
            table.Set(w, Head);
        }

        return table;
    }
}

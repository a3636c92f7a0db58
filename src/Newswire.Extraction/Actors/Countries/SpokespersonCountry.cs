using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Actors.Countries;

/// <summary>
/// "Freedonia's Foreign Office rejected the charge. Spokeswoman Ada Brelik said ...": a spokesperson titled by the
/// role alone speaks for the state body named last before her, in her sentence or the one before, and takes its
/// country. Only a national body or a country acting as a state (a company's spokesman may come from anywhere), and
/// only when no other organization is named in between.
/// </summary>
internal static class SpokespersonCountry
{
    private static readonly TermTable<bool> SpokesWords = TermTables.Words("spokesman", "spokeswoman", "spokesperson");

    /// <summary>The country of the body person mention <paramref name="k"/> speaks for, or null.</summary>
    public static string? Of(TokenizedText text, ActorExtractionResult actors, int k)
    {
        var mention = actors.Mentions[k];
        if (!IsSpokesperson(actors.Actors[mention.Actor]))
        {
            return null;
        }

        var sentence = text.SentenceOf(mention.FirstToken);
        var from = sentence > 0 ? text.Sentences[sentence - 1].FirstToken : text.Sentences[sentence].FirstToken;
        for (var j = k - 1; j >= 0 && actors.Mentions[j].FirstToken >= from; j--)
        {
            var body = actors.Actors[actors.Mentions[j].Actor];
            if (body.Kind == ActorKind.Organization)
            {
                return body.Country != null && IsStateBody(body) ? body.Country : null;
            }
        }

        return null;
    }

    private static bool IsSpokesperson(ExtractedActor person)
    {
        if (person.Roles.Count != 1)
        {
            return false;
        }

        var role = person.Roles[0];
        return SpokesWords.TryGet(role, 0, role.Length, TermKey.Hash(role, 0, role.Length), out _);
    }

    private static bool IsStateBody(ExtractedActor body) =>
        OfficeCountry.IsNationalBody(body.Name) || MinistryNames.Is(body.Name) || Capitals.IsCountryOrCapital(body.Name, body.Country!);
}

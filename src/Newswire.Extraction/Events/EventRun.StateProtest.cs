using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// "Greece protested to Turkey", "Moscow protested the seizure": a state that protests lodges an official complaint
// (114); it does not march (141). A crowd's protest is coded for its country too ("students in Nairobi protested"),
// so only a country or capital named right before the verb is taken for the state, or a government body's head word
// ("Cameroon's foreign ministry protested to Nigeria"; "ministry workers protested" keeps its march). Reads the
// subject; changes the code.
internal sealed partial class EventRun
{
    // Heads of a subject that is the state itself, not a crowd of its people (police and soldiers may march).
    private static readonly string[] ProtestingStateHeads = { "ministry", "government", "embassy", "cabinet", "presidency" };

    private string? StateProtest(string? code, int verb)
    {
        if (code == null || code[0] != '1' || code[1] != '4')
        {
            return code;
        }

        if (StateHeadRightBefore(verb))
        {
            return "114";
        }

        var agent = SubjectNamedRightBefore(verb);
        if (agent < 0)
        {
            return code;
        }

        var actor = _actorList[agent];
        var country = actor.Country;
        var state = country != null
            && (ForceCountry.OfCountry(_actors, country) == agent || Lexicons.Capitals.IsCapital(actor.Name, country));
        return state ? "114" : code;
    }

    private bool StateHeadRightBefore(int verb)
    {
        var before = (Class(verb - 1) & WordClass.Adverb) != 0 ? verb - 2 : verb - 1;
        while (before > _s0 && InTime(before) && _mentionAt.At(before) < 0)
        {
            before--;
        }

        if (before < _s0 || _tokens[before].Kind != TokenKind.Word)
        {
            return false;
        }

        ref readonly var t = ref _tokens[before];
        foreach (var head in ProtestingStateHeads)
        {
            if (t.Length == head.Length && string.Compare(_s, t.Start, head, 0, head.Length, System.StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The actor of a mention heading the subject right before the verb (one adverb or a time phrase may stand between), not after a
    /// preposition; -1 when there is none.
    /// </summary>
    private int SubjectNamedRightBefore(int verb)
    {
        var before = (Class(verb - 1) & WordClass.Adverb) != 0 ? verb - 2 : verb - 1;

        // "The Philippines on Monday protested": a time phrase may stand there too.
        while (before > _s0 && InTime(before) && _mentionAt.At(before) < 0)
        {
            before--;
        }

        var m = before >= _s0 ? _mentionAt.At(before) : -1;
        if (m < 0)
        {
            return -1;
        }

        // "supporters in Caracas protested", "residents of Nairobi": the name only modifies the subject's head.
        var wc = Class(_mentions[m].FirstToken - 1);
        return (wc & WordClass.Preposition) == 0 || (wc & WordClass.Subordinator) != 0 ? _mentions[m].Actor : -1;
    }
}

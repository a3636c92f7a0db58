using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// "Moscow said Kyiv must withdraw its troops", "the ministry said Israel should leave Rafah": what a speaker says another
// actor must do is the speaker's demand of that actor (CAMEO 10; "should", an appeal, 02), not the other's act reported.
// Only between actors of different countries (or with no country): "Putin said Russia must rebuild its army" is a
// statement of intent, left as it is.
internal sealed partial class EventRun
{
    /// <summary>
    /// Turns <paramref name="inner"/>, an act <paramref name="speakerAgent"/> reports, into the speaker's demand coded
    /// <paramref name="code"/> (<see cref="ObligationCode"/> of its verb; null: it is no obligation).
    /// </summary>
    private void ReportedObligation(int speakerAgent, EventDraft inner, string? code)
    {
        if (code == null || speakerAgent < 0 || inner.Agent < 0 || inner.Agent == speakerAgent || inner.Passive || inner.FromNoun)
        {
            return;
        }

        var speaker = _actors.Actors[speakerAgent].Country;
        var subject = _actors.Actors[inner.Agent].Country;
        if (speaker != null && speaker == subject)
        {
            return;
        }

        var addressee = inner.Agent;
        inner.Counterparts.Clear();
        inner.Counterparts.Add(addressee);
        inner.Agent = speakerAgent;
        inner.Code = code;
        inner.Modality = EventModality.Happened;
    }

    // "must", "has to" / "have to" right before the verb: a demand; "should": an appeal.
    private string? ObligationCode(int verb)
    {
        var m = verb - 1;
        if (m <= _s0 || _tokens[m].Kind != TokenKind.Word)
        {
            return null;
        }

        if (_text.Is(m, "must"))
        {
            return "100";
        }

        if (_text.Is(m, "should"))
        {
            return "020";
        }

        return _text.Is(m, "to") && (_text.Is(m - 1, "has") || _text.Is(m - 1, "have")) ? "100" : null;
    }
}

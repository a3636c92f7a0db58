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

    /// <summary>
    /// "'Armenia must withdraw its soldiers,' Azerbaijan's minister said": an obligation told before the closing speech
    /// verb is the speaker's demand as one told after it is. What someone says an actor "should" do that is left no
    /// demand (the speaker is no actor or of the same side: "some lawmakers say Poland should expel diplomats") is
    /// advice, not an act of that actor.
    /// </summary>
    private void ClosingObligations(int firstEvent)
    {
        for (var i = firstEvent; i < _events.Count; i++)
        {
            var e = _events[i];
            if (e.Dropped || e.Code.StartsWith("01", System.StringComparison.Ordinal) || ObligationCode(e.Trigger) is not { } code)
            {
                continue;
            }

            if (_speaker >= 0 && e.Code != code)
            {
                ReportedObligation(_speaker, e, code);
            }

            e.Dropped |= code == "020" && e.Code != code;
        }
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

using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

// Noun readings of verb forms the trigger search asks about (IsPresentVerb): words that are a verb and a plural noun.
internal sealed partial class EventRun
{
    // "Tigray forces sign peace deal": a unit word ("forces", "troops") after a name is the subject's noun, not the
    // verb, unless an object follows it ("Israel forces Hamas to ...", "forces the army to").
    private bool UnitNounBeforeVerb(int i, VerbFormKind form)
    {
        var n = i + 1;
        return form == VerbFormKind.ThirdPerson && (_stageBits[i - _s0] & StageSet.ArmedUnit) != 0 && n < _s1
               && _tokens[n].Kind == TokenKind.Word && _tokens[n].IsLower && _mentionAt.At(n) < 0
               && (Class(n) & (WordClass.Determiner | WordClass.SubjectPronoun)) == 0 && !_text.Is(n, "them") && !_text.Is(n, "him");
    }
}

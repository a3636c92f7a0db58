namespace Newswire.Extraction.Events;

// Phase 2b, verb agents: a subject that is a person no one named.
internal sealed partial class EventRun
{
    /// <summary>
    /// "Police said he attacked her with a machete": a "he"/"she" right before the verb (auxiliaries and adverbs
    /// between) that named no actor is an unnamed person, not the forces or the crowd of the clause: the act gets
    /// no borrowed agent. Called only when the subject search found none.
    /// </summary>
    private bool UnnamedPersonSubject(int verb)
    {
        const WordClass Between = WordClass.HaveAux | WordClass.BeAux | WordClass.Modal | WordClass.Adverb | WordClass.Negation;
        var p = verb - 1;
        for (var k = 0; k < 2 && p > _s0 && (Class(p) & Between) != 0; k++)
        {
            p--;
        }

        return p >= _s0 && (Is(p, K.He) || Is(p, K.She));
    }
}

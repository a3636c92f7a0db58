namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// An order a government gives its own forces or offices is no demand between actors: "the president ordered the
/// army and coast guard to deliver food", "the premier instructed ministries to cut spending". Rejects a demand
/// (root 10) by an order verb (<c>[order-verb]</c>) with no counterpart of another country whose object, right after
/// the trigger, is a state force or body named by function (<c>[security-force]</c>, <c>[armed-unit]</c>,
/// <c>[state-body]</c>) or the state's own people (<c>[own-body]</c>: "ordered authorities to evacuate residents",
/// "ordered the service chiefs to relocate"); a named object ("ordered Ruritanian troops to leave") keeps the demand, and so does a demand
/// of a party ("the opposition demanded prosecutors act"). What the order asks for is coded on its own.
/// </summary>
internal sealed class OwnForcesOrderStage : IEventStage
{
    // "the", "his", "all": a determiner and at most one modifier before the force word ("the national police").
    private const int Reach = 4;

    private const StageSet Servants = StageSet.SecurityForce | StageSet.ArmedUnit | StageSet.StateBody | StageSet.OwnBody;

    public string Name => "own-forces-order";

    public bool Rejects(EventContext c) =>
        c.Root == 10 && c.Has(c.Trigger, StageSet.OrderVerb) && !c.FromNoun && !c.Passive && !HasForeignCounterpart(c) && OwnServantObject(c);

    private static bool HasForeignCounterpart(EventContext c)
    {
        var own = c.AgentActor.Country;
        foreach (var a in c.Counterparts)
        {
            // A place ("send teams to Quang Ngai province") is where the order sends them, not who is ordered.
            var actor = c.Actors.Actors[a];
            var country = actor.Country;
            if (actor.Kind != ActorKind.Location && (country == null || country != own))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OwnServantObject(EventContext c)
    {
        for (var i = c.TriggerEnd; i < c.TriggerEnd + Reach && i < c.SentenceEnd; i++)
        {
            if (c.MentionAt(i) >= 0 || !c.IsWord(i))
            {
                return false;
            }

            if (c.Has(i, Servants))
            {
                return true;
            }
        }

        return false;
    }
}

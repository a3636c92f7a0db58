using Newswire.Extraction.Model;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// Customs and police seizing goods is law enforcement, not a seizure between political actors (issue #11): "Singapore
/// Customs seized about two tonnes of dried shark fin", "Thai customs seized 1.5 tonnes of ivory at Laem Chabang",
/// "the agency seized 500 kilograms of shabu in Zambales". Cue: a seizure (171) whose object, within a few words,
/// counts goods (<c>[seized-goods]</c>: weights, packs, contraband) before any ship, boat or name; or an arrest
/// (173) whose object is a load ("detained a cargo of wheat at the border"), right after the verb; with no one of
/// another country named there and no counterpart but places of the agent's own country ("cocaine bound for Belgium"
/// keeps Belgium as its side, as the news checks code it). Soldiers and sailors seizing a cargo stay (a security
/// operation), and so do "seized a Senegalese fishing boat", "seized two tankers", "seized the assets of Western
/// firms" and "seized two tonnes of Japanese seafood".
/// </summary>
internal sealed class GoodsSeizureStage : IEventStage
{
    // The object's first words: "about two tonnes of dried shark fin", "20,000 counterfeit handbags from a warehouse".
    private const int ObjectReach = 6;

    // An arrest's goods must head its object ("detained a cargo of wheat"): "detained three men with 2 kg of heroin"
    // arrested the men.
    private const int ArrestReach = 3;

    // Words after the goods word still read for whose goods they are ("two tonnes of Japanese seafood").
    private const int OwnerReach = 3;

    // A vessel or aircraft (the plural ones are in <c>[public-vessel]</c>), or "carrying", before the goods: the craft was seized.
    private static readonly string[] Craft = { "ship", "boat", "tanker", "vessel", "trawler", "aircraft", "plane", "carrying" };

    // Soldiers and sailors seizing a cargo are a security operation, as in OrdinaryCrimeStage ("Peruvian navy officers
    // seized two tonnes of cocaine" stays); customs, police and agencies are law enforcement.
    private static readonly string[] Military = { "army", "navy", "naval", "military", "soldiers", "troops", "marines", "coastguard", "guard", "guards" };

    public string Name => "goods-seizure";

    public bool Rejects(EventContext c)
    {
        var seizure = c.Code.StartsWith("171", System.StringComparison.Ordinal);
        if (c.FromNoun || (!seizure && !c.Code.StartsWith("173", System.StringComparison.Ordinal)) || c.Agent < 0 || !OwnPlacesOnly(c))
        {
            return false;
        }

        if (MilitaryAgent(c))
        {
            return false;
        }

        var goods = GoodsWord(c, seizure ? ObjectReach : ArrestReach);
        return goods >= 0 && !ForeignNamed(c, c.TriggerEnd, System.Math.Min(goods + OwnerReach + 1, c.SentenceEnd));
    }

    // The first goods word of the object, or -1 when a vessel or a name comes first ("a tanker carrying 2 million litres").
    private static int GoodsWord(EventContext c, int reach)
    {
        for (var i = c.TriggerEnd; i < c.TriggerEnd + reach && i < c.SentenceEnd; i++)
        {
            if (!c.IsWord(i))
            {
                continue;
            }

            // "seized weapons and cash": a second thing after "and" is not what the seizure is about.
            if (c.MentionAt(i) >= 0 || c.IsWord(i, "and") || c.IsAnyWord(i, Craft) || c.Words.OnDemand(StageWords.PublicVessel, c.Text, c.Tokens[i]))
            {
                return -1;
            }

            if (c.Words.OnDemand(StageWords.SeizedGoods, c.Text, c.Tokens[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool MilitaryAgent(EventContext c)
    {
        for (var i = c.ClauseStart; i < c.Trigger; i++)
        {
            if (c.IsAnyWord(i, Military))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OwnPlacesOnly(EventContext c)
    {
        var own = c.AgentActor.Country;
        foreach (var k in c.Counterparts)
        {
            var actor = c.Actors.Actors[k];
            if (actor.Kind != ActorKind.Location || actor.Country is null || actor.Country != own)
            {
                return false;
            }
        }

        return true;
    }

    // A mention of an actor of another country or of no known country, or a capitalised word naming no actor
    // ("of Japanese seafood" when the demonym is no mention), in [from, to).
    private static bool ForeignNamed(EventContext c, int from, int to)
    {
        var own = c.AgentActor.Country;
        for (var i = from; i < to; i++)
        {
            var m = c.MentionAt(i);
            if (m >= 0 ? c.Actors.Actors[c.Actors.Mentions[m].Actor].Country != own : c.IsWord(i) && !c.IsLower(i))
            {
                return true;
            }
        }

        return false;
    }
}

using System;
using System.Collections.Generic;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// The filter stages an event draft passes before it is coded, in order. A trigger is coded only when a political
/// or social actor does it, in a clause that reports it as happening, planned or claimed, and not hypothetical,
/// historical background, figurative, sporting, natural, an obituary or purely commercial. Negation is checked
/// earlier, while the clause is read (<see cref="NegationStage"/>). Statements (root 01) pass every stage but
/// the <see cref="IStatementStage"/> ones (who may speak at all): saying something is an event whatever it is about.
/// </summary>
internal sealed class EventStages
{
    private static EventStages? _default;

    // The stages as an array: read once per draft.
    private readonly IEventStage[] _stages;

    // The stages that judge statements (root 01) too: who may speak at all, not what is said.
    private readonly IEventStage[] _statementStages;

    // Each stage's Rejects as a delegate bound once (parallel to the arrays above): an interface call through a
    // call site that meets some 20 stage types searches a cache of that many entries (about 30 instructions a
    // call, some 700 calls per article), a delegate call jumps straight to the method.
    private readonly Func<EventContext, bool>[] _rejects;
    private readonly Func<EventContext, bool>[] _statementRejects;

    public EventStages(StageWords words, IReadOnlyList<IEventStage> stages)
    {
        Words = words;
        Stages = stages;
        _stages = new IEventStage[stages.Count];
        var statementStages = new List<IEventStage>();
        for (var i = 0; i < _stages.Length; i++)
        {
            _stages[i] = stages[i];
            if (stages[i] is IStatementStage)
            {
                statementStages.Add(stages[i]);
            }
        }

        _statementStages = statementStages.ToArray();
        _rejects = Bind(_stages);
        _statementRejects = Bind(_statementStages);
    }

    private static Func<EventContext, bool>[] Bind(IEventStage[] stages)
    {
        var rejects = new Func<EventContext, bool>[stages.Length];
        for (var i = 0; i < stages.Length; i++)
        {
            rejects[i] = stages[i].Rejects;
        }

        return rejects;
    }

    public static EventStages Default => _default ??= Create(StageWords.Default);

    public StageWords Words { get; }

    public IReadOnlyList<IEventStage> Stages { get; }

    public static EventStages Create(StageWords words) => new EventStages(words, new IEventStage[]
    {
        new PlaceAgentStage(),
        new ActorGate(),
        new HypotheticalStage(),
        new PendingConditionStage(),
        new PreventedStage(),
        new HistoricalStage(),
        new RecalledPastStage(),
        new TallySinceStage(),
        new SinceWhenStage(),
        new SinceClauseStage(),
        new SportStage(),
        new HazardStage(),
        new AccidentStoryStage(),
        new ReliefDeploymentStage(),
        new OutlookWarningStage(),
        new ObituaryStage(),
        new FigurativeStage(),
        new MeasureSubjectStage(),
        new BusinessSenseStage(),
        new CommercialStage(words),
        new CompanyRivalryStage(),
        new StateEnterpriseStage(),
        new InstitutionPartnershipStage(),
        new RegulatoryFineStage(),
        new PrivateOrganizationStage(),
        new HomeInvestmentStage(),
        new InternalMeetingStage(),
        new CompanyMeetingStage(),
        new ComparedActStage(),
        new SelfDefenceStage(),
        new HostileIntentStage(),
        new OwnForcesOrderStage(),
        new NationalityNounStage(),
        new UnaddressedOfferStage(),
        new UnaddressedVisitStage(),
        new HostedShowStage(),
        new HostedPopulationStage(),
        new SummitNameStage(),
        new PublicAddresseeStage(),
        new PraisedBusinessStage(),
        new UnaddressedPraiseStage(),
        new OrdinaryCaseStage(),
        new CivilOrderStage(),
        new AdministrativeOrderStage(),
        new ExcusedCancellationStage(),
        new CancelledTripStage(),
        new AbandonedPlanStage(),
        new StanceNounStage(),
        new OrdinaryCrimeStage(),
        new GoodsSeizureStage(),
        new MarketSupportStage(),
        new TradeBanStage(),
        new GoodsArrivalStage(),
        new AccidentInquiryStage(),
        new TopicGerundStage(),
        new PublicRescueStage(),
        new CommentatorViewStage(),
        new ExplainedStanceStage(),
        new WatchedSituationStage(),
        new SubstantiveParticipleStage(),
    });

    /// <summary>The first stage rejecting the event, or null when it is coded.</summary>
    public IEventStage? Rejecting(EventContext c)
    {
        if (c.Agent < 0)
        {
            return null;
        }

        var statement = c.Root == 1;
        var rejects = statement ? _statementRejects : _rejects;
        for (var i = 0; i < rejects.Length; i++)
        {
            if (rejects[i](c))
            {
                return statement ? _statementStages[i] : _stages[i];
            }
        }

        return null;
    }
}

using System;
using System.Collections.Generic;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events.Stages;

/// <summary>The tables of <c>event_stages.txt</c>, one bit each; a token may be in several.</summary>
[Flags]
internal enum StageSet : ulong
{
    None = 0,
    Sport = 1UL << 0,
    Hazard = 1UL << 1,
    Obituary = 1UL << 2,
    Death = 1UL << 3,
    ObituaryWeak = 1UL << 4,
    Historical = 1UL << 5,
    Era = 1UL << 6,
    AgoUnit = 1UL << 7,
    Ago = 1UL << 8,
    Conditional = 1UL << 9,
    Inversion = 1UL << 10,
    Possibility = 1UL << 11,
    Would = 1UL << 12,
    Scenario = 1UL << 13,
    Reporting = 1UL << 14,
    AbstractTarget = 1UL << 15,
    PrivateHead = 1UL << 16,
    PoliticalHead = 1UL << 17,
    PrivateTitle = 1UL << 18,
    Commercial = 1UL << 19,
    CompanySuffix = 1UL << 20,
    BusinessObject = 1UL << 21,
    Vote = 1UL << 22,
    Locative = 1UL << 23,
    Since = 1UL << 24,
    SecurityForce = 1UL << 25,
    FollowUpNamedHead = 1UL << 26,
    FollowUpPrivateHead = 1UL << 27,
    FollowUpAnyHead = 1UL << 28,
    PublicBody = 1UL << 29,
    FollowUpStateHead = 1UL << 30,
    SecurityForceAbroad = 1UL << 31,
    NonStateForce = 1UL << 32,
    OwnBody = 1UL << 33,
    SelfDefence = 1UL << 34,
    OwnObject = 1UL << 35,
    Chair = 1UL << 36,
    StateBody = 1UL << 37,
    ArmedUnit = 1UL << 38,
    TimeLink = 1UL << 39,
    Crowd = 1UL << 40,
    Prevent = 1UL << 41,
    ObituaryHeadline = 1UL << 42,
    EconomicMeasure = 1UL << 43,
    CourtBench = 1UL << 44,
    ArmedGroup = 1UL << 45,
    CivilianVictim = 1UL << 46,
    ProtestNoun = 1UL << 47,
    OrganizeVerb = 1UL << 48,
    OrderVerb = 1UL << 49,
    PublicMission = 1UL << 50,
    Election = 1UL << 51,
    ClaimNoun = 1UL << 52,
    PerfectAux = 1UL << 53,
    SinceBackground = 1UL << 54,
    Indefinite = 1UL << 55,
    NationalityNoun = 1UL << 56,
    IntentVerb = 1UL << 57,
    RecallVerb = 1UL << 58,
    SinceWhen = 1UL << 59,
    CourtAgent = 1UL << 60,
    Preposition = 1UL << 61,

    /// <summary>Set by shape, not by the table: a score such as "2-1" or "41-10".</summary>
    Scoreline = 1UL << 62,

    /// <summary>In the per-token facts only: the word starts a phrase of some table (look further with <see cref="StageWords.At"/>).</summary>
    PhraseStart = 1UL << 63,
}

/// <summary>
/// Word and phrase tables of the event filter stages, read from the embedded <c>event_stages.txt</c>. Lookups
/// work on token spans of the article text (no allocation); a phrase is marked on its first token.
/// </summary>
internal sealed class StageWords
{
    private static readonly string[] SectionNames =
    {
        "sport", "hazard", "obituary", "death", "obituary-weak", "historical", "era", "ago-unit", "ago", "conditional",
        "inversion", "possibility", "would", "scenario", "reporting", "abstract-target", "private-head", "political-head",
        "private-title", "commercial", "company-suffix", "business-object", "vote", "locative", "since", "security-force",
        "follow-up-named-head", "follow-up-private-head", "follow-up-any-head", "public-body", "follow-up-state-head",
        "security-force-abroad", "non-state-force", "own-body", "self-defence", "own-object", "chair",
        "state-body", "armed-unit", "time-link", "crowd", "prevent", "obituary-headline", "economic-measure", "court-bench",
        "armed-group", "civilian-victim", "protest-noun", "organize-verb", "order-verb", "public-mission", "election", "claim-noun",
        "perfect-aux", "since-background", "indefinite", "nationality-noun", "intent-verb",
        "recall-verb", "since-when", "court-agent", "preposition",
    };

    private sealed class Phrase
    {
        public Phrase(string[] rest, StageSet bits)
        {
            Rest = rest;
            Bits = bits;
        }

        public readonly string[] Rest;
        public readonly StageSet Bits;
    }

    private sealed class Entry
    {
        public StageSet Single;
        public List<Phrase>? Phrases;
    }

    private readonly TermTable<Entry> _table = new TermTable<Entry>(512);

    // Tables a stage reads only for the few words it looks at, kept out of the per-token bits (all 64 are taken).
    private static readonly string[] OnDemandNames = { "public-addressee", "sport-margin", "hosted-show", "ordinary-crime", "public-vessel", "follower", "hosted-population", "institution", "accident", "topic-noun", "salvo", "protest-crowd", "gathering-verb", "stance-word", "check-noun", "excuse-word", "quarrel-word", "retold-object", "new-occurrence", "told-act", "seized-goods", "crime-agency", "private-guard", "currency", "disease", "commentator", "explaining-verb", "watched-topic", "people-adjective", "creed-word", "party-head" };
    private readonly TermTable<bool>[] _onDemand = { new TermTable<bool>(64), new TermTable<bool>(16), new TermTable<bool>(32), new TermTable<bool>(64), new TermTable<bool>(16), new TermTable<bool>(16), new TermTable<bool>(16), new TermTable<bool>(32), new TermTable<bool>(32), new TermTable<bool>(32), new TermTable<bool>(16), new TermTable<bool>(16), new TermTable<bool>(16), new TermTable<bool>(16), new TermTable<bool>(32), new TermTable<bool>(16), new TermTable<bool>(16), new TermTable<bool>(32), new TermTable<bool>(32), new TermTable<bool>(64), new TermTable<bool>(64), new TermTable<bool>(16), new TermTable<bool>(16), new TermTable<bool>(64), new TermTable<bool>(32), new TermTable<bool>(32), new TermTable<bool>(32), new TermTable<bool>(16), new TermTable<bool>(16), new TermTable<bool>(16), new TermTable<bool>(16) };

    /// <summary>Index of the <c>[public-addressee]</c> table for <see cref="OnDemand"/>.</summary>
    public const int PublicAddressee = 0;

    /// <summary>Index of the <c>[sport-margin]</c> table ("by 88 runs") for <see cref="OnDemand"/>.</summary>
    public const int SportMargin = 1;

    /// <summary>Index of the <c>[hosted-show]</c> table ("film festival", "tech summit") for <see cref="OnDemand"/>.</summary>
    public const int HostedShow = 2;

    /// <summary>Index of the <c>[ordinary-crime]</c> table ("robbery", "cocaine") for <see cref="OnDemand"/>.</summary>
    public const int OrdinaryCrime = 3;

    /// <summary>Index of the <c>[public-vessel]</c> table ("ships", "vessels") for <see cref="OnDemand"/>.</summary>
    public const int PublicVessel = 4;

    /// <summary>Index of the <c>[follower]</c> table ("supporters", "followers") for <see cref="OnDemand"/>.</summary>
    public const int Follower = 5;

    /// <summary>Index of the <c>[hosted-population]</c> table ("refugees", "migrants") for <see cref="OnDemand"/>.</summary>
    public const int HostedPopulation = 6;

    /// <summary>Index of the <c>[institution]</c> table ("university", "museum") for <see cref="OnDemandSpan"/>.</summary>
    public const int Institution = 7;

    /// <summary>Index of the <c>[accident]</c> table ("derailment", "crash") for <see cref="OnDemand"/>.</summary>
    public const int Accident = 8;

    /// <summary>Index of the <c>[topic-noun]</c> table ("agreement", "talks") for <see cref="OnDemand"/>.</summary>
    public const int TopicNoun = 9;

    /// <summary>Index of the <c>[salvo]</c> table ("a wave of", "a barrage of") for <see cref="OnDemand"/>.</summary>
    public const int Salvo = 10;

    /// <summary>Index of the <c>[protest-crowd]</c> table ("protesters", "demonstrators") for <see cref="OnDemand"/>.</summary>
    public const int ProtestCrowd = 11;

    /// <summary>Index of the <c>[gathering-verb]</c> table ("gathered", "assembled") for <see cref="OnDemand"/>.</summary>
    public const int GatheringVerb = 12;

    /// <summary>Index of the <c>[stance-word]</c> table ("committed", "commitment") for <see cref="OnDemand"/>.</summary>
    public const int StanceWord = 13;

    /// <summary>Index of the <c>[check-noun]</c> table ("inspection", "audit") for <see cref="OnDemand"/>.</summary>
    public const int CheckNoun = 14;

    /// <summary>Index of the <c>[excuse-word]</c> table ("citing", "because") for <see cref="OnDemand"/>.</summary>
    public const int ExcuseWord = 15;

    /// <summary>Index of the <c>[quarrel-word]</c> table ("protest", "row") for <see cref="OnDemand"/>.</summary>
    public const int QuarrelWord = 16;

    /// <summary>Index of the <c>[retold-object]</c> table ("the", "them") for <see cref="OnDemand"/>.</summary>
    public const int RetoldObject = 17;

    /// <summary>Index of the <c>[new-occurrence]</c> table ("second", "another") for <see cref="OnDemand"/>.</summary>
    public const int NewOccurrence = 18;

    /// <summary>Index of the <c>[told-act]</c> table ("decision", "arrests") for <see cref="OnDemand"/>.</summary>
    public const int ToldAct = 19;

    /// <summary>Index of the <c>[seized-goods]</c> table ("tonnes", "cigarettes") for <see cref="OnDemand"/>.</summary>
    public const int SeizedGoods = 20;

    /// <summary>Index of the <c>[crime-agency]</c> table ("customs", "bureau") for <see cref="OnDemand"/>.</summary>
    public const int CrimeAgency = 21;

    /// <summary>Index of the <c>[private-guard]</c> table ("security" guard, "night" guard) for <see cref="OnDemand"/>.</summary>
    public const int PrivateGuard = 22;

    /// <summary>Index of the <c>[currency]</c> table ("tenge", "dollars") for <see cref="OnDemand"/>.</summary>
    public const int Currency = 23;

    /// <summary>Index of the <c>[disease]</c> table ("dengue", "cholera") for <see cref="OnDemand"/>.</summary>
    public const int Disease = 24;

    /// <summary>Index of the <c>[commentator]</c> table ("analyst", "historian") for <see cref="OnDemand"/>.</summary>
    public const int Commentator = 25;

    /// <summary>Index of the <c>[explaining-verb]</c> table ("explained", "stressed") for <see cref="OnDemand"/>.</summary>
    public const int ExplainingVerb = 26;

    /// <summary>Index of the <c>[watched-topic]</c> table ("situation", "developments") for <see cref="OnDemand"/>.</summary>
    public const int WatchedTopic = 27;

    /// <summary>Index of the <c>[people-adjective]</c> table ("sick", "dead") for <see cref="OnDemand"/>.</summary>
    public const int PeopleAdjective = 28;

    /// <summary>Index of the <c>[creed-word]</c> table ("socialist", "patriotic") for <see cref="OnDemandSpan"/>.</summary>
    public const int CreedWord = 29;

    /// <summary>Index of the <c>[party-head]</c> table ("movement", "front") for <see cref="OnDemandSpan"/>.</summary>
    public const int PartyHead = 30;

    private static StageWords? _default;

    public static StageWords Default => _default ??= Parse(EventLexicon.ReadResource("event_stages.txt"));

    /// <summary>Reads the table text: "[name]" lines start a table, other lines are words or phrases.</summary>
    internal static StageWords Parse(IEnumerable<string> lines)
    {
        var words = new StageWords();
        var current = StageSet.None;
        TermTable<bool>? onDemand = null;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                var name = line.Substring(1, line.Length - 2);
                var index = Array.IndexOf(SectionNames, name);
                var demand = Array.IndexOf(OnDemandNames, name);
                onDemand = demand >= 0 ? words._onDemand[demand] : null;
                if (demand >= 0)
                {
                    current = StageSet.None;
                    continue;
                }

                if (index < 0)
                {
                    throw new InvalidOperationException("Unknown event stage table [" + name + "]");
                }

                current = (StageSet)(1UL << index);
                continue;
            }

            if (onDemand != null)
            {
                onDemand.Set(line, true);
                continue;
            }

            var parts = line.ToLowerInvariant().Split(' ');
            if (!words._table.TryGet(parts[0], out var entry))
            {
                entry = new Entry();
                words._table.Set(parts[0], entry);
            }

            if (parts.Length == 1)
            {
                entry.Single |= current;
            }
            else
            {
                var rest = new string[parts.Length - 1];
                Array.Copy(parts, 1, rest, 0, rest.Length);
                (entry.Phrases ??= new List<Phrase>()).Add(new Phrase(rest, current));
            }
        }

        return words;
    }

    /// <summary>Every word with its tables, a phrase's first word with <see cref="StageSet.PhraseStart"/> (for the token facts).</summary>
    public IEnumerable<KeyValuePair<string, StageSet>> FirstWords()
    {
        foreach (var kv in _table.Entries())
        {
            yield return new KeyValuePair<string, StageSet>(kv.Key, kv.Value.Single | (kv.Value.Phrases != null ? StageSet.PhraseStart : StageSet.None));
        }
    }

    /// <summary>
    /// The tables of token <paramref name="i"/> given what the token facts already say of it (<paramref name="known"/>):
    /// only phrases and hyphenated words need another look.
    /// </summary>
    public StageSet Complete(string text, Token[] tokens, int i, int end, StageSet known)
    {
        if ((known & StageSet.PhraseStart) != 0 || tokens[i].Is(TokenFlags.Hyphenated))
        {
            return At(text, tokens, i, end);
        }

        return known;
    }

    /// <summary>Whether token <paramref name="t"/> is a word of the on-demand table <paramref name="table"/> (<see cref="PublicAddressee"/>).</summary>
    public bool OnDemand(int table, string text, in Token t) => _onDemand[table].Contains(text, t);

    /// <summary>Whether the plain word at [start, start + length) of <paramref name="text"/> (a word of an actor's name) is in the on-demand table <paramref name="table"/>.</summary>
    public bool OnDemandSpan(int table, string text, int start, int length) =>
        _onDemand[table].TryGet(text, start, length, TermKey.Hash(text, start, length), out _);

    /// <summary>Whether a plain word is in <paramref name="set"/> (for actor names).</summary>
    public bool Has(string word, StageSet set) => Has(word, 0, word.Length, set);

    /// <summary>Whether the plain word at [start, start + length) of <paramref name="text"/> is in <paramref name="set"/> (compared in <see cref="TermKey"/>'s normal form: no copy, no lower-casing).</summary>
    public bool Has(string text, int start, int length, StageSet set) =>
        _table.TryGet(text, start, length, TermKey.Hash(text, start, length), out var e) && (e.Single & set) != 0;

    /// <summary>The tables holding token <paramref name="i"/>, or a phrase starting there.</summary>
    public StageSet At(string text, Token[] tokens, int i, int end)
    {
        ref readonly var t = ref tokens[i];
        if (t.Kind != TokenKind.Word && t.Kind != TokenKind.Number)
        {
            return StageSet.None;
        }

        var bits = StageSet.None;
        if (_table.TryGet(text, t, out var e))
        {
            bits = e.Single;
            if (e.Phrases != null)
            {
                foreach (var p in e.Phrases)
                {
                    if (PhraseAt(text, tokens, i + 1, end, p.Rest))
                    {
                        bits |= p.Bits;
                    }
                }
            }
        }

        // "five-match", "rain-hit": a hyphenated word also counts by its last part (the tokenizer flags every word
        // with a hyphen, so the others need no search).
        if (!t.Is(TokenFlags.Hyphenated))
        {
            return bits;
        }

        var dash = text.LastIndexOf('-', t.End - 1, t.Length);
        if (dash > t.Start && dash < t.End - 1)
        {
            var start = dash + 1;
            var len = t.End - start;
            if (_table.TryGet(text, start, len, TermKey.Hash(text, start, len), out var tail))
            {
                bits |= tail.Single;
            }
        }

        return bits;
    }

    private static bool PhraseAt(string text, Token[] tokens, int at, int end, string[] rest)
    {
        for (var k = 0; k < rest.Length; k++)
        {
            var j = at + k;
            if (j >= end || !TermKey.SpanEquals(text, tokens[j].Start, tokens[j].Length, rest[k]))
            {
                return false;
            }
        }

        return true;
    }
}

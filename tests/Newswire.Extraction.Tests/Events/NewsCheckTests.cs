using System;
using System.IO;
using Newswire.Extraction.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Newswire.Extraction.Tests.Events;

/// <summary>
/// The news check (<c>NewsCheck/</c>): 20 invented stories of many countries and kinds (conflict, diplomacy,
/// protest and policing, courts, sanctions and trade, loans, elections, and about a third with no codable event:
/// business, sport, weather, obituaries, launches, history, metaphors), gold written before the extractor ran.
/// Rules are tuned on <c>tune/</c> only; <c>sealed/</c> is read for its totals, never its misses, so it keeps
/// telling how the extractor does on news it was not fitted to. Scored as the shared seeds scorer scores events
/// (<see cref="SeedsEvents"/>).
/// The second check (<c>NewsCheck2/</c>): 20 more invented wire stories, about half political events (visits, talks,
/// accusations, attacks, ultimatums, protests and arrests, sanctions, court sentences, aid) and half ordinary news
/// that should code none, written and split the same way.
/// The third check (<c>NewsCheck3/</c>): 19 invented wire stories aimed at false events (accusations whose embedded
/// act did not happen as told, unlisted international bodies, police named by a city, background history, invitations
/// to talks, sport, business, weather and figurative war words), about half with no codable event.
/// The fourth check (<c>NewsCheck4/</c>): 19 invented wire stories on the false events of issue #11 (nationality nouns
/// as agents, welcoming a process, background tallies "since 2021", a relative clause after a list of places, sport
/// quotes of war, offers to no one, "before" clauses, relative clauses inside the subject), about half with none.
/// The fifth check (<c>NewsCheck5/</c>): 18 invented wire stories on precision and target choice (summoned envoys,
/// targets named by a demonym, price wars and market "invasions" in business news, comment-only statements, history
/// recalled, acts only planned, stative alliances), about half with no codable event; its gold also names each
/// event's target for reading by hand.
/// The sixth check (<c>NewsCheck6/</c>): 24 invented agency stories, half with no codable political event (sport with war
/// words, business hosting and acquisitions, weather, accidents, obituaries, history as background, economic metaphors,
/// negated and hypothetical acts, ordinary crime in court, company disputes, culture) and half event-rich (reported
/// speech, passives, capitals for governments, datelines, background paragraphs); gold names police forces as the
/// country's aliases, as NewsCheck4 does.
/// The seventh check (<c>NewsCheck7/</c>): 20 invented event-rich agency stories of 20 countries aimed at recall (reported
/// speech, passives, capitals for governments, titles after first mention, unnamed ministries, headline passives,
/// nominalised events, lowercase titles); every story holds codable events.
/// The eighth check (<c>NewsCheck8/</c>): 20 invented agency stories of 20 countries aimed at precision, 12 with no
/// codable political event (advice to the public in weather, health and disaster news, a company's appeal, a company
/// lawsuit, sport with war words, business hosting and launches, obituary, metaphors, crime in court, science,
/// culture, negated acts) and 8 with real appeals and other events.
/// The ninth check (<c>NewsCheck9/</c>): 16 invented agency stories of 16 countries new to the checks, aimed at appeals and
/// force words in news with no political event (ordinary crime in court, advisories, an accident, sport, economic
/// data, an anniversary, a labour dispute, an obituary, a regulator, a cyclone warning: 10 stories) and 6 with events.
/// The tenth check (<c>NewsCheck10/</c>): 14 invented event-rich agency stories of 14 countries with event places in the
/// gold (passive coordination, city police, companies named with a country's possessive, "near the border town of X",
/// "in the northern province of X", datelines, background paragraphs).
/// The eleventh check (<c>NewsCheck11/</c>): 16 invented agency stories of 16 countries new to the checks, aimed at
/// cooperation words and appeals in news with no political event (companies, clubs, universities, hospitals, museums
/// and unions signing, teaming up and agreeing terms: 10 stories) and 6 with cooperation, appeals and a detention
/// between governments.
/// The twelfth check (<c>NewsCheck12/</c>): 14 invented event-rich agency stories of 14 countries new to the checks, with event
/// places in the gold (supporters and followers of a named leader acting, spokesmen reporting what troops did, riot police
/// in a capital, reported speech chains, "accused X officials of", a leader's party named by apposition, "the country hosts
/// thousands of migrants").
/// The thirteenth check (<c>NewsCheck13/</c>): 16 invented agency stories of 16 countries new to the checks, 8 with no
/// political event (company executives meeting and visiting, an accident inquiry, a company lawsuit, sport, a conference,
/// a bus crash, history as background) and 8 event-rich ones with denials, hypotheticals and background paragraphs.
/// The fourteenth check (<c>NewsCheck14/</c>): 14 invented event-rich agency stories of 14 countries new to the checks, with
/// event places in the gold (handovers of detainees and migrants, protesters gathering outside a parliament, units named
/// only by a nationality, "said that its forces had ...", joint subjects and "the two leaders", places taken by force).
/// The fifteenth check (<c>NewsCheck15/</c>): 48 invented agency stories of countries little used before, half with no
/// codable event (company results and deals, sport, markets, weather, accidents and rescues, ordinary crime in court,
/// culture and ceremonies, obituaries with history, science, trips called off, hypotheticals) and half with ordinary
/// political events, aimed at false events in news that holds none.
/// The sixteenth check (<c>NewsCheck16/</c>): 48 invented event-rich agency stories (24 per half) of many countries, aimed at
/// recall and the right agent (pair subjects, "said that ... and urged", unions demanding, nationality-only units).
/// The seventeenth check (<c>NewsCheck17/</c>): 48 invented stories in varied outlet styles of countries little used
/// before, half with no codable event (company deals, sport, markets, weather, accidents, courts, a private strike,
/// ceremonies, obituaries, science, health campaigns, election results as numbers, postponed and conditional talks).
/// The eighteenth check (<c>NewsCheck18/</c>): 48 invented event-rich wire stories (24 per half) of conflicts and disputes
/// (rebels and armed groups, reported speech about the other side's forces, unnamed gunmen, pair subjects, retaliatory
/// tariffs and counter-sanctions, nationality-only units), aimed at recall and the right agent.
/// The nineteenth check (<c>NewsCheck19/</c>): 48 invented stories in varied outlet styles of countries little used
/// before, half with no codable event (company deals and rivalry in war words, sport, markets, a cyclone and a drought,
/// accidents and rescues, courts, a private strike, ceremonies and a festival, an anniversary, an opinion column,
/// obituaries, science, health campaigns, election results, a trip called off, a hypothetical), half political.
/// The twentieth check (<c>NewsCheck20/</c>): 48 invented event-rich wire stories (24 per half) of neighbours' disputes
/// and internal conflicts (summoned envoys, expulsions, border fire, raids by police and prosecutors, kidnappings by
/// unnamed gunmen, gangs and rebels, mediation offers, prisoner swaps), aimed at missed events and the right agent.
/// The twenty-first check (<c>NewsCheck21/</c>): 48 invented short stories in varied outlet styles of countries little
/// used before, half with no codable event (company results, sport and markets in war words, floods, an accident and a
/// rescue, courts, obituaries, science, an opinion column of negated sanctions, a ruler's hospital visit, campaigns, a
/// private strike, postponed talks, election results), half political (a headline "X rejects ... as Y demands", a
/// quoted demand "X must withdraw its soldiers").
/// The twenty-second check (<c>NewsCheck22/</c>): 48 invented event-rich wire stories (24 per half) of conflicts, disputes
/// and policing (weapons and units named by nationality as subjects, passive attacks "was hit by a drone launched by",
/// armed groups named with their fighters, border closures, reported speech, courts and police), aimed at missed
/// events and the right agent.
/// The twenty-third check (<c>NewsCheck23/</c>): 24 invented agency and web stories (12 per half) of countries new to the
/// checks, half with no codable event (company results and sport in war words, a ferry accident, a volcano warning, a
/// drought, an obituary with history, bond markets, a fraud trial, a festival opened, an export ban ruled out) and half
/// political (summoned envoys, tear gas and arrests, a signed deal, an embassy suspended, a border incursion denied).
/// The twenty-fourth check (<c>NewsCheck24/</c>): 24 invented event-rich wire stories (12 per half) of countries little used
/// before (police in a city firing at a party's supporters, vows to defeat a foe, outlets taken off the air, weapons named
/// by nationality that "hit", long passives, ", whose ..." clauses after the subject, reports followed by "and"), aimed at
/// missed events and the right agent.
/// The twenty-fifth check (<c>NewsCheck25/</c>): 24 invented stories (12 per half) of countries little used before
/// (Southeast Asia, the Andes, Central Asia, the Baltic, West Africa), 7 per half with no codable political event
/// (customs seizures of goods, a robbery trial, a police drug bust, a shop's and an airline's bans, a farmers' and
/// customers' boycott, a wrestling final and a football derby, floods and a heatwave, an obituary and a museum with war
/// history, a currency and an ore price war) and 5 event-rich (arrests and a banned rally, border fire and a summoned
/// envoy, a security pact, closed crossings, an expelled diplomat, a tariff war), aimed at false events (issue #11).
/// The twenty-sixth check (<c>NewsCheck26/</c>): 24 invented event-rich stories (12 per half) of everyday politics in
/// countries little used before (parliament walkouts and votes, court rulings against governments, election petitions,
/// ministers meeting counterparts, summoned envoys, loans and aid pledges, sanctions, border detentions, strikes met by
/// police, hostages freed, ceasefire talks; Nordic, Balkan, Gulf, Pacific, Central American and Southern African
/// outlets in varied layouts), aimed at missed acts of saying joined by "and", demands in documents, "the two leaders"
/// and the speaker's own act after a reported clause.
/// The twenty-seventh check (<c>NewsCheck27/</c>): 24 invented event-rich stories (12 per half) of countries little used
/// before in which one happening is told again in the headline, the lead, the body and quotes with other verbs and
/// nouns (an expulsion, a seizure, an arrest a police spokesman tells again, a suspension), and stories with two
/// happenings of one kind that must stay two (arrests, drone strikes, marches and missile launches on different days
/// and places), aimed at one event per happening.
/// The twenty-ninth check (<c>NewsCheck29/</c>): 24 invented stories (12 per half) of countries little used before,
/// aimed at precision: in each half 5 with no codable political event (company results and deals, a volcano or storm
/// outlook, sport, a museum's or a film's history, an accident, an ordinary court case) and 7 event-rich political
/// stories full of plain comments (officials explaining and stressing, analysts', historians' and economists' views),
/// under outlet, section, byline and date lines in varied layouts.
/// The twenty-eighth check (<c>NewsCheck28/</c>): 24 invented event-rich stories (12 per half) of everyday politics in
/// countries little used before (the Maghreb, the Great Lakes, Central and Southern Africa, the Balkans, Central Asia,
/// the Nordic countries, the Caribbean, the Pacific, the Indian Ocean, Iberia and the Southern Cone): ministers
/// meeting counterparts, ministries for their states, capitals of small states, "he" after a speaker, "the party",
/// police and courts against opposition figures, loans and aid, protests and their dispersal; aimed at recall and the
/// right agent.
/// The thirtieth check (<c>NewsCheck30/</c>): 24 invented event-rich stories (12 per half) of countries little used
/// before (Saint Lucia, Palau, Andorra, Tuvalu, Grenada, Nauru, San Marino, Antigua, Micronesia, Cabo Verde, Sao Tome)
/// full of appeals, demands, summonses, meetings, visits and telephone calls, with spokespeople, ministries and
/// embassies speaking for their states, aimed at the right root between appeal, demand, intent and meeting, the one
/// who calls or meets rather than the one who reports it, and one event per act.
/// </summary>
public class NewsCheckTests
{
    private readonly ITestOutputHelper _out;

    public NewsCheckTests(ITestOutputHelper output)
    {
        _out = output;
    }

    // Floors reached today; raise them as the extractor improves, never lower them to make a change pass. The misses
    // of a sealed part are printed only when it falls below its floor.
    [Theory]
    [InlineData("NewsCheck", "tune", 12, 0.85, 0.85)]
    [InlineData("NewsCheck", "sealed", 8, 0.60, 0.55)]
    [InlineData("NewsCheck2", "tune", 10, 0.90, 0.80)]
    [InlineData("NewsCheck2", "sealed", 10, 0.75, 0.85)]
    [InlineData("NewsCheck3", "tune", 9, 0.65, 0.60)]
    [InlineData("NewsCheck3", "sealed", 10, 0.30, 0.35)]
    [InlineData("NewsCheck4", "tune", 9, 0.80, 0.70)]
    [InlineData("NewsCheck4", "sealed", 10, 0.60, 0.70)]
    [InlineData("NewsCheck5", "tune", 9, 0.90, 0.70)]
    [InlineData("NewsCheck5", "sealed", 9, 0.80, 0.85)]
    [InlineData("NewsCheck6", "tune", 12, 0.85, 0.75)]
    [InlineData("NewsCheck6", "sealed", 12, 0.60, 0.78)]
    [InlineData("NewsCheck7", "tune", 10, 0.80, 0.85)]
    [InlineData("NewsCheck7", "sealed", 10, 0.75, 0.55)]
    [InlineData("NewsCheck8", "tune", 10, 0.80, 0.70)]
    [InlineData("NewsCheck8", "sealed", 10, 0.60, 0.70)]
    [InlineData("NewsCheck9", "tune", 8, 0.60, 0.75)]
    [InlineData("NewsCheck9", "sealed", 8, 0.38, 0.85)]
    [InlineData("NewsCheck10", "tune", 7, 0.85, 0.55)]
    [InlineData("NewsCheck10", "sealed", 7, 0.80, 0.60)]
    [InlineData("NewsCheck11", "tune", 8, 0.70, 0.85)]
    [InlineData("NewsCheck11", "sealed", 8, 0.50, 0.95)]
    [InlineData("NewsCheck12", "tune", 7, 0.85, 0.80)]
    [InlineData("NewsCheck12", "sealed", 7, 0.80, 0.75)]
    [InlineData("NewsCheck13", "tune", 8, 0.50, 0.90)]
    [InlineData("NewsCheck13", "sealed", 8, 0.40, 0.80)]
    [InlineData("NewsCheck14", "tune", 7, 0.90, 0.55)]
    [InlineData("NewsCheck14", "sealed", 7, 0.85, 0.70)]
    [InlineData("NewsCheck15", "tune", 24, 0.80, 0.70)]
    [InlineData("NewsCheck15", "sealed", 24, 0.65, 0.75)]
    [InlineData("NewsCheck16", "tune", 24, 0.75, 0.60)]
    [InlineData("NewsCheck16", "sealed", 24, 0.70, 0.48)]
    [InlineData("NewsCheck17", "tune", 24, 0.70, 0.65)]
    [InlineData("NewsCheck17", "sealed", 24, 0.65, 0.62)]
    [InlineData("NewsCheck18", "tune", 24, 0.75, 0.62)]
    [InlineData("NewsCheck18", "sealed", 24, 0.70, 0.55)]
    [InlineData("NewsCheck19", "tune", 24, 0.85, 0.75)]
    [InlineData("NewsCheck19", "sealed", 24, 0.60, 0.60)]
    [InlineData("NewsCheck20", "tune", 24, 0.80, 0.65)]
    [InlineData("NewsCheck20", "sealed", 24, 0.75, 0.58)]
    [InlineData("NewsCheck21", "tune", 24, 0.85, 0.75)]
    [InlineData("NewsCheck21", "sealed", 24, 0.70, 0.70)]
    [InlineData("NewsCheck22", "tune", 24, 0.80, 0.60)]
    [InlineData("NewsCheck22", "sealed", 24, 0.85, 0.60)]
    [InlineData("NewsCheck23", "tune", 12, 0.85, 0.60)]
    [InlineData("NewsCheck23", "sealed", 12, 0.80, 0.78)]
    [InlineData("NewsCheck24", "tune", 12, 0.80, 0.75)]
    [InlineData("NewsCheck24", "sealed", 12, 0.72, 0.70)]
    [InlineData("NewsCheck25", "tune", 12, 0.60, 0.55)]
    [InlineData("NewsCheck25", "sealed", 12, 0.62, 0.42)]
    [InlineData("NewsCheck26", "tune", 12, 0.70, 0.65)]
    [InlineData("NewsCheck26", "sealed", 12, 0.70, 0.60)]
    [InlineData("NewsCheck27", "tune", 12, 0.66, 0.70)]
    [InlineData("NewsCheck27", "sealed", 12, 0.85, 0.76)]
    [InlineData("NewsCheck29", "tune", 12, 0.85, 0.75)]
    [InlineData("NewsCheck29", "sealed", 12, 0.75, 0.70)]
    [InlineData("NewsCheck28", "tune", 12, 0.84, 0.85)]
    [InlineData("NewsCheck28", "sealed", 12, 0.87, 0.80)]
    [InlineData("NewsCheck30", "tune", 12, 0.85, 0.80)]
    [InlineData("NewsCheck30", "sealed", 12, 0.82, 0.76)]
    public void Events_of_the_news_checks_stay_above_their_floors(string check, string part, int stories, double precisionFloor, double recallFloor)
    {
        var score = SeedsEvents.Run(Path.Combine(AppContext.BaseDirectory, "Events", check, part));
        var summary = score.Summary(check + " (" + part + ")");
        _out.WriteLine(part == "tune" ? summary + "\n" + string.Join("\n", score.Report) : summary);
        Assert.True(score.Stories >= stories, "the " + part + " part holds " + score.Stories + " stories");
        Assert.True(score.Precision >= precisionFloor && score.Recall >= recallFloor, summary + "\n" + string.Join("\n", score.Report));
    }
}

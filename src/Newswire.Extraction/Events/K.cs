using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

/// <summary>
/// Ids of the words the event rules test, looked up once per token. One list: each line names a word and gives it
/// the next id (1, 2, …; ids fit the 8 high bits of <see cref="Words.Info"/>), so the ids and the lookup table cannot
/// drift apart. (Static readonly, not const: the JIT folds them once the class is initialized.)
/// </summary>
internal static class K
{
    private static readonly TermTable<byte> Ids = new TermTable<byte>(64);
    private static byte _last;

    public static readonly byte Comma = Add(",");
    public static readonly byte Colon = Add(":");
    public static readonly byte About = Add("about");
    public static readonly byte According = Add("according");
    public static readonly byte After = Add("after");
    public static readonly byte Against = Add("against");
    public static readonly byte Allegedly = Add("allegedly");
    public static readonly byte And = Add("and");
    public static readonly byte Any = Add("any");
    public static readonly byte As = Add("as");
    public static readonly byte At = Add("at");
    public static readonly byte Between = Add("between");
    public static readonly byte Both = Add("both");
    public static readonly byte By = Add("by");
    public static readonly byte Cited = Add("cited");
    public static readonly byte Citing = Add("citing");
    public static readonly byte Day = Add("day");
    public static readonly byte Each = Add("each");
    public static readonly byte Due = Add("due");
    public static readonly byte During = Add("during");
    public static readonly byte Following = Add("following");
    public static readonly byte For = Add("for");
    public static readonly byte From = Add("from");
    public static readonly byte Get = Add("get");
    public static readonly byte Going = Add("going");
    public static readonly byte Got = Add("got");
    public static readonly byte He = Add("he");
    public static readonly byte Her = Add("her");
    public static readonly byte His = Add("his");
    public static readonly byte In = Add("in");
    public static readonly byte It = Add("it");
    public static readonly byte Least = Add("least");
    public static readonly byte Morning = Add("morning");
    public static readonly byte Most = Add("most");
    public static readonly byte Of = Add("of");
    public static readonly byte On = Add("on");
    public static readonly byte Open = Add("open");
    public static readonly byte Part = Add("part");
    public static readonly byte Past = Add("past");
    public static readonly byte What = Add("what");
    public static readonly byte Plan = Add("plan");
    public static readonly byte Plans = Add("plans");
    public static readonly byte Planning = Add("planning");
    public static readonly byte Prepared = Add("prepared");
    public static readonly byte Quoted = Add("quoted");
    public static readonly byte Ready = Add("ready");
    public static readonly byte Remained = Add("remained");
    public static readonly byte Remains = Add("remains");
    public static readonly byte Reported = Add("reported");
    public static readonly byte Reportedly = Add("reportedly");
    public static readonly byte Set = Add("set");
    public static readonly byte She = Add("she");
    public static readonly byte Still = Add("still");
    public static readonly byte That = Add("that");
    public static readonly byte There = Add("there");
    public static readonly byte To = Add("to");
    public static readonly byte Voted = Add("voted");
    public static readonly byte Votes = Add("votes");
    public static readonly byte Week = Add("week");
    public static readonly byte Well = Add("well");
    public static readonly byte Where = Add("where");
    public static readonly byte Which = Add("which");
    public static readonly byte Willing = Add("willing");
    public static readonly byte Who = Add("who");
    public static readonly byte Whom = Add("whom");
    public static readonly byte Whose = Add("whose");

    // Documents a directive's -ing form may follow ("issued a statement calling on", "sent a letter demanding").
    public static readonly byte Statement = Add("statement");
    public static readonly byte Letter = Add("letter");
    public static readonly byte Note = Add("note");
    public static readonly byte Petition = Add("petition");
    public static readonly byte Resolution = Add("resolution");
    public static readonly byte Motion = Add("motion");
    public static readonly byte Communique = Add("communique");
    public static readonly byte Declaration = Add("declaration");

    // A pair named by count ("the two leaders", "the two countries"): the story's latest two sides.
    public static readonly byte Two = Add("two");
    public static readonly byte Leaders = Add("leaders");
    public static readonly byte Presidents = Add("presidents");
    public static readonly byte Ministers = Add("ministers");
    public static readonly byte Sides = Add("sides");
    public static readonly byte Countries = Add("countries");
    public static readonly byte Governments = Add("governments");
    public static readonly byte Neighbours = Add("neighbours");
    public static readonly byte Neighbors = Add("neighbors");
    public static readonly byte Counterpart = Add("counterpart");

    /// <summary>Every keyword, normalized, with its id.</summary>
    public static TermTable<byte> Table => Ids;

    private static byte Add(string word)
    {
        _last++;
        Ids.Set(word, _last);
        return _last;
    }
}

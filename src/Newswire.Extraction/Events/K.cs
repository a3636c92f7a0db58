using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

/// <summary>Ids of the words the event rules test, looked up once per token.</summary>
internal static class K
{
    public const byte Comma = 1;
    public const byte Colon = 2;
    public const byte About = 3;
    public const byte According = 4;
    public const byte After = 5;
    public const byte Allegedly = 6;
    public const byte And = 7;
    public const byte As = 8;
    public const byte At = 9;
    public const byte Between = 10;
    public const byte By = 11;
    public const byte Cited = 12;
    public const byte Citing = 13;
    public const byte Day = 14;
    public const byte Due = 15;
    public const byte During = 16;
    public const byte Following = 17;
    public const byte For = 18;
    public const byte Get = 19;
    public const byte Going = 20;
    public const byte Got = 21;
    public const byte He = 22;
    public const byte Her = 23;
    public const byte His = 24;
    public const byte In = 25;
    public const byte Morning = 26;
    public const byte Of = 27;
    public const byte On = 28;
    public const byte Part = 29;
    public const byte Quoted = 30;
    public const byte Reported = 31;
    public const byte Reportedly = 32;
    public const byte Set = 33;
    public const byte She = 34;
    public const byte That = 35;
    public const byte There = 36;
    public const byte To = 37;
    public const byte Week = 38;
    public const byte Well = 39;
    public const byte Which = 40;
    public const byte Who = 41;

    public static readonly TermTable<byte> Table = Build();

    private static TermTable<byte> Build()
    {
        var t = new TermTable<byte>(64);
        t.Set(",", Comma);
        t.Set(":", Colon);
        t.Set("about", About);
        t.Set("according", According);
        t.Set("after", After);
        t.Set("allegedly", Allegedly);
        t.Set("and", And);
        t.Set("as", As);
        t.Set("at", At);
        t.Set("between", Between);
        t.Set("by", By);
        t.Set("cited", Cited);
        t.Set("citing", Citing);
        t.Set("day", Day);
        t.Set("due", Due);
        t.Set("during", During);
        t.Set("following", Following);
        t.Set("for", For);
        t.Set("get", Get);
        t.Set("going", Going);
        t.Set("got", Got);
        t.Set("he", He);
        t.Set("her", Her);
        t.Set("his", His);
        t.Set("in", In);
        t.Set("morning", Morning);
        t.Set("of", Of);
        t.Set("on", On);
        t.Set("part", Part);
        t.Set("quoted", Quoted);
        t.Set("reported", Reported);
        t.Set("reportedly", Reportedly);
        t.Set("set", Set);
        t.Set("she", She);
        t.Set("that", That);
        t.Set("there", There);
        t.Set("to", To);
        t.Set("week", Week);
        t.Set("well", Well);
        t.Set("which", Which);
        t.Set("who", Who);
        return t;
    }
}

using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Newswire.Extraction.Places;

namespace Newswire.Extraction.Tests.Places;

public class GazetteerTests
{
    [Fact]
    public void Embedded_gazetteer_loads_once_with_countries_states_and_towns()
    {
        var loaded = new Gazetteer[8];
        Parallel.For(0, loaded.Length, i => loaded[i] = Gazetteer.Default);
        Assert.All(loaded, g => Assert.Same(loaded[0], g));

        var gz = loaded[0];
        Assert.True(gz.Count > 50000, "entries: " + gz.Count);
        Assert.True(gz.CountryEntry("KAZ") >= 0);
        Assert.Equal("Texas", gz[gz.Admin1Entry("USA", "TX")].Name);
        Assert.Equal("Astana", gz[gz.CapitalEntry("KAZ")].Name); // renamed back from Nur-Sultan after the snapshot
    }

    [Theory]
    [InlineData("Rostov-on-Don", "rostov on don")]
    [InlineData("Córdoba", "cordoba")]
    [InlineData("the Arctic", "arctic")]
    [InlineData("Washington, D.C.", "washington dc")]
    [InlineData("Xi'an", "xian")]
    [InlineData("Łódź", "lodz")]
    [InlineData("THE Hague", "hague")]
    [InlineData("The", "the")]
    [InlineData("Theron", "theron")]
    [InlineData("  --Port of  Spain!! ", "port of spain")]
    [InlineData("", "")]
    public void Keys_fold_case_accents_and_punctuation(string name, string key) => Assert.Equal(key, PlaceNames.Key(name));

    [Fact]
    public void Keys_are_the_same_whatever_was_keyed_before_on_the_thread()
    {
        // The key is built in a per-thread buffer: a long name after short ones, and a short one after it.
        var longName = string.Join(" ", Enumerable.Repeat("Velika-Dolina", 40));
        var expected = string.Join(" ", Enumerable.Repeat("velika dolina", 40));
        Assert.Equal("cordoba", PlaceNames.Key("Córdoba"));
        Assert.Equal(expected, PlaceNames.Key(longName));
        Assert.Equal("xian", PlaceNames.Key("Xi'an"));
        Assert.Equal(expected, PlaceNames.Key(longName.ToUpperInvariant()));
    }

    [Fact]
    public void Lookup_finds_names_and_aliases()
    {
        var g = Gazetteer.Default;
        var kyiv = g.Find("kiev").ToList().Select(f => g[f.Entry]).ToList();
        Assert.Contains(kyiv, e => e.Country == "UKR" && e.Kind == PlaceKind.Capital);
        var georgia = g.Find("georgia").ToList().Select(f => g[f.Entry]).ToList();
        Assert.Contains(georgia, e => e.Kind == PlaceKind.Country && e.Country == "GEO");
        Assert.Contains(georgia, e => e.Kind == PlaceKind.Admin1 && e.Country == "USA");
        Assert.Contains(g.Find("europe").ToList().Select(f => g[f.Entry]), e => e.Kind == PlaceKind.Continent && double.IsNaN(e.Latitude));
        Assert.Empty(g.Find("no such place anywhere").ToList());
    }

    [Fact]
    public void Lookup_tries_the_other_romanization_of_a_final_ia_or_ya()
    {
        var g = Gazetteer.Default;
        // GeoNames writes "Zaporizhzhya"; news writes "Zaporizhzhia". An exact key always wins.
        Assert.Contains(g.Find("zaporizhzhia").ToList().Select(f => g[f.Entry]), e => e.Country == "UKR");
        Assert.Contains(g.Find("georgia").ToList().Select(f => g[f.Entry]), e => e.Kind == PlaceKind.Country && e.Country == "GEO");
        Assert.Equal("abcya", Gazetteer.TransliterationVariant("abcia"));
        Assert.Equal("abcia", Gazetteer.TransliterationVariant("abcya"));
        Assert.Null(Gazetteer.TransliterationVariant("ia"));
        Assert.Null(Gazetteer.TransliterationVariant("paris"));
    }

    [Fact]
    public void Parses_the_text_format_the_build_tool_writes()
    {
        var text = "# comment\n"
            + "c\t1\tAAA\t\tAland\t10.5\t20.25\t1000\t=|land|aland republic\n"
            + "P\t1\tAAA\t01\tCapitol\t10\t20\t500\tcapitol\n"
            + "r\t-2\t\t\tThe Wilds\t\t\t0\twilds\n";
        var g = Gazetteer.Parse(new StringReader(text));
        Assert.Equal(3, g.Count);
        Assert.Equal(0, g.CountryEntry("AAA"));
        Assert.Equal(1, g.CapitalEntry("AAA"));
        Assert.Equal(2, g[1].Id); // ids are deltas from the previous row
        Assert.Equal(1000000, g[0].Population); // in thousands
        var (entry, alias) = g.Find("aland republic").ToList().Single();
        Assert.Equal(0, entry);
        Assert.True(alias);
        Assert.False(g.Find("aland").ToList().Single().Alias);
        var place = g.ToPlace(0);
        Assert.Equal(10.5, place.Latitude);
        Assert.Equal(20.25, place.Longitude);
        Assert.False(g.ToPlace(2).HasPoint);
        Assert.Equal(PlaceKind.Region, g.ToPlace(2).Kind);
    }
}

namespace Newswire.Extraction.Tests.Layout;

/// <summary>
/// Session 24: outlet and section lines of Spanish, Portuguese and French papers ("ABC Color | Política", "Prensa
/// Libre — Nacional"), and a paper's name holding a section word beside a section alone ("Business Day | Companies").
/// </summary>
public class ForeignSectionLineTests
{
    private const string Rest = "\n\nPolice arrest opposition leader in capital\n\nBy Jane Doe\n\nThe police arrested the opposition leader on Monday, officials said.\n\nHis party condemned the arrest.\n";

    [Theory]
    [InlineData("ABC Color | Política", "ABC Color", "Política")]
    [InlineData("Prensa Libre — Nacional", "Prensa Libre", "Nacional")]
    [InlineData("Listín Diario / Economía", "Listín Diario", "Economía")]
    [InlineData("Le Monde | Afrique", "Le Monde", "Afrique")]
    [InlineData("Business Day | Companies", "Business Day", "Companies")]
    public void An_outlet_and_section_line_gives_both(string line, string outlet, string section)
    {
        var a = ArticleExtractor.Extract("story.txt", line + Rest);
        Assert.Equal(outlet, a.Outlet);
        Assert.Equal(section, a.Section);
        Assert.Equal("Police arrest opposition leader in capital", a.Title);
        Assert.Equal(2, a.Layout.Paragraphs.Count);
    }

    [Fact]
    public void Two_section_parts_stay_one_section()
    {
        var a = ArticleExtractor.Extract("story.txt", "World | Africa" + Rest);
        Assert.Null(a.Outlet);
        Assert.Equal("World | Africa", a.Section);
    }
}

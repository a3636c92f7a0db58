namespace Newswire.Extraction.Tests.Lexicons;

public class LexiconFileTests
{
    [Fact]
    public void Validate_reports_bad_lines_with_numbers()
    {
        var errors = Newswire.Extraction.Lexicons.LexiconFile.Validate("person|A B|RUS\nnope|X\norg|Y|XX\n");
        Assert.Equal(new[] { 2, 3 }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(errors, e => e.Key)));
    }
}

using System.Linq;
using Newswire.Extraction.Events;

namespace Newswire.Extraction.Tests.Events;

/// <summary>The event rules' keyword ids (<see cref="K"/>) come from one list: distinct, dense from 1, found by their word.</summary>
public class KeywordIdTests
{
    [Fact]
    public void Every_keyword_has_its_own_id_from_one_up()
    {
        var ids = K.Table.Entries().Select(e => (int)e.Value).OrderBy(v => v).ToArray();
        Assert.Equal(Enumerable.Range(1, ids.Length), ids);
    }

    [Theory]
    [InlineData("of")]
    [InlineData(",")]
    [InlineData("reportedly")]
    public void A_keyword_is_found_by_its_word(string word)
    {
        Assert.True(K.Table.TryGet(word, out var id));
        Assert.NotEqual(0, id);
    }

    [Fact]
    public void The_ids_the_rules_name_are_the_tables()
    {
        Assert.True(K.Table.TryGet("of", out var of));
        Assert.Equal(K.Of, of);
        Assert.True(K.Table.TryGet("according", out var according));
        Assert.Equal(K.According, according);
    }
}

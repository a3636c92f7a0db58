using Newswire.Extraction.Actors;

namespace Newswire.Extraction.Events;

/// <summary>
/// The mention covering each token, as <see cref="ActorExtractionResult.MentionAtToken"/> answers it, kept in the
/// event run's pooled scratch: the result's own map would be a new array of the article's length every time.
/// </summary>
internal readonly struct MentionMap
{
    private readonly int[] _map;
    private readonly int _count;

    private MentionMap(int[] map, int count)
    {
        _map = map;
        _count = count;
    }

    /// <summary>Fills <paramref name="pooled"/> (grown when short) with the mention index of each of <paramref name="tokenCount"/> tokens.</summary>
    public static MentionMap Build(ActorExtractionResult actors, int tokenCount, ref int[] pooled)
    {
        var map = Scratch.AtLeast(ref pooled, tokenCount);
        for (var i = 0; i < tokenCount; i++)
        {
            map[i] = -1;
        }

        var mentions = actors.Mentions;
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            for (var t = mention.FirstToken; t < mention.EndToken && t < tokenCount; t++)
            {
                map[t] = m;
            }
        }

        return new MentionMap(map, tokenCount);
    }

    /// <summary>Index into the mentions of the mention covering <paramref name="token"/>, or -1.</summary>
    public int At(int token) => token >= 0 && token < _count ? _map[token] : -1;
}

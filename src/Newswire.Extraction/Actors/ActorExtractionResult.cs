using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Model;

namespace Newswire.Extraction.Actors;

/// <summary>How a mention names its actor.</summary>
internal enum MentionKind : byte
{
    /// <summary>A proper name or its short form ("Vladimir Putin", "Putin", "the Kremlin").</summary>
    Name = 0,

    /// <summary>An acronym or its expansion ("CIS").</summary>
    Acronym = 1,

    /// <summary>A description resolved to an actor ("the Russian leader", "the minister").</summary>
    Description = 2,

    /// <summary>A demonym or adjective standing for a country ("Russian" in "Russian forces").</summary>
    Adjective = 3,

    /// <summary>A pronoun linked to its nearest fitting antecedent ("he", "we", "I"); weaker evidence.</summary>
    Pronoun = 4,

    /// <summary>A name used as a noun modifier ("CIS summit", "Coalition aircraft"): linked, not exported as a mention span.</summary>
    Modifier = 5,

    /// <summary>A group phrase built on a name ("Iraqi security forces", "the government of Iraq", "the Syrians"): a nominal.</summary>
    Group = 6,
}

/// <summary>
/// One place in the text that refers to an actor: names, aliases, acronyms and the descriptions the
/// coreference step linked ("the Russian leader" → Vladimir Putin). Events read agents from these.
/// </summary>
internal readonly struct ResolvedMention
{
    public ResolvedMention(TextSpan span, int actor, int firstToken, int tokenCount, MentionKind kind)
    {
        Span = span;
        Actor = actor;
        FirstToken = firstToken;
        TokenCount = tokenCount;
        Kind = kind;
    }

    /// <summary>The exact span (no possessive "’s", no trailing punctuation).</summary>
    public readonly TextSpan Span;

    /// <summary>Index into <see cref="ActorExtractionResult.Actors"/>.</summary>
    public readonly int Actor;

    /// <summary>Index of the first token in <c>TokenizedText.Tokens</c>.</summary>
    public readonly int FirstToken;

    /// <summary>Number of tokens covered.</summary>
    public readonly int TokenCount;

    /// <summary>Name, acronym, description or adjective.</summary>
    public readonly MentionKind Kind;

    /// <summary>Index just past the last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    public override string ToString() => "Mention " + Span + " -> actor " + Actor + " (" + Kind + ")";
}

/// <summary>The actors of one article and every resolved mention of them, in text order.</summary>
internal sealed class ActorExtractionResult
{
    public static readonly ActorExtractionResult Empty = new ActorExtractionResult(new ExtractedActor[0], new List<ResolvedMention>(), 0);

    private int[]? _byToken;
    private readonly int _tokenCount;

    public ActorExtractionResult(IReadOnlyList<ExtractedActor> actors, List<ResolvedMention> mentions, int tokenCount)
    {
        Actors = actors as ExtractedActor[] ?? ToArray(actors);
        Mentions = mentions;
        _tokenCount = tokenCount;
    }

    // The two lists are typed as what they are: the stages after the actor run index them some 1,000 times per
    // article, and through IReadOnlyList each read was an interface call (a struct copy out of it for a mention).

    /// <summary>Actors; their indexes are the indexes of the article's final actor list.</summary>
    public ExtractedActor[] Actors { get; }

    /// <summary>Mentions sorted by start offset, never overlapping.</summary>
    public List<ResolvedMention> Mentions { get; }

    private static ExtractedActor[] ToArray(IReadOnlyList<ExtractedActor> actors)
    {
        var array = new ExtractedActor[actors.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = actors[i];
        }

        return array;
    }

    /// <summary>Index into <see cref="Mentions"/> of the mention covering token <paramref name="token"/>, or -1.</summary>
    [MethodImpl(Hot.Path)]
    public int MentionAtToken(int token)
    {
        if (_byToken == null)
        {
            var map = new int[_tokenCount];
            for (var i = 0; i < map.Length; i++)
            {
                map[i] = -1;
            }

            for (var m = 0; m < Mentions.Count; m++)
            {
                var mention = Mentions[m];
                for (var t = mention.FirstToken; t < mention.EndToken && t < map.Length; t++)
                {
                    map[t] = m;
                }
            }

            _byToken = map;
        }

        return token >= 0 && token < _byToken.Length ? _byToken[token] : -1;
    }
}

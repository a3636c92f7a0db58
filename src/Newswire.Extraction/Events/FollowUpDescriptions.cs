using System;
using System.Collections.Generic;
using Newswire.Extraction.Actors;
using Newswire.Extraction.Events.Stages;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events;

/// <summary>
/// Organizations after their first mention: "the ministry", "the company", "the group" as an event's agent or
/// target stand for the organization the article named before. The actors stage links person descriptions
/// ("the minister" to the person whose role fits, <c>Actors/Link/Descriptions.cs</c>); this adds the
/// organization ones for the event stage only (they are not exported as mentions: a bare common noun is not a
/// name). "the ministry" needs an earlier organization with that word in its name ("Defence Ministry");
/// "the company", "the group" take the latest organization that is not a public body (nor state forces), "the
/// agency", "the bloc" the latest organization. "the government", "the authorities", "the (foreign) ministry" with
/// no organization of that name stand for the country (or its capital) the article named most often before them, the
/// latest on a tie: "Chile ... the government said" is Chile acting. Linear in the tokens and the mentions before each follow-up.
/// </summary>
internal static class FollowUpDescriptions
{
    private const byte NameWord = 1;
    private const byte AnyPrivate = 2;
    private const byte AnyOrganization = 3;

    // Or'ed into a head's kind: the head may also stand for the country ("the government").
    private const byte StateHead = 8;

    // The head words and the public-body words are the follow-up tables of event_stages.txt.
    private static StageWords Words => StageWords.Default;

    /// <summary>
    /// The actors with the follow-up descriptions added as mentions, or <paramref name="actors"/> itself when
    /// the article has none.
    /// </summary>
    public static ActorExtractionResult Link(TokenizedText text, ActorExtractionResult actors)
    {
        var tokens = text.Tokens;
        var mentions = actors.Mentions;
        if (mentions.Count == 0)
        {
            return actors;
        }

        // Mentions are in text order and never overlap: a cursor says whether a token is inside one, without the
        // token map (built once, by the event run, on the result it is given).
        List<ResolvedMention>? added = null;
        var cursor = 0;
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Length != 3 || !text.Is(i, "the") || InMention(mentions, ref cursor, i))
            {
                continue;
            }

            var head = FindHead(text, mentions, cursor, i + 1, out var kind);
            if (head < 0)
            {
                continue;
            }

            var organizationKind = (byte)(kind & ~StateHead);
            var actor = organizationKind == 0 ? -1 : Antecedent(text, actors, cursor, i + 1, head, organizationKind);
            if (actor < 0 && (kind & StateHead) != 0 && (head == i + 1 || LowercaseModifier(text, i + 1, head)))
            {
                actor = PlaceAfter(text, actors, cursor, head);
                actor = actor >= 0 ? actor : FrontedPlace(text, actors, cursor, i);
                actor = actor >= 0 ? actor : CountryAntecedent(text, actors, i, tieNamesNone: !text.Is(head, "government"));
            }

            if (actor >= 0)
            {
                added ??= new List<ResolvedMention>();
                added.Add(new ResolvedMention(new TextSpan(tokens[i].Start, tokens[head].End - tokens[i].Start), actor, i, head - i + 1, MentionKind.Description));
            }

            i = head;
        }

        if (added == null)
        {
            return actors;
        }

        var all = new List<ResolvedMention>(mentions.Count + added.Count);
        all.AddRange(mentions);
        all.AddRange(added);
        all.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new ActorExtractionResult(actors.Actors, all, tokens.Length);
    }

    // "the foreign ministry said" with no ministry named: a lowercase word before a state head is its kind, not
    // another actor's name ("the Chinese foreign ministry" is a mention and never reaches here).
    // Only a ministry: "the federal / interim / military government" is often another country's or a past one.
    private static bool LowercaseModifier(TokenizedText text, int modifier, int head) =>
        head > modifier && head <= modifier + 2 && text.Tokens[modifier].IsLower && text.Tokens[head - 1].IsLower
        && text.Is(head, "ministry");

    /// <summary>"ministry", "defence ministry" or "external affairs ministry" after "the": the head's index, or -1.</summary>
    private static int FindHead(TokenizedText text, IReadOnlyList<ResolvedMention> mentions, int cursor, int first, out byte kind)
    {
        var tokens = text.Tokens;
        kind = 0;
        for (var h = first; h < first + 3 && h < tokens.Length; h++)
        {
            if (tokens[h].Kind != TokenKind.Word || InMention(mentions, ref cursor, h))
            {
                return -1;
            }

            kind = HeadKind(text, h);
            if (kind == 0)
            {
                continue;
            }

            // "the ministry of health", "the company Acme": another (or the named) body, not a follow-up.
            var next = h + 1;
            if (next < tokens.Length && (text.Is(next, "of") || (tokens[next].Kind == TokenKind.Word && tokens[next].IsCapitalized && text.SentenceOf(next) == text.SentenceOf(h))))
            {
                return -1;
            }

            return h;
        }

        return -1;
    }

    /// <summary>Whether token <paramref name="token"/> is inside a mention; <paramref name="cursor"/> only moves forward.</summary>
    private static bool InMention(IReadOnlyList<ResolvedMention> mentions, ref int cursor, int token)
    {
        while (cursor < mentions.Count && mentions[cursor].EndToken <= token)
        {
            cursor++;
        }

        return cursor < mentions.Count && mentions[cursor].FirstToken <= token;
    }

    /// <summary>
    /// The latest organization named before "the" that fits, or -1. <paramref name="before"/> is the first mention
    /// not before it (the scan's cursor there): the mentions are in text order, so the search starts below it.
    /// </summary>
    private static int Antecedent(TokenizedText text, ActorExtractionResult actors, int before, int first, int head, byte kind)
    {
        var mentions = actors.Mentions;
        string? headWord = null;
        string? modifier = null;
        for (var m = before - 1; m >= 0; m--)
        {
            var mention = mentions[m];
            var actor = actors.Actors[mention.Actor];
            if (actor.Kind != ActorKind.Organization || Bracketed(text, mention) || (kind != NameWord && Source(text, mention)))
            {
                continue;
            }

            var armed = kind == AnyPrivate && head != first && IsArmedModifier(text, first);
            var fits = kind == NameWord ? HasWord(actor, headWord ??= text.TokenText(head)) || (text.Is(head, "party") && CalledParty(text, mention))
                : kind == AnyOrganization || !IsPublicBody(actor.Name) || (armed && !IsStateBody(actor.Name));
            if (fits && (head == first || armed || HasWord(actor, modifier ??= text.TokenText(first))))
            {
                return mention.Actor;
            }
        }

        return -1;
    }

    // "the opposition National Congress for Freedom (CNL) ... The party said": a name the article put after "opposition"
    // or "ruling" is a party whatever its name's own words.
    private static bool CalledParty(TokenizedText text, ResolvedMention mention) =>
        mention.FirstToken > 0 && (text.Is(mention.FirstToken - 1, "opposition") || text.Is(mention.FirstToken - 1, "ruling"));

    // "... an officer told Reuters. The president vowed to fight the group": a news agency is a story's source, not
    // the group or company it goes on about ("the agency" as a named head still finds it).
    private static bool Source(TokenizedText text, ResolvedMention mention) =>
        Layout.WireAgencies.IsAgency(text.Text, mention.Span.Start, mention.Span.Length);

    /// <summary>
    /// A name alone in brackets: a dateline's credit ("NAIROBI (Wire) - The company ...") is no antecedent, and an
    /// acronym after its full name ("Revenue Authority (RA)") leaves the full name to be found.
    /// </summary>
    private static bool Bracketed(TokenizedText text, ResolvedMention mention)
    {
        var tokens = text.Tokens;
        var before = mention.FirstToken - 1;
        var after = mention.EndToken;
        return before >= 0 && after < tokens.Length && tokens[before].Kind == TokenKind.Punctuation && tokens[after].Kind == TokenKind.Punctuation
            && text.Text[tokens[before].Start] == '(' && text.Text[tokens[after].Start] == ')';
    }

    /// <summary>"the government in Kinshasa demanded": a country or capital right after "in" says whose it is; or -1.</summary>
    private static int PlaceAfter(TokenizedText text, ActorExtractionResult actors, int cursor, int head)
    {
        var mentions = actors.Mentions;
        return cursor < mentions.Count && mentions[cursor].FirstToken == head + 2 && text.Is(head + 1, "in")
            ? StateOf(actors, mentions[cursor].Actor) : -1;
    }

    // A country or its capital stands for its state (the country's own actor where the article names it); other places do not.
    private static int StateOf(ActorExtractionResult actors, int place)
    {
        var actor = actors.Actors[place];
        return actor.Kind == ActorKind.Location && actor.Country is { } country && Lexicons.Capitals.IsCountryOrCapital(actor.Name, country)
            ? ForceCountry.Agent(actors, place) : -1;
    }

    /// <summary>
    /// "In Algiers, the foreign ministry condemned ...": a sentence opened by "In" + a country or its capital and a
    /// comma says whose ministry or government the unnamed one is, whichever country the story named most; or -1.
    /// </summary>
    private static int FrontedPlace(TokenizedText text, ActorExtractionResult actors, int cursor, int the)
    {
        if (cursor == 0 || the < 3 || text.Text[text.Tokens[the - 1].Start] != ',')
        {
            return -1;
        }

        var m = actors.Mentions[cursor - 1];
        var opener = m.FirstToken - 1;
        if (m.EndToken != the - 1 || opener < 0 || !text.Is(opener, "in") || (opener > 0 && text.SentenceOf(opener - 1) == text.SentenceOf(opener)))
        {
            return -1;
        }

        return StateOf(actors, m.Actor);
    }

    /// <summary>
    /// The country (or capital) named most often before token <paramref name="the"/>, the latest on a tie, or -1.
    /// Counted by country code: a country typed as its government ("Peru raised tariffs") and as a place ("in
    /// Peru") are two actors of one country. The actor returned is that country's latest mention.
    /// </summary>
    // "the government" keeps the latest country on a tie (the rule before ministries joined); "the (foreign)
    // ministry" is one country's, and two named equally often leave it no one's rather than the wrong one's.
    private static int CountryAntecedent(TokenizedText text, ActorExtractionResult actors, int the, bool tieNamesNone)
    {
        var counts = StoryCountry.Count(actors, text.Tokens[the].Start, -1, out var latest);
        if (counts == null)
        {
            return -1;
        }

        // The country that reached the top count last is the one of those whose latest mention comes last.
        int top = 0, at = -1;
        var tie = false;
        foreach (var pair in counts)
        {
            var last = latest![pair.Key];
            if (pair.Value > top || (pair.Value == top && last > at))
            {
                tie = pair.Value == top;
                top = pair.Value;
                at = last;
            }
            else if (pair.Value == top)
            {
                tie = true;
            }
        }

        // "the government" is the state: the country's own actor when the article names it, not the capital that
        // happened to be named last ("BOGOTA (Wire) - ... The government said").
        return tie && tieNamesNone ? -1 : ForceCountry.Agent(actors, actors.Mentions[at].Actor);
    }

    private static bool HasWord(ExtractedActor actor, string word)
    {
        if (ContainsWord(actor.Name, word))
        {
            return true;
        }

        foreach (var alias in actor.Aliases)
        {
            if (ContainsWord(alias, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsWord(string name, string word)
    {
        var at = 0;
        while ((at = name.IndexOf(word, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(name[at - 1])) && (end == name.Length || !char.IsLetter(name[end])))
            {
                return true;
            }

            at = end;
        }

        return false;
    }

    // "the rebel group", "the militant movement": an armed group, whatever its name's head ("National Liberation
    // Army", "Rapid Support Forces" end in a public body's word).
    private static readonly string[] ArmedModifiers = { "rebel", "insurgent", "militant", "armed", "separatist", "guerrilla", "jihadist", "paramilitary", "extremist", "islamist" };

    private static bool IsArmedModifier(TokenizedText text, int token)
    {
        foreach (var word in ArmedModifiers)
        {
            if (text.Is(token, word))
            {
                return true;
            }
        }

        return false;
    }

    // A state's own body is never "the rebel group".
    private static bool IsStateBody(string name) =>
        ContainsWord(name, "ministry") || ContainsWord(name, "government") || ContainsWord(name, "police") || ContainsWord(name, "parliament");

    private static bool IsPublicBody(string name)
    {
        var last = name.LastIndexOf(' ') + 1;
        return Words.Has(name, last, name.Length - last, StageSet.PublicBody) || ContainsWord(name, "ministry") || ContainsWord(name, "government");
    }

    // Which follow-up table token h is in (0: none), with StateHead when it may stand for the country. A hyphenated
    // word is never a head ("non-government").
    private static byte HeadKind(TokenizedText text, int h)
    {
        var tokens = text.Tokens;
        if (tokens[h].Is(TokenFlags.Hyphenated))
        {
            return 0;
        }

        var bits = Words.At(text.Text, tokens, h, h + 1);
        var kind = (bits & StageSet.FollowUpNamedHead) != 0 ? NameWord
            : (bits & StageSet.FollowUpPrivateHead) != 0 ? AnyPrivate
            : (bits & StageSet.FollowUpAnyHead) != 0 ? AnyOrganization
            : (byte)0;
        return (bits & StageSet.FollowUpStateHead) != 0 ? (byte)(kind | StateHead) : kind;
    }
}

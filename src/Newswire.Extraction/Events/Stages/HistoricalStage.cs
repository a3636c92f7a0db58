using System;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Events.Stages;

/// <summary>
/// History given as background is not news: "Iraq invaded Kuwait in 1990", "Decades ago, Argentina and Britain
/// fought", "Back in 2008, Russia fought a brief war", "during the Second World War". Looks at the trigger's
/// clause and window, at a time phrase right after the window ("after the 2015 election", <c>[time-link]</c>) and at
/// a fronted phrase before the sentence's first comma. A year counts as history when it
/// is two or more years before the article's date; with no date, two or more years before the latest year the
/// article writes, or before 2000.
/// </summary>
internal sealed class HistoricalStage : IEventStage
{
    /// <summary>Undated articles: a year before this is history whatever the story's date.</summary>
    internal const int UndatedHistoryBefore = 2000;

    public string Name => "historical";

    // How far before an event noun its own phrase may hold a year ("the 1985 Air India bombing").
    private const int NounPhraseReach = 4;

    public bool Rejects(EventContext c)
    {
        if (Historical(c, c.ClauseStart, c.WindowEnd, attributiveSkips: true) || DatedAfter(c) || DatedWhenClause(c))
        {
            return true;
        }

        // "the victims of the 1985 Air India bombing": a year in the event noun's own phrase, before a name in it.
        if (c.FromNoun && Historical(c, Math.Max(c.SentenceStart, c.Trigger - NounPhraseReach), c.Trigger))
        {
            return true;
        }

        // A fronted phrase ("Decades ago, ...", "In 1979, ...") sets the time of the clause after it.
        for (var i = c.SentenceStart; i < c.ClauseStart && i < c.SentenceStart + 8; i++)
        {
            if (c.IsPunctuation(i, ','))
            {
                return Historical(c, c.SentenceStart, i);
            }
        }

        return false;
    }

    // "first sanctioned X after the disputed 2015 election", "has signed 20 loans since it joined in 1961": a
    // time phrase just after the clause, up to the next punctuation, dates the event.
    private static bool DatedAfter(EventContext c)
    {
        var w = c.WindowEnd;
        if (!c.Has(w, StageSet.TimeLink))
        {
            return false;
        }

        var end = w + 1;
        while (end < c.SentenceEnd && end < w + 10 && (c.IsWord(end) || c.YearAt(end) > 0))
        {
            end++;
        }

        return Historical(c, w + 1, end);
    }

    // How far before ", when" the phrase it dates may hold the year ("the 1982 war, when ...").
    private const int WhenAntecedentReach = 5;

    /// <summary>
    /// "revisits the 1982 war, when Argentina invaded the islands", "the genocide of 1994, when extremists killed": a
    /// ", when" clause holding the trigger tells the time of a phrase just before it, whose year is history; so it does
    /// of a clause it goes on into without a comma ("the 1962 revolt, when rebels attacked ... before troops arrived").
    /// </summary>
    private static bool DatedWhenClause(EventContext c)
    {
        for (var i = c.Trigger - 1; i > c.SentenceStart && (i >= c.ClauseStart - 1 || c.Tokens[i].Kind != TokenKind.Punctuation); i--)
        {
            if (c.IsWord(i, "when"))
            {
                return c.IsPunctuation(i - 1, ',') && Historical(c, Math.Max(c.SentenceStart, i - 1 - WhenAntecedentReach), i - 1);
            }
        }

        return false;
    }

    /// <summary>
    /// "reaffirmed its commitment under their 1951 defence treaty", "accused Iran of breaching the 2015 deal": a year
    /// between a determiner and a word names the noun after it (a treaty, a deal, a law) and does not date the clause,
    /// unless a time word governs the phrase ("during the 2008 war", "in the 1990 invasion").
    /// </summary>
    private static bool IsAttributiveYear(EventContext c, int i) =>
        i > c.SentenceStart && i + 1 < c.SentenceEnd && c.IsWord(i + 1)
        && ((Events.Words.Of(c.Text, c.Tokens[i - 1]) & WordClass.Determiner) != 0 || c.Tokens[i - 1].Kind == TokenKind.Possessive)
        && !(i - 2 >= c.SentenceStart && (c.Has(i - 2, StageSet.TimeLink) || c.IsWord(i - 2, "in")));

    private static bool Historical(EventContext c, int from, int to, bool attributiveSkips = false)
    {
        var reference = c.Published?.Year;
        for (var i = from; i < to && i < c.SentenceEnd; i++)
        {
            if (c.Has(i, StageSet.Historical | StageSet.Era))
            {
                return true;
            }

            // "two decades ago", "years earlier"
            if (c.Has(i, StageSet.AgoUnit) && c.Has(i + 1, StageSet.Ago))
            {
                return true;
            }

            var year = c.YearAt(i);
            if (year > 0 && attributiveSkips && IsAttributiveYear(c, i))
            {
                continue;
            }

            if (year > 0 && !c.Has(i - 1, StageSet.Since) && (reference is int r ? year <= r - 2 : year < UndatedHistoryBefore || year <= c.ArticleMaxYear - 2))
            {
                return true;
            }
        }

        return false;
    }
}

using System;

namespace Newswire.Extraction.Events;

internal enum TimeKind : byte
{
    None = 0,

    /// <summary>Month and day ("October 10", "10 Oct. 2024"): <see cref="TimeExpression.Month"/>, Day, Year (0 = none).</summary>
    Calendar,

    /// <summary>A weekday ("on Sunday", "last Friday"): <see cref="TimeExpression.Weekday"/>, Offset -1 last / +1 next / 0 plain.</summary>
    Weekday,

    /// <summary>A day relative to publication: Offset days ("yesterday" -1, "today" 0, "the day before" -1).</summary>
    RelativeDay,

    /// <summary>Vague ("next week", "last month", "earlier"): kept as text, no date.</summary>
    Vague,
}

/// <summary>A time expression found in a sentence: token range, kind and the values needed to normalise it.</summary>
internal struct TimeExpression
{
    public int First;
    public int End;
    public TimeKind Kind;
    public int Month;
    public int Day;
    public int Year;
    public DayOfWeek Weekday;
    public int Offset;

    /// <summary>"later this month", "later today": ahead of publication within the period it names (no date shift).</summary>
    public bool LaterInPeriod;

    /// <summary>Whether the expression itself points forward ("next Friday", "tomorrow", "later this month").</summary>
    public bool Future => Offset > 0 || LaterInPeriod;
}

using System.Globalization;

namespace AllyBot.Core.Scheduling;

/// <summary>An ISO 8601 week (Monday to Sunday; week 1 holds the year's first Thursday), written <c>2026-W48</c>.</summary>
/// <param name="Year">The ISO week-numbering year, which differs from the calendar year around 1 January.</param>
/// <param name="Week">1 to 53.</param>
public readonly record struct IsoWeek(int Year, int Week) : IComparable<IsoWeek>
{
    /// <summary>The ISO week holding <paramref name="date"/>.</summary>
    public static IsoWeek Of(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(dateTime), ISOWeek.GetWeekOfYear(dateTime));
    }

    /// <summary>The Monday the week starts on.</summary>
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    /// <inheritdoc/>
    public int CompareTo(IsoWeek other) => (Year, Week).CompareTo((other.Year, other.Week));

    /// <summary><c>2026-W48</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");

    /// <summary>Earlier week.</summary>
    public static bool operator <(IsoWeek left, IsoWeek right) => left.CompareTo(right) < 0;

    /// <summary>Later week.</summary>
    public static bool operator >(IsoWeek left, IsoWeek right) => left.CompareTo(right) > 0;

    /// <summary>Same or earlier week.</summary>
    public static bool operator <=(IsoWeek left, IsoWeek right) => left.CompareTo(right) <= 0;

    /// <summary>Same or later week.</summary>
    public static bool operator >=(IsoWeek left, IsoWeek right) => left.CompareTo(right) >= 0;
}

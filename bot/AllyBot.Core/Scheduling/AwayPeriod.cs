namespace AllyBot.Core.Scheduling;

/// <summary>A stretch of member-local days the member is away (<c>/ally away</c>, leave), both ends inclusive.</summary>
/// <param name="From">First day away.</param>
/// <param name="To">Last day away, on or after <paramref name="From"/>.</param>
public sealed record AwayPeriod(DateOnly From, DateOnly To)
{
    /// <summary>Last day away, on or after <see cref="From"/>.</summary>
    public DateOnly To { get; init => field = CheckTo(From, value, nameof(To)); } = CheckTo(From, To, nameof(To));

    /// <summary>Whether <paramref name="date"/> is one of the away days.</summary>
    public bool Contains(DateOnly date) => From <= date && date <= To;

    private static DateOnly CheckTo(DateOnly from, DateOnly to, string paramName) =>
        to >= from ? to : throw new ArgumentOutOfRangeException(paramName, to, $"An away period must end on or after its first day ({from:yyyy-MM-dd}).");
}

namespace AllyBot.Core.Scheduling;

/// <summary>When a member may be messaged: from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive), member-local, on <see cref="Days"/>.</summary>
/// <param name="Start">Start of the working day. <value>Default: 09:00.</value></param>
/// <param name="End">End of the working day, after <paramref name="Start"/> (no overnight shifts). <value>Default: 17:00.</value></param>
/// <param name="Days">Working weekdays; at least one. <value>Default: Monday to Friday.</value></param>
public sealed record WorkingHours(TimeOnly Start, TimeOnly End, Weekdays Days)
{
    /// <summary>Monday to Friday, 09:00 to 17:00.</summary>
    public static WorkingHours Default { get; } = new(new TimeOnly(9, 0), new TimeOnly(17, 0), Weekdays.MondayToFriday);

    /// <summary>End of the working day, later than <see cref="Start"/>.</summary>
    public TimeOnly End { get; init => field = CheckEnd(Start, value, nameof(End)); } = CheckEnd(Start, End, nameof(End));

    /// <summary>Working weekdays; at least one.</summary>
    public Weekdays Days { get; init => field = WeeklySchedule.CheckDays(value, nameof(Days)); } = WeeklySchedule.CheckDays(Days, nameof(Days));

    private static TimeOnly CheckEnd(TimeOnly start, TimeOnly end, string paramName) =>
        end > start ? end : throw new ArgumentOutOfRangeException(paramName, end, $"Working hours must end after they start ({start:HH\\:mm}).");
}

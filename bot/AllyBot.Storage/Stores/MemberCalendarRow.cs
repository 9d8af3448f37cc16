namespace AllyBot.Storage.Stores;

/// <summary>A <c>member_calendars</c> row as read.</summary>
internal sealed class MemberCalendarRow
{
    public string? TimeZoneId { get; init; }

    public long? WorkStart { get; init; }

    public long? WorkEnd { get; init; }

    public long? WorkDays { get; init; }

    public string AwayPeriods { get; init; } = "[]";
}

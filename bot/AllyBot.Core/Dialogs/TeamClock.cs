using AllyBot.Core.Scheduling;
using NodaTime;

namespace AllyBot.Core.Dialogs;

/// <summary>Team-local weekly instants, such as "Friday 10:00 in the team zone" for the credits post.</summary>
internal static class TeamClock
{
    /// <summary>The instant of <paramref name="day"/> at <paramref name="time"/> in the team-local ISO week holding <paramref name="now"/>, and that week.</summary>
    public static (DateTimeOffset At, IsoWeek Week) InWeekOf(string zoneId, DateTimeOffset now, DayOfWeek day, TimeOnly time)
    {
        var zone = ZoneRules.Get(TimeZoneIds.Require(zoneId, nameof(zoneId)));
        var week = IsoWeek.Of(ZoneRules.DateAt(zone, Instant.FromDateTimeOffset(now)));
        var date = week.Monday.AddDays(day == DayOfWeek.Sunday ? 6 : (int)day - 1);
        return (ZoneRules.Resolve(zone, date, time).ToDateTimeOffset(), week);
    }
}

namespace AllyBot.Storage.Stores;

/// <summary>An away period as stored in <c>member_calendars.away_periods</c>.</summary>
internal sealed record StoredAwayPeriod(DateOnly From, DateOnly To);

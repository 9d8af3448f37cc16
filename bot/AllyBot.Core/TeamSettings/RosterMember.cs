namespace AllyBot.Core.TeamSettings;

/// <summary>A human member of a channel, as the platform lists them.</summary>
/// <param name="UserId">The platform user id (DM-able).</param>
/// <param name="TimeZoneId">The zone in their platform profile (Slack <c>users.info</c> <c>tz</c>), or null.</param>
public sealed record RosterMember(string UserId, string? TimeZoneId = null);

namespace AllyBot.Slack.Wire;

/// <summary>The <c>user</c> object of <c>users.info</c> (the fields AllyBot uses).</summary>
internal sealed record SlackUser(string? Id, string? TeamId, string? Name, bool IsBot, bool Deleted, string? Tz, int? TzOffset, string? Locale);

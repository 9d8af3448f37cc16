namespace AllyBot.Slack.Wire;

/// <summary>The <c>profile</c> of a <c>users.info</c> user (names only).</summary>
internal sealed record SlackUserProfile(string? DisplayName, string? RealName);

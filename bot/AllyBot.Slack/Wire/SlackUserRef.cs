namespace AllyBot.Slack.Wire;

/// <summary>A user reference in an interaction payload.</summary>
internal sealed record SlackUserRef(string? Id, string? Username, string? TeamId);

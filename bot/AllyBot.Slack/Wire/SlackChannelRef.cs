namespace AllyBot.Slack.Wire;

/// <summary>A channel reference in an interaction payload.</summary>
internal sealed record SlackChannelRef(string? Id, string? Name);

namespace AllyBot.Slack.Wire;

/// <summary>One input's submitted value (plain-text inputs).</summary>
internal sealed record SlackViewValue(string? Type, string? Value);

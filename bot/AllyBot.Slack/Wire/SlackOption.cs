namespace AllyBot.Slack.Wire;

/// <summary>A chosen option of a select menu (<c>selected_options</c> in interaction state).</summary>
internal sealed record SlackOption(string? Value);

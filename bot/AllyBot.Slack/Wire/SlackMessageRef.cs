namespace AllyBot.Slack.Wire;

/// <summary>The message an action was taken on (absent for ephemeral messages).</summary>
internal sealed record SlackMessageRef(string? Ts, string? ThreadTs);

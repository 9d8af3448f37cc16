namespace AllyBot.Slack.Wire;

/// <summary>One action of a block_actions payload.</summary>
internal sealed record SlackAction(string? Type, string? ActionId, string? BlockId, string? Value, string? ActionTs);

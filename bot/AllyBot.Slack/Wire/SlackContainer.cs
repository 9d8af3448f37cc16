namespace AllyBot.Slack.Wire;

/// <summary>Where an interactive element lives (<c>container</c> of block_actions).</summary>
internal sealed record SlackContainer(string? Type, string? MessageTs, string? ChannelId, bool IsEphemeral, string? ThreadTs);

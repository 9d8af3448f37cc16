namespace AllyBot.Slack.Wire;

/// <summary>The answer of <c>chat.postMessage</c>, <c>chat.update</c>, <c>chat.delete</c> and <c>chat.postEphemeral</c>.</summary>
internal sealed record SlackMessageResponse(bool Ok, string? Channel, string? Ts, string? MessageTs);

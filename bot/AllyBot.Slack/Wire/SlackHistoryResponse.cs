namespace AllyBot.Slack.Wire;

/// <summary>The messages of <c>conversations.history</c> or <c>conversations.replies</c>.</summary>
internal sealed record SlackHistoryResponse(IReadOnlyList<SlackMessageEvent>? Messages);

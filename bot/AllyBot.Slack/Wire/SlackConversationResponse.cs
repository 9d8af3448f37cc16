namespace AllyBot.Slack.Wire;

/// <summary>The answer of <c>conversations.info</c> and <c>conversations.open</c>.</summary>
internal sealed record SlackConversationResponse(bool Ok, SlackConversation? Channel);

namespace AllyBot.Slack.Wire;

/// <summary>The <c>channel</c> object of <c>conversations.info</c> / <c>conversations.open</c>.</summary>
internal sealed record SlackConversation(string? Id, string? Name, bool IsPrivate, bool IsMember, bool IsIm, bool IsArchived);

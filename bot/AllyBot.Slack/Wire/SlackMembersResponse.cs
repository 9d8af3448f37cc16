namespace AllyBot.Slack.Wire;

/// <summary>One page of <c>conversations.members</c>.</summary>
internal sealed record SlackMembersResponse(IReadOnlyList<string>? Members, SlackResponseMetadata? ResponseMetadata);

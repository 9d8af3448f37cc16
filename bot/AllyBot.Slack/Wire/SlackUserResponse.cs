namespace AllyBot.Slack.Wire;

/// <summary>The answer of <c>users.info</c>.</summary>
internal sealed record SlackUserResponse(bool Ok, SlackUser? User);

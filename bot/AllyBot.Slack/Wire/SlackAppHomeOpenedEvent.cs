namespace AllyBot.Slack.Wire;

/// <summary>The fields AllyBot reads from an <c>app_home_opened</c> event: who opened which tab (<c>home</c> or <c>messages</c>).</summary>
internal sealed record SlackAppHomeOpenedEvent(string? Type, string? User, string? Channel, string? Tab);

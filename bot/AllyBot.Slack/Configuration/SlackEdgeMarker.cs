namespace AllyBot.Slack.Configuration;

/// <summary>Registered by <c>AddSlack</c> when Slack is configured, so <c>MapSlack</c> knows whether to map anything.</summary>
internal sealed class SlackEdgeMarker;

namespace AllyBot.Slack.Wire;

/// <summary>A submitted view's input values: block id, then action id, then the value.</summary>
internal sealed record SlackViewState(IReadOnlyDictionary<string, IReadOnlyDictionary<string, SlackViewValue>>? Values);

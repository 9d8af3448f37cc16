namespace AllyBot.Slack.Wire;

/// <summary>The input values of a submitted view or of a message's blocks (<c>state</c>): block id, then action id, then the value.</summary>
internal sealed record SlackViewState(IReadOnlyDictionary<string, IReadOnlyDictionary<string, SlackViewValue>>? Values);

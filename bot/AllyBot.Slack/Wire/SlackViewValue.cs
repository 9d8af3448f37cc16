namespace AllyBot.Slack.Wire;

/// <summary>One input's state: a plain-text input's value, or a multi-select's chosen options.</summary>
internal sealed record SlackViewValue(string? Type, string? Value, IReadOnlyList<SlackOption>? SelectedOptions = null);

namespace AllyBot.Slack.Wire;

/// <summary>One input's state: a plain-text input's value, a multi-select's chosen options, or a single select's chosen option.</summary>
internal sealed record SlackViewValue(string? Type, string? Value, IReadOnlyList<SlackOption>? SelectedOptions = null, SlackOption? SelectedOption = null);

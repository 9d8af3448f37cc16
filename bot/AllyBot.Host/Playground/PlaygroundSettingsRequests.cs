namespace AllyBot.Host.Playground;

/// <summary>Someone presses a settings-panel button: <paramref name="Command"/> is the button's command (after <c>/ally</c>).</summary>
public sealed record PressSettingsRequest(string? Channel, string? User, string? Command);

/// <summary>
/// An admin submits the "Add a custom rule" form: the fields of <see cref="AllyBot.Rules.Customizing.CustomRuleFields"/>,
/// lists one item per entry. <paramref name="Id"/> is the part after <c>custom/</c> (a leading <c>custom/</c> is accepted).
/// </summary>
public sealed record AddCustomRuleRequest(
    string? Channel,
    string? User,
    string? Id,
    string? Severity,
    IReadOnlyList<string?>? Words,
    string? Pattern,
    IReadOnlyList<string?>? Suggestions,
    string? Message,
    string? Why,
    IReadOnlyList<string?>? Flag,
    IReadOnlyList<string?>? Pass);

namespace AllyBot.Slack.Wire;

/// <summary>
/// A slash command: the form fields of <c>POST /slack/commands</c>, or the payload of a Socket Mode
/// <c>slash_commands</c> envelope (same names, all strings).
/// </summary>
internal sealed record SlackSlashCommand(
    string? TeamId,
    string? TeamDomain,
    string? EnterpriseId,
    string? ChannelId,
    string? ChannelName,
    string? UserId,
    string? UserName,
    string? Command,
    string? Text,
    string? ApiAppId,
    string? IsEnterpriseInstall,
    string? ResponseUrl,
    string? TriggerId)
{
    /// <summary>Builds the command from decoded form fields.</summary>
    public static SlackSlashCommand FromForm(IReadOnlyDictionary<string, string> form) => new(
        form.GetValueOrDefault("team_id"),
        form.GetValueOrDefault("team_domain"),
        form.GetValueOrDefault("enterprise_id"),
        form.GetValueOrDefault("channel_id"),
        form.GetValueOrDefault("channel_name"),
        form.GetValueOrDefault("user_id"),
        form.GetValueOrDefault("user_name"),
        form.GetValueOrDefault("command"),
        form.GetValueOrDefault("text"),
        form.GetValueOrDefault("api_app_id"),
        form.GetValueOrDefault("is_enterprise_install"),
        form.GetValueOrDefault("response_url"),
        form.GetValueOrDefault("trigger_id"));

    /// <summary>Never prints the text.</summary>
    public override string ToString() => $"SlackSlashCommand {{ {TeamId}, {ChannelId}, {UserId}, {Command}, {Text?.Length ?? 0} chars }}";
}

using AllyBot.Rules.Model;

namespace AllyBot.Core.Settings;

/// <summary>What a workspace's admins chose for everyone.</summary>
/// <param name="SeverityFloor">Findings below this never nudge. <value>Default: suggestion (info never interrupts).</value></param>
/// <param name="ChannelsOff">Channels where AllyBot stays silent.</param>
public sealed record WorkspaceSettings(Severity SeverityFloor, IReadOnlySet<string> ChannelsOff)
{
    /// <summary>Suggestions and warnings nudge, in every channel.</summary>
    public static WorkspaceSettings Default { get; } = new(Severity.Suggestion, new HashSet<string>());

    /// <summary>The lowest severity that nudges: the floor, but never below suggestion (info never interrupts).</summary>
    public Severity NudgeFloor => SeverityFloor > Severity.Suggestion ? SeverityFloor : Severity.Suggestion;
}

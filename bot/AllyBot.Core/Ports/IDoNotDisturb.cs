using AllyBot.Core.Conversations;

namespace AllyBot.Core.Ports;

/// <summary>
/// Whether a member has paused notifications on their platform right now (Slack Do Not Disturb, scheduled or
/// snoozed). Scheduled prompts wait while it lasts.
/// </summary>
public interface IDoNotDisturb
{
    /// <summary>
    /// When the member's current do-not-disturb ends, or null when they are not in it at <paramref name="now"/>. A
    /// platform that cannot tell (no such feature, a missing scope, an error) answers null: do-not-disturb is a
    /// courtesy, and a prompt that waits forever would be lost.
    /// </summary>
    Task<DateTimeOffset?> QuietUntilAsync(ChatAddress where, string userId, DateTimeOffset now, CancellationToken cancellationToken = default);
}

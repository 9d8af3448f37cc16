namespace AllyBot.Slack.Wire;

/// <summary>
/// The answer of <c>dnd.info</c> for a user. Slack fills the snooze fields only for the calling user; for others it
/// gives the scheduled window (<c>next_dnd_start_ts</c> ≤ now &lt; <c>next_dnd_end_ts</c> while it is on).
/// </summary>
internal sealed record SlackDndInfo(
    bool DndEnabled,
    long? NextDndStartTs,
    long? NextDndEndTs,
    bool SnoozeEnabled = false,
    long? SnoozeEndtime = null)
{
    /// <summary>When the do-not-disturb the user is in at <paramref name="now"/> ends, or null when they are not in one.</summary>
    public DateTimeOffset? QuietUntil(DateTimeOffset now)
    {
        var nowSeconds = now.ToUnixTimeSeconds();
        var ends = new List<long>();
        if (SnoozeEnabled && SnoozeEndtime is { } snoozeEnd && snoozeEnd > nowSeconds)
        {
            ends.Add(snoozeEnd);
        }

        if (DndEnabled && NextDndStartTs is { } start && NextDndEndTs is { } end && start <= nowSeconds && nowSeconds < end)
        {
            ends.Add(end);
        }

        return ends.Count == 0 ? null : DateTimeOffset.FromUnixTimeSeconds(ends.Max());
    }
}

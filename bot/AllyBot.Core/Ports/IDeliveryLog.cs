using AllyBot.Core.Dialogs;

namespace AllyBot.Core.Ports;

/// <summary>
/// The delivery log of scheduled posts and digests (voices.md 4.3: ids and timestamps, 90 days), which also makes
/// each delivery happen at most once across instances.
/// </summary>
public interface IDeliveryLog
{
    /// <summary>Records <paramref name="delivery"/> at <paramref name="at"/> unless it was recorded before. Returns whether this call recorded it (atomic).</summary>
    Task<bool> TryRecordAsync(ScheduledDelivery delivery, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Deletes entries recorded before <paramref name="before"/>. Returns how many.</summary>
    Task<int> PurgeBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}

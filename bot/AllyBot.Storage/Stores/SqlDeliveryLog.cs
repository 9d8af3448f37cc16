using AllyBot.Core.Dialogs;
using AllyBot.Core.Ports;
using AllyBot.Storage.Connections;
using Dapper;

namespace AllyBot.Storage.Stores;

/// <summary>
/// The delivery log in SQLite or PostgreSQL: ids and times only. Recording is one INSERT ... ON CONFLICT DO NOTHING
/// on the delivery's key, so exactly one instance records (and then sends) each delivery. A thread in an address is ignored.
/// </summary>
internal sealed class SqlDeliveryLog(IStorageConnectionFactory connections) : IDeliveryLog
{
    public Task<bool> TryRecordAsync(ScheduledDelivery delivery, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return connections.WithConnectionAsync(
            async connection => await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO deliveries (kind, platform, workspace_id, channel_id, recipient_pseudonym, occurrence_key, recorded_at)
                VALUES (@Kind, @Platform, @WorkspaceId, @ChannelId, @RecipientPseudonym, @OccurrenceKey, @at)
                ON CONFLICT (kind, platform, workspace_id, channel_id, recipient_pseudonym, occurrence_key) DO NOTHING
                """,
                new
                {
                    delivery.Kind,
                    Platform = delivery.Channel.Platform.ToString(),
                    delivery.Channel.WorkspaceId,
                    delivery.Channel.ChannelId,
                    delivery.RecipientPseudonym,
                    delivery.OccurrenceKey,
                    at = UnixMilliseconds.From(at),
                },
                cancellationToken: cancellationToken)).ConfigureAwait(false) == 1,
            cancellationToken);
    }

    public Task<int> PurgeBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        connections.WithConnectionAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM deliveries WHERE recorded_at < @before",
                new { before = UnixMilliseconds.From(before) },
                cancellationToken: cancellationToken)),
            cancellationToken);
}

using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Scheduling;
using AllyBot.Core.Voices;
using AllyBot.Storage.Connections;
using Dapper;

namespace AllyBot.Storage.Stores;

/// <summary>Channels' weekly voices aggregates in SQLite or PostgreSQL: numbers per channel and ISO week, no member ids. A thread in an address is ignored.</summary>
internal sealed class SqlVoicesSnapshotStore(IStorageConnectionFactory connections) : IVoicesSnapshotStore
{
    public Task SaveAsync(ChatAddress channel, IsoWeek week, VoicesSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(snapshot);
        return connections.WithConnectionAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO voices_snapshots (platform, workspace_id, channel_id, iso_year, iso_week, eligible_members, messages, entropy, gini,
                    speaker_share, top_fifth_share, credits, credit_top_fifth_share, credit_gini)
                VALUES (@Platform, @WorkspaceId, @ChannelId, @Year, @Week, @EligibleMembers, @Messages, @Entropy, @Gini,
                    @SpeakerShare, @TopFifthShare, @Credits, @CreditTopFifthShare, @CreditGini)
                ON CONFLICT (platform, workspace_id, channel_id, iso_year, iso_week) DO UPDATE SET
                    eligible_members = excluded.eligible_members,
                    messages = excluded.messages,
                    entropy = excluded.entropy,
                    gini = excluded.gini,
                    speaker_share = excluded.speaker_share,
                    top_fifth_share = excluded.top_fifth_share,
                    credits = excluded.credits,
                    credit_top_fifth_share = excluded.credit_top_fifth_share,
                    credit_gini = excluded.credit_gini
                """,
                new
                {
                    Platform = channel.Platform.ToString(),
                    channel.WorkspaceId,
                    channel.ChannelId,
                    week.Year,
                    week.Week,
                    snapshot.EligibleMembers,
                    snapshot.Messages,
                    snapshot.Entropy,
                    snapshot.Gini,
                    snapshot.SpeakerShare,
                    snapshot.TopFifthShare,
                    Credits = snapshot.Credits?.Credits,
                    CreditTopFifthShare = snapshot.Credits?.TopFifthShare,
                    CreditGini = snapshot.Credits?.Gini,
                },
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    public Task<IReadOnlyList<VoicesSnapshot>> ListBeforeAsync(ChatAddress channel, IsoWeek week, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (count <= 0)
        {
            return Task.FromResult<IReadOnlyList<VoicesSnapshot>>([]);
        }

        return connections.WithConnectionAsync(
            async connection =>
            {
                var newestFirst = await connection.QueryAsync<VoicesSnapshotRow>(new CommandDefinition(
                    """
                    SELECT eligible_members AS EligibleMembers, messages AS Messages, entropy AS Entropy, gini AS Gini,
                        speaker_share AS SpeakerShare, top_fifth_share AS TopFifthShare, credits AS Credits,
                        credit_top_fifth_share AS CreditTopFifthShare, credit_gini AS CreditGini
                    FROM voices_snapshots
                    WHERE platform = @Platform AND workspace_id = @WorkspaceId AND channel_id = @ChannelId
                      AND (iso_year < @Year OR (iso_year = @Year AND iso_week < @Week))
                    ORDER BY iso_year DESC, iso_week DESC
                    LIMIT @count
                    """,
                    new { Platform = channel.Platform.ToString(), channel.WorkspaceId, channel.ChannelId, week.Year, week.Week, count },
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                return (IReadOnlyList<VoicesSnapshot>)[.. newestFirst.Reverse().Select(ToSnapshot)];
            },
            cancellationToken);
    }

    private static VoicesSnapshot ToSnapshot(VoicesSnapshotRow row) => new(
        checked((int)row.EligibleMembers),
        checked((int)row.Messages),
        row.Entropy,
        row.Gini,
        row.SpeakerShare,
        row.TopFifthShare,
        row.Credits is { } credits ? new CreditConcentration(checked((int)credits), row.CreditTopFifthShare ?? 0, row.CreditGini ?? 0) : null);
}

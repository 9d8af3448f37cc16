using AllyBot.Core.Conversations;
using AllyBot.Core.Participation;
using AllyBot.Core.Ports;
using AllyBot.Core.Settings;
using AllyBot.Storage.Connections;
using Dapper;

namespace AllyBot.Storage.Stores;

/// <summary>
/// Content-free daily counters in SQLite or PostgreSQL: one number per (channel, UTC day, pseudonym, kind). An
/// increment is one INSERT ... ON CONFLICT DO UPDATE SET messages = messages + 1, atomic across instances. Counters
/// belong to channels: a thread in an address is ignored.
/// </summary>
internal sealed class SqlParticipationCounter(IStorageConnectionFactory connections) : IParticipationCounter
{
    public Task IncrementAsync(ParticipationCount count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(count);
        return connections.WithConnectionAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO participation_counts (platform, workspace_id, channel_id, day, pseudonym, kind, messages)
                VALUES (@Platform, @WorkspaceId, @ChannelId, @day, @Pseudonym, @kind, 1)
                ON CONFLICT (platform, workspace_id, channel_id, day, pseudonym, kind)
                DO UPDATE SET messages = participation_counts.messages + 1
                """,
                new
                {
                    Platform = count.Channel.Platform.ToString(),
                    count.Channel.WorkspaceId,
                    count.Channel.ChannelId,
                    day = IsoDates.From(count.Day),
                    count.Pseudonym,
                    kind = count.Kind.ToString(),
                },
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, int>> SumByMemberAsync(ChatAddress channel, DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return connections.WithConnectionAsync(
            async connection => (IReadOnlyDictionary<string, int>)(await connection.QueryAsync<(string Pseudonym, long Messages)>(new CommandDefinition(
                """
                SELECT pseudonym, SUM(messages) FROM participation_counts
                WHERE platform = @Platform AND workspace_id = @WorkspaceId AND channel_id = @ChannelId AND day >= @firstDay AND day <= @lastDay
                GROUP BY pseudonym
                """,
                new
                {
                    Platform = channel.Platform.ToString(),
                    channel.WorkspaceId,
                    channel.ChannelId,
                    firstDay = IsoDates.From(firstDay),
                    lastDay = IsoDates.From(lastDay),
                },
                cancellationToken: cancellationToken)).ConfigureAwait(false))
                .ToDictionary(row => row.Pseudonym, row => checked((int)row.Messages), StringComparer.Ordinal),
            cancellationToken);
    }

    public Task<int> PurgeBeforeAsync(DateOnly day, CancellationToken cancellationToken = default) =>
        connections.WithConnectionAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM participation_counts WHERE day < @day",
                new { day = IsoDates.From(day) },
                cancellationToken: cancellationToken)),
            cancellationToken);

    public Task EraseAsync(MemberKey member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        return connections.WithConnectionAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM participation_counts WHERE workspace_id = @WorkspaceId AND pseudonym = @Pseudonym",
                new { member.WorkspaceId, member.Pseudonym },
                cancellationToken: cancellationToken)),
            cancellationToken);
    }
}

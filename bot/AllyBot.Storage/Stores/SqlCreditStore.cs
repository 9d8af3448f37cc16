using AllyBot.Core.Conversations;
using AllyBot.Core.Credits;
using AllyBot.Core.Ports;
using AllyBot.Core.Settings;
using AllyBot.Storage.Connections;
using Dapper;

namespace AllyBot.Storage.Stores;

/// <summary>
/// Credits in SQLite or PostgreSQL: the one user-authored text AllyBot stores (<c>credits.contribution</c>). Adding
/// is one INSERT ... ON CONFLICT (id) DO NOTHING, so a retried event stores its credit once on any instance. Credits
/// belong to channels: a thread in an address is ignored.
/// </summary>
internal sealed class SqlCreditStore(IStorageConnectionFactory connections) : ICreditStore
{
    private const string Columns =
        """
        id AS Id, origin_id AS OriginId, platform AS Platform, workspace_id AS WorkspaceId, channel_id AS ChannelId,
        giver_workspace_id AS GiverWorkspaceId, giver_pseudonym AS GiverPseudonym, giver_id AS GiverId,
        receiver_workspace_id AS ReceiverWorkspaceId, receiver_pseudonym AS ReceiverPseudonym, receiver_id AS ReceiverId,
        contribution AS Contribution, audience AS Audience, source AS Source, message_link AS MessageLink, given_at AS GivenAt
        """;

    private const string ChannelMatches = "platform = @Platform AND workspace_id = @WorkspaceId AND channel_id = @ChannelId";

    public Task<bool> AddAsync(Credit credit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credit);
        return connections.WithConnectionAsync(
            async connection => await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO credits (id, origin_id, platform, workspace_id, channel_id, giver_workspace_id, giver_pseudonym, giver_id,
                    receiver_workspace_id, receiver_pseudonym, receiver_id, contribution, audience, source, message_link, given_at)
                VALUES (@Id, @OriginId, @Platform, @WorkspaceId, @ChannelId, @GiverWorkspaceId, @GiverPseudonym, @GiverId,
                    @ReceiverWorkspaceId, @ReceiverPseudonym, @ReceiverId, @Contribution, @Audience, @Source, @MessageLink, @GivenAt)
                ON CONFLICT (id) DO NOTHING
                """,
                new
                {
                    credit.Id,
                    credit.OriginId,
                    Platform = credit.Channel.Platform.ToString(),
                    credit.Channel.WorkspaceId,
                    credit.Channel.ChannelId,
                    GiverWorkspaceId = credit.Giver.WorkspaceId,
                    GiverPseudonym = credit.Giver.Pseudonym,
                    credit.GiverId,
                    ReceiverWorkspaceId = credit.Receiver.WorkspaceId,
                    ReceiverPseudonym = credit.Receiver.Pseudonym,
                    credit.ReceiverId,
                    credit.Contribution,
                    Audience = credit.Audience.ToString(),
                    Source = credit.Source.ToString(),
                    credit.MessageLink,
                    GivenAt = UnixMilliseconds.From(credit.GivenAt),
                },
                cancellationToken: cancellationToken)).ConfigureAwait(false) == 1,
            cancellationToken);
    }

    public Task<IReadOnlyList<Credit>> ListSharedInChannelAsync(ChatAddress channel, DateTimeOffset givenFrom, DateTimeOffset givenBefore, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return connections.WithConnectionAsync(
            async connection => (IReadOnlyList<Credit>)[.. (await connection.QueryAsync<CreditRow>(new CommandDefinition(
                $"""
                SELECT {Columns} FROM credits
                WHERE {ChannelMatches} AND audience = @audience AND given_at >= @from AND given_at < @before
                ORDER BY given_at, id
                """,
                new
                {
                    Platform = channel.Platform.ToString(),
                    channel.WorkspaceId,
                    channel.ChannelId,
                    audience = nameof(CreditAudience.Channel),
                    from = UnixMilliseconds.From(givenFrom),
                    before = UnixMilliseconds.From(givenBefore),
                },
                cancellationToken: cancellationToken)).ConfigureAwait(false)).Select(ToCredit)],
            cancellationToken);
    }

    public Task<IReadOnlyList<ChatAddress>> ListChannelsWithSharedCreditsAsync(DateTimeOffset givenFrom, DateTimeOffset givenBefore, CancellationToken cancellationToken = default) =>
        connections.WithConnectionAsync(
            async connection => (IReadOnlyList<ChatAddress>)[.. (await connection.QueryAsync<ChannelRow>(new CommandDefinition(
                """
                SELECT DISTINCT platform AS Platform, workspace_id AS WorkspaceId, channel_id AS ChannelId FROM credits
                WHERE audience = @audience AND given_at >= @from AND given_at < @before
                ORDER BY platform, workspace_id, channel_id
                """,
                new { audience = nameof(CreditAudience.Channel), from = UnixMilliseconds.From(givenFrom), before = UnixMilliseconds.From(givenBefore) },
                cancellationToken: cancellationToken)).ConfigureAwait(false))
                .Select(row => new ChatAddress(Enum.Parse<ChatPlatform>(row.Platform), row.WorkspaceId, row.ChannelId))],
            cancellationToken);

    public Task<IReadOnlyDictionary<string, int>> CountReceivedAsync(ChatAddress channel, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return connections.WithConnectionAsync(
            async connection => (IReadOnlyDictionary<string, int>)(await connection.QueryAsync<(string Pseudonym, long Count)>(new CommandDefinition(
                $"""
                SELECT receiver_pseudonym, COUNT(*) FROM credits
                WHERE {ChannelMatches} AND given_at >= @since
                GROUP BY receiver_pseudonym
                """,
                new { Platform = channel.Platform.ToString(), channel.WorkspaceId, channel.ChannelId, since = UnixMilliseconds.From(since) },
                cancellationToken: cancellationToken)).ConfigureAwait(false))
                .ToDictionary(row => row.Pseudonym, row => checked((int)row.Count), StringComparer.Ordinal),
            cancellationToken);
    }

    public Task<int> PurgeBeforeAsync(DateTimeOffset givenBefore, CancellationToken cancellationToken = default) =>
        connections.WithConnectionAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM credits WHERE given_at < @before",
                new { before = UnixMilliseconds.From(givenBefore) },
                cancellationToken: cancellationToken)),
            cancellationToken);

    public Task EraseAsync(MemberKey member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        return connections.WithConnectionAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                """
                DELETE FROM credits
                WHERE (giver_workspace_id = @WorkspaceId AND giver_pseudonym = @Pseudonym)
                   OR (receiver_workspace_id = @WorkspaceId AND receiver_pseudonym = @Pseudonym)
                """,
                new { member.WorkspaceId, member.Pseudonym },
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    private static Credit ToCredit(CreditRow row) => new(
        row.Id,
        row.OriginId,
        new ChatAddress(Enum.Parse<ChatPlatform>(row.Platform), row.WorkspaceId, row.ChannelId),
        new MemberKey(row.GiverWorkspaceId, row.GiverPseudonym),
        row.GiverId,
        new MemberKey(row.ReceiverWorkspaceId, row.ReceiverPseudonym),
        row.ReceiverId,
        row.Contribution,
        Enum.Parse<CreditAudience>(row.Audience),
        Enum.Parse<CreditSource>(row.Source),
        row.MessageLink,
        UnixMilliseconds.ToTime(row.GivenAt));
}

using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;
using AllyBot.Core.Settings;
using AllyBot.Storage.Connections;
using Dapper;

namespace AllyBot.Storage.Stores;

/// <summary>
/// Sent nudges in SQLite or PostgreSQL (<c>sent_nudges</c>): ids, pseudonym, rule ids and time, keyed by the message
/// they are about. <see cref="SqlAllyStore.EraseAsync"/> deletes a member's rows with the rest of their data.
/// </summary>
internal sealed class SqlSentNudgeStore(IStorageConnectionFactory connections) : ISentNudgeStore
{
    private const char RuleSeparator = ' ';

    private const string MessageMatches =
        "platform = @Platform AND workspace_id = @WorkspaceId AND channel_id = @ChannelId AND message_id = @messageId";

    public Task SaveAsync(MemberKey member, SentNudge sent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(sent);
        if (sent.RuleIds.Any(id => id.Length == 0 || id.Contains(RuleSeparator, StringComparison.Ordinal)))
        {
            throw new ArgumentException("Rule ids must be non-empty and contain no spaces.", nameof(sent));
        }

        return connections.WithConnectionAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO sent_nudges (platform, workspace_id, channel_id, message_id, thread_id, pseudonym,
                    nudge_conversation_id, nudge_message_id, targeted, rule_ids, sent_at)
                VALUES (@Platform, @WorkspaceId, @ChannelId, @MessageId, @ThreadId, @Pseudonym,
                    @NudgeConversationId, @NudgeMessageId, @Targeted, @RuleIds, @SentAt)
                ON CONFLICT (platform, workspace_id, channel_id, message_id) DO UPDATE SET
                    thread_id = excluded.thread_id,
                    pseudonym = excluded.pseudonym,
                    nudge_conversation_id = excluded.nudge_conversation_id,
                    nudge_message_id = excluded.nudge_message_id,
                    targeted = excluded.targeted,
                    rule_ids = excluded.rule_ids,
                    sent_at = excluded.sent_at
                """,
                new
                {
                    Platform = sent.Where.Platform.ToString(),
                    sent.Where.WorkspaceId,
                    sent.Where.ChannelId,
                    sent.MessageId,
                    sent.Where.ThreadId,
                    member.Pseudonym,
                    NudgeConversationId = sent.Receipt.ConversationId,
                    sent.Receipt.NudgeMessageId,
                    sent.Receipt.Targeted,
                    RuleIds = string.Join(RuleSeparator, sent.RuleIds),
                    SentAt = UnixMilliseconds.From(sent.SentAt),
                },
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    public Task<SentNudge?> FindAsync(ChatAddress where, string messageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(where);
        ArgumentNullException.ThrowIfNull(messageId);
        return connections.WithConnectionAsync(
            async connection =>
            {
                var row = await connection.QuerySingleOrDefaultAsync<SentNudgeRow>(new CommandDefinition(
                    $"""
                    SELECT thread_id AS ThreadId, nudge_conversation_id AS NudgeConversationId, nudge_message_id AS NudgeMessageId,
                        targeted AS Targeted, rule_ids AS RuleIds, sent_at AS SentAt
                    FROM sent_nudges
                    WHERE {MessageMatches}
                    """,
                    Key(where, messageId),
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                return row is null
                    ? null
                    : new SentNudge(
                        where with { ThreadId = row.ThreadId },
                        messageId,
                        new NudgeReceipt(row.NudgeConversationId, row.NudgeMessageId, row.Targeted),
                        row.RuleIds.Split(RuleSeparator, StringSplitOptions.RemoveEmptyEntries),
                        UnixMilliseconds.ToTime(row.SentAt));
            },
            cancellationToken);
    }

    public Task<bool> DeleteAsync(ChatAddress where, string messageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(where);
        ArgumentNullException.ThrowIfNull(messageId);
        return connections.WithConnectionAsync(
            async connection => await connection.ExecuteAsync(new CommandDefinition(
                $"DELETE FROM sent_nudges WHERE {MessageMatches}",
                Key(where, messageId),
                cancellationToken: cancellationToken)).ConfigureAwait(false) > 0,
            cancellationToken);
    }

    public Task<int> PurgeBeforeAsync(DateTimeOffset sentBefore, CancellationToken cancellationToken = default) =>
        connections.WithConnectionAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM sent_nudges WHERE sent_at < @before",
                new { before = UnixMilliseconds.From(sentBefore) },
                cancellationToken: cancellationToken)),
            cancellationToken);

    private static object Key(ChatAddress where, string messageId) =>
        new { Platform = where.Platform.ToString(), where.WorkspaceId, where.ChannelId, messageId };
}

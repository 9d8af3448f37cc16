using AllyBot.Core.Conversations;
using AllyBot.Core.Dialogs;
using AllyBot.Core.Ports;
using AllyBot.Core.Scheduling;
using AllyBot.Core.Settings;
using AllyBot.Storage.Connections;
using Dapper;

namespace AllyBot.Storage.Stores;

/// <summary>
/// Scheduled dialogs and members' pauses in SQLite or PostgreSQL. Starting is one INSERT ... ON CONFLICT (id) DO
/// NOTHING and every change one UPDATE ... WHERE version = expected, so across instances exactly one start and one
/// change per version win. An open dialog holds the member's user id, the recipients' ids and the contribution they
/// typed (the text of the credit to be); the closed dialog the caller stores has none of them.
/// </summary>
internal sealed class SqlDialogStore(IStorageConnectionFactory connections) : IDialogStore
{
    private const string Columns =
        """
        id AS Id, kind AS Kind, platform AS Platform, workspace_id AS WorkspaceId, channel_id AS ChannelId,
        member_workspace_id AS MemberWorkspaceId, member_pseudonym AS MemberPseudonym, member_user_id AS MemberUserId,
        occurrence_key AS OccurrenceKey, status AS Status, step AS Step, started_at AS StartedAt, reminder_at AS ReminderAt,
        expires_at AS ExpiresAt, reminder_sent AS ReminderSent, recipient_ids AS RecipientIds, contribution AS Contribution,
        updated_at AS UpdatedAt, version AS Version
        """;

    public Task<bool> TryStartAsync(DialogState dialog, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        return connections.WithConnectionAsync(
            async connection => await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO dialogs (id, kind, platform, workspace_id, channel_id, member_workspace_id, member_pseudonym, member_user_id,
                    occurrence_key, status, is_open, step, started_at, reminder_at, expires_at, reminder_sent, recipient_ids, contribution,
                    updated_at, version)
                VALUES (@Id, @Kind, @Platform, @WorkspaceId, @ChannelId, @MemberWorkspaceId, @MemberPseudonym, @MemberUserId,
                    @OccurrenceKey, @Status, @IsOpen, @Step, @StartedAt, @ReminderAt, @ExpiresAt, @ReminderSent, @RecipientIds, @Contribution,
                    @UpdatedAt, @Version)
                ON CONFLICT (id) DO NOTHING
                """,
                Parameters(dialog),
                cancellationToken: cancellationToken)).ConfigureAwait(false) == 1,
            cancellationToken);
    }

    public Task<DialogState?> GetAsync(string dialogId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogId);
        return connections.WithConnectionAsync(
            async connection => await connection.QuerySingleOrDefaultAsync<DialogRow>(new CommandDefinition(
                $"SELECT {Columns} FROM dialogs WHERE id = @dialogId",
                new { dialogId },
                cancellationToken: cancellationToken)).ConfigureAwait(false) is { } row
                ? ToState(row)
                : null,
            cancellationToken);
    }

    /// <remarks>One UPDATE guarded by the expected version: a second writer of the same version updates no row.</remarks>
    public Task<bool> TryUpdateAsync(DialogState updated, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updated);
        var parameters = new DynamicParameters(Parameters(updated));
        parameters.Add("expected", updated.Version - 1);
        return connections.WithConnectionAsync(
            async connection => await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE dialogs SET
                    kind = @Kind, platform = @Platform, workspace_id = @WorkspaceId, channel_id = @ChannelId,
                    member_workspace_id = @MemberWorkspaceId, member_pseudonym = @MemberPseudonym, member_user_id = @MemberUserId,
                    occurrence_key = @OccurrenceKey, status = @Status, is_open = @IsOpen, step = @Step, started_at = @StartedAt,
                    reminder_at = @ReminderAt, expires_at = @ExpiresAt, reminder_sent = @ReminderSent, recipient_ids = @RecipientIds,
                    contribution = @Contribution, updated_at = @UpdatedAt, version = @Version
                WHERE id = @Id AND version = @expected
                """,
                parameters,
                cancellationToken: cancellationToken)).ConfigureAwait(false) == 1,
            cancellationToken);
    }

    public Task<IReadOnlyList<DialogState>> ListOpenAsync(CancellationToken cancellationToken = default) =>
        connections.WithConnectionAsync(
            async connection => (IReadOnlyList<DialogState>)[.. (await connection.QueryAsync<DialogRow>(new CommandDefinition(
                $"SELECT {Columns} FROM dialogs WHERE is_open = TRUE ORDER BY updated_at, id",
                cancellationToken: cancellationToken)).ConfigureAwait(false)).Select(ToState)],
            cancellationToken);

    public Task<IReadOnlyList<DialogState>> ListOpenForMemberAsync(MemberKey member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        return connections.WithConnectionAsync(
            async connection => (IReadOnlyList<DialogState>)[.. (await connection.QueryAsync<DialogRow>(new CommandDefinition(
                $"""
                SELECT {Columns} FROM dialogs
                WHERE member_workspace_id = @WorkspaceId AND member_pseudonym = @Pseudonym AND is_open = TRUE
                ORDER BY updated_at DESC, id
                """,
                new { member.WorkspaceId, member.Pseudonym },
                cancellationToken: cancellationToken)).ConfigureAwait(false)).Select(ToState)],
            cancellationToken);
    }

    public Task<DateTimeOffset?> GetPausedUntilAsync(MemberKey member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        return connections.WithConnectionAsync(
            async connection => await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
                "SELECT paused_until FROM dialog_pauses WHERE workspace_id = @WorkspaceId AND pseudonym = @Pseudonym",
                new { member.WorkspaceId, member.Pseudonym },
                cancellationToken: cancellationToken)).ConfigureAwait(false) is { } until
                ? UnixMilliseconds.ToTime(until)
                : (DateTimeOffset?)null,
            cancellationToken);
    }

    public Task PauseAsync(MemberKey member, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        return connections.WithConnectionAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO dialog_pauses (workspace_id, pseudonym, paused_until) VALUES (@WorkspaceId, @Pseudonym, @until)
                ON CONFLICT (workspace_id, pseudonym) DO UPDATE SET paused_until = excluded.paused_until
                """,
                new { member.WorkspaceId, member.Pseudonym, until = UnixMilliseconds.From(until) },
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    public Task<int> PurgeClosedAsync(DateTimeOffset startedBefore, CancellationToken cancellationToken = default) =>
        connections.InTransactionAsync(
            async (connection, transaction) =>
            {
                var cutoff = UnixMilliseconds.From(startedBefore);
                var purged = await connection.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM dialogs WHERE is_open = FALSE AND started_at < @cutoff",
                    new { cutoff },
                    transaction,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                await connection.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM dialog_pauses WHERE paused_until < @cutoff",
                    new { cutoff },
                    transaction,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                return purged;
            },
            cancellationToken);

    public Task EraseAsync(MemberKey member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        return connections.InTransactionAsync(
            async (connection, transaction) =>
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM dialogs WHERE member_workspace_id = @WorkspaceId AND member_pseudonym = @Pseudonym",
                    new { member.WorkspaceId, member.Pseudonym },
                    transaction,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                return await connection.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM dialog_pauses WHERE workspace_id = @WorkspaceId AND pseudonym = @Pseudonym",
                    new { member.WorkspaceId, member.Pseudonym },
                    transaction,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
            },
            cancellationToken);
    }

    private static object Parameters(DialogState dialog) => new
    {
        dialog.Id,
        Kind = dialog.Kind.ToString(),
        Platform = dialog.Channel.Platform.ToString(),
        dialog.Channel.WorkspaceId,
        dialog.Channel.ChannelId,
        MemberWorkspaceId = dialog.Member.WorkspaceId,
        MemberPseudonym = dialog.Member.Pseudonym,
        dialog.MemberUserId,
        dialog.OccurrenceKey,
        Status = dialog.Status.ToString(),
        dialog.IsOpen,
        Step = dialog.Step.ToString(),
        StartedAt = UnixMilliseconds.From(dialog.Timeline.StartedAt),
        ReminderAt = dialog.Timeline.ReminderAt is { } reminderAt ? UnixMilliseconds.From(reminderAt) : (long?)null,
        ExpiresAt = UnixMilliseconds.From(dialog.Timeline.ExpiresAt),
        dialog.ReminderSent,
        RecipientIds = StoredJson.FromIds(dialog.RecipientIds),
        dialog.Contribution,
        UpdatedAt = UnixMilliseconds.From(dialog.UpdatedAt),
        dialog.Version,
    };

    private static DialogState ToState(DialogRow row) => new(
        row.Id,
        Enum.Parse<DialogKind>(row.Kind),
        new ChatAddress(Enum.Parse<ChatPlatform>(row.Platform), row.WorkspaceId, row.ChannelId),
        new MemberKey(row.MemberWorkspaceId, row.MemberPseudonym),
        row.MemberUserId,
        row.OccurrenceKey,
        Enum.Parse<DialogStatus>(row.Status),
        Enum.Parse<DialogStep>(row.Step),
        new DialogTimeline(
            UnixMilliseconds.ToTime(row.StartedAt),
            row.ReminderAt is { } reminderAt ? UnixMilliseconds.ToTime(reminderAt) : null,
            UnixMilliseconds.ToTime(row.ExpiresAt)),
        row.ReminderSent,
        StoredJson.ToIds(row.RecipientIds),
        row.Contribution,
        UnixMilliseconds.ToTime(row.UpdatedAt),
        checked((int)row.Version));
}

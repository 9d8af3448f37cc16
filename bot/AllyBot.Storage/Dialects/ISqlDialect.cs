using System.Data.Common;

namespace AllyBot.Storage.Dialects;

/// <summary>
/// The little SQL and locking that differs between providers. Everything else (tables, columns, @ parameters,
/// ON CONFLICT, RETURNING) is written once in the stores and the inbox.
/// </summary>
internal interface ISqlDialect
{
    /// <summary>
    /// Appended to a sub-select that picks rows to update, so that concurrent workers skip rows another transaction
    /// is updating instead of waiting for them: empty on SQLite (one writer at a time), <c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL.
    /// </summary>
    string SkipLockedRows { get; }

    /// <summary>
    /// Placed after the table name of an UPDATE whose rows a sub-select picked by id, so that the provider looks them
    /// up by id: <c>NOT INDEXED</c> on SQLite, whose planner (without statistics) otherwise walks the index on
    /// <c>done</c> or <c>status</c> across the whole backlog for every claim; empty on PostgreSQL, which plans from
    /// statistics.
    /// </summary>
    string ByIdOnly { get; }

    /// <summary>
    /// Placed after the table name of the select that picks due commands and buttons: <c>INDEXED BY
    /// ix_inbox_interactive</c> on SQLite, whose planner (without statistics) otherwise walks the pending index across
    /// the message backlog; empty on PostgreSQL.
    /// </summary>
    string InteractiveLaneIndex { get; }

    /// <summary>
    /// Runs <paramref name="work"/> so that no other caller (in this process or another instance) runs work with the
    /// same <paramref name="key"/> at the same time, and so that its statements see what the previous holder committed.
    /// The transaction is null when the provider needs none (a single SQLite statement is already serialised).
    /// </summary>
    Task<T> ExclusiveAsync<T>(DbConnection connection, string key, Func<DbTransaction?, Task<T>> work, CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="work"/> in a transaction that no other migrator of the same database runs at the same time; commits it.</summary>
    Task<T> MigrationExclusiveAsync<T>(DbConnection connection, Func<DbTransaction, Task<T>> work, CancellationToken cancellationToken = default);

    /// <summary>What to do after deleting finished inbox rows, so that no deleted text lingers where the provider can remove it.</summary>
    Task AfterPurgeAsync(DbConnection connection, CancellationToken cancellationToken = default);
}

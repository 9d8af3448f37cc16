using System.Data.Common;
using AllyBot.Storage.Connections;
using AllyBot.Storage.Migrations;

namespace AllyBot.Storage;

/// <summary>The database as the host sees it: bring the schema up to date at start-up, and report readiness.</summary>
public sealed class AllyBotDatabase
{
    private readonly SchemaMigrator _migrator;
    private readonly IStorageConnectionFactory _connections;

    internal AllyBotDatabase(SchemaMigrator migrator, IStorageConnectionFactory connections)
    {
        _migrator = migrator;
        _connections = connections;
    }

    /// <summary>The schema version this build brings the database to.</summary>
    public int LatestSchemaVersion => _migrator.LatestVersion;

    /// <summary>Applies the missing migrations (a no-op when up to date). Call once at start-up, before serving.</summary>
    /// <returns>How many migrations were applied.</returns>
    /// <exception cref="StorageStartupException">The database cannot be created, opened or written; the message says what to fix.</exception>
    public Task<int> MigrateAsync(CancellationToken cancellationToken = default) => _migrator.MigrateAsync(cancellationToken);

    /// <summary>
    /// Moves committed work from SQLite's write-ahead log into the database file in the background, so that no request
    /// pays for it (the host calls this every second); nothing on PostgreSQL.
    /// </summary>
    public Task CheckpointAsync(CancellationToken cancellationToken = default) => _connections.CheckpointAsync(cancellationToken);

    /// <summary>Whether the database answers and has the newest schema (for <c>/readyz</c>).</summary>
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await _migrator.CurrentVersionAsync(cancellationToken).ConfigureAwait(false) == _migrator.LatestVersion;
        }
        catch (DbException)
        {
            return false;
        }
    }
}

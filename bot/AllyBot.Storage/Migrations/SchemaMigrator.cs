using System.Data.Common;
using AllyBot.Storage.Connections;
using Dapper;

namespace AllyBot.Storage.Migrations;

/// <summary>
/// Brings the database to the newest embedded schema: the missing scripts in version order, all in one transaction,
/// each recorded in <c>schema_version</c>. Running it again is a no-op; two instances starting together take turns
/// (SQLite's write lock; a PostgreSQL advisory lock), so no script is ever applied twice.
/// </summary>
internal sealed class SchemaMigrator(IStorageConnectionFactory connections)
{
    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL)";

    private readonly Lazy<IReadOnlyList<MigrationScript>> _scripts = new(() => MigrationScripts.For(connections.MigrationsFolder));

    /// <summary>The embedded scripts for this provider, oldest first.</summary>
    public IReadOnlyList<MigrationScript> Scripts => _scripts.Value;

    /// <summary>The newest version this build knows.</summary>
    public int LatestVersion => Scripts.Count == 0 ? 0 : Scripts[^1].Version;

    /// <summary>Applies the missing scripts and returns how many were applied.</summary>
    /// <exception cref="StorageStartupException">The database cannot be created, opened or written, or is newer than this build.</exception>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        connections.EnsureLocationExists();
        try
        {
            return await connections.WithConnectionAsync(
                    connection => connections.Dialect.MigrationExclusiveAsync(
                        connection, transaction => ApplyMissingAsync(connection, transaction, cancellationToken), cancellationToken),
                    cancellationToken)
                .ConfigureAwait(false);
        }
        catch (DbException e)
        {
            throw new StorageStartupException($"AllyBot cannot open or update {connections.Location}: {e.Message} {connections.StartupAdvice}", e);
        }
    }

    /// <summary>The newest applied version; fails with a <see cref="DbException"/> before the first migration.</summary>
    public Task<int> CurrentVersionAsync(CancellationToken cancellationToken = default) =>
        connections.WithConnectionAsync(
            connection => connection.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancellationToken: cancellationToken)),
            cancellationToken);

    private async Task<int> ApplyMissingAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(CreateVersionTable, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var applied = (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT version FROM schema_version", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToHashSet();

        if (applied.Count > 0 && applied.Max() > LatestVersion)
        {
            throw new StorageStartupException(
                $"{connections.Location} has schema version {applied.Max()}, newer than this AllyBot knows ({LatestVersion}). Run the newer AllyBot, or restore a backup made for this version.");
        }

        var count = 0;
        foreach (var script in Scripts.Where(s => !applied.Contains(s.Version)))
        {
            await connection.ExecuteAsync(new CommandDefinition(script.Sql, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_version (version, name) VALUES (@Version, @Name)",
                new { script.Version, script.Name },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            count++;
        }

        return count;
    }
}

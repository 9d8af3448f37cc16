using AllyBot.Core.Settings;
using AllyBot.Storage.Stores;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>The storage contract on a SQLite file.</summary>
public sealed class SqlAllyStoreTests : AllyStoreContractTests<SqlAllyStore>
{
    private SqliteTestDatabase? _database;

    [TearDown]
    public void DeleteDatabase() => _database?.Dispose();

    protected override async Task<SqlAllyStore> CreateStoreAsync()
    {
        _database = await SqliteTestDatabase.CreateMigratedAsync();
        return _database.CreateStore();
    }

    protected override Task SetWorkspaceAsync(SqlAllyStore store, string workspaceId, WorkspaceSettings settings) =>
        store.SaveWorkspaceAsync(workspaceId, settings);

    protected override async Task<IReadOnlyList<(string WorkspaceId, string ChannelId, string RuleId, DateTimeOffset At)>> ReadNotHelpfulAsync(SqlAllyStore store)
    {
        var rows = await _database!.QueryAsync<(string, string, string, long)>(
            "SELECT workspace_id, channel_id, rule_id, pressed_at FROM not_helpful ORDER BY id");
        return [.. rows.Select(r => (r.Item1, r.Item2, r.Item3, DateTimeOffset.FromUnixTimeMilliseconds(r.Item4)))];
    }
}

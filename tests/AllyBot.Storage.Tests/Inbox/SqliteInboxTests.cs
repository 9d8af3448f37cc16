using AllyBot.Storage.Dialects;
using AllyBot.Storage.Inbox;

namespace AllyBot.Storage.Tests.Inbox;

/// <summary>The inbox on a SQLite file, a fresh one per test.</summary>
public sealed class SqliteInboxTests : SqlInboxTests
{
    private protected override async Task<ITestDatabase> OpenDatabaseAsync() => await SqliteTestDatabase.CreateMigratedAsync();

    private protected override Task CloseDatabaseAsync(ITestDatabase database) => database.DisposeAsync().AsTask();

    [Test]
    public async Task InteractiveLaneSelect_OnAMigratedDatabase_ReadsOnlyThePartialIndexNotTheMessageBacklog()
    {
        await using var database = await SqliteTestDatabase.CreateMigratedAsync();

        var plan = (await database.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>(
            $"EXPLAIN QUERY PLAN {SqlInbox.LaneSelect(SqliteDialect.Instance.InteractiveLaneIndex, SqlInbox.InteractiveLane, "")}",
            new { now = 0L, max = 16 })).Select(step => step.Detail).ToList();

        Assert.That(plan, Has.Some.Contains("USING INDEX ix_inbox_interactive").And.None.EqualTo("SCAN inbox"), string.Join(" | ", plan));
    }
}

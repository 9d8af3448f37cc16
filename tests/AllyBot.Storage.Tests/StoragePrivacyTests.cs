using AllyBot.Core.Conversations;
using AllyBot.Core.Inbox;
using AllyBot.Core.Settings;
using AllyBot.Rules.Model;
using AllyBot.Storage.Inbox;
using Dapper;

namespace AllyBot.Storage.Tests;

/// <summary>Message text lives only in its inbox row until processed; afterwards nothing in the database holds it.</summary>
public sealed class StoragePrivacyTests
{
    private const string Marker = "hey guys MARKER-7f3a9c the crazy deadline";
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private SqliteTestDatabase _database = null!;

    [SetUp]
    public async Task CreateAsync() => _database = await SqliteTestDatabase.CreateMigratedAsync();

    [TearDown]
    public void Delete() => _database.Dispose();

    [Test]
    public async Task Flow_MessagesProcessedOrDropped_MarkerTextInNoColumnOfAnyTable()
    {
        await RunFlowAsync();

        Assert.That(await ColumnsContainingAsync("MARKER-7f3a9c"), Is.Empty);
    }

    [Test]
    public async Task Flow_MessagePending_MarkerFoundOnlyInInboxPayload()
    {
        var inbox = _database.CreateInbox();
        await inbox.EnqueueAsync("Ev-pending", InboxKinds.Message, Payload(Marker), T0);

        Assert.That(await ColumnsContainingAsync("MARKER-7f3a9c"), Is.EqualTo(new[] { "inbox.payload" }));
    }

    [Test]
    public async Task Flow_AfterPurge_MarkerBytesInNoDatabaseFile()
    {
        await RunFlowAsync();
        await _database.CreateInbox().PurgeCompletedAsync(T0);

        var files = Directory.GetFiles(_database.Folder);
        Assert.That(files, Is.Not.Empty);
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.That(bytes.AsSpan().IndexOf("MARKER-7f3a9c"u8), Is.EqualTo(-1), file);
        }
    }

    private static string Payload(string text) =>
        ChatEventJson.Serialize(new ChatMessage(
            new ChatAddress(ChatPlatform.Slack, "T1", "C-general"),
            "M1",
            new ChatUser("U1"),
            text,
            T0));

    private async Task RunFlowAsync()
    {
        var inbox = _database.CreateInbox();
        var store = _database.CreateStore();
        var member = new MemberKey("T1", "pseudonym-ada");

        await inbox.EnqueueAsync("Ev-processed", InboxKinds.Message, Payload(Marker), T0);
        var processed = await inbox.ClaimNextAsync("w1", T0, Lease);
        await store.TryRecordAsync(member, "gendered/guys", T0, TimeSpan.FromHours(1));
        await store.TryRecordAsync(member, "ableist/crazy", T0, TimeSpan.FromHours(1));
        await store.RecordNotHelpfulAsync("T1", "C-general", "ableist/crazy", T0);
        await store.SaveAsync(member, MemberSettings.Default with { SnoozedUntil = T0.AddHours(1) });
        await store.SaveWorkspaceAsync("T1", new WorkspaceSettings(Severity.Warning, new HashSet<string> { "C-random" }));
        await inbox.CompleteAsync(processed!.Id);

        await inbox.EnqueueAsync("Ev-failing", InboxKinds.Message, Payload(Marker + " again"), T0);
        for (var attempt = 0; attempt < SqliteInbox.MaxAttempts; attempt++)
        {
            var failing = await inbox.ClaimNextAsync("w1", T0.AddMinutes(attempt), Lease);
            await inbox.ReleaseAsync(failing!.Id, T0.AddMinutes(attempt + 1));
        }

        Assert.That(await inbox.CountPendingAsync(), Is.Zero);
    }

    /// <summary>"table.column" for every column of every table whose text contains <paramref name="needle"/>.</summary>
    private async Task<List<string>> ColumnsContainingAsync(string needle)
    {
        var hits = new List<string>();
        var tables = await _database.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'");
        Assert.That(tables, Does.Contain("inbox").And.Contain("nudges").And.Contain("member_settings"));
        foreach (var table in tables)
        {
            var columns = await _database.QueryAsync<string>($"SELECT name FROM pragma_table_info('{table}')");
            foreach (var column in columns)
            {
                var count = (await _database.QueryAsync<long>(
                    $"SELECT COUNT(*) FROM \"{table}\" WHERE instr(CAST(\"{column}\" AS TEXT), @needle) > 0",
                    new { needle })).Single();
                if (count > 0)
                {
                    hits.Add($"{table}.{column}");
                }
            }
        }

        return hits;
    }
}

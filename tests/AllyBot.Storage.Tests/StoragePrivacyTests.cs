using AllyBot.Core.Conversations;
using AllyBot.Core.Inbox;
using AllyBot.Core.Settings;
using AllyBot.Rules.Model;
using AllyBot.Storage.Inbox;

namespace AllyBot.Storage.Tests;

/// <summary>
/// Message text lives only in its inbox row until processed; afterwards nothing in the database holds it. One fixture
/// per provider derives from this.
/// </summary>
public abstract class StoragePrivacyTests
{
    protected const string MarkerId = "MARKER-7f3a9c";
    private const string Marker = "hey guys " + MarkerId + " the crazy deadline";
    protected static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private protected ITestDatabase Database { get; private set; } = null!;

    [SetUp]
    public async Task CreateAsync() => Database = await OpenDatabaseAsync();

    [TearDown]
    public Task CloseAsync() => CloseDatabaseAsync(Database);

    [Test]
    public async Task Flow_MessagesProcessedOrDropped_MarkerTextInNoColumnOfAnyTable()
    {
        await RunFlowAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await Database.TableNamesAsync(), Is.SupersetOf(new[] { "inbox", "nudges", "member_settings", "installations", "not_helpful" }));
            Assert.That(await Database.ColumnsContainingAsync(MarkerId), Is.Empty);
        }
    }

    [Test]
    public async Task Flow_MessagePending_MarkerFoundOnlyInInboxPayload()
    {
        var inbox = Database.CreateInbox();
        await inbox.EnqueueAsync("Ev-pending", InboxKinds.Message, Payload(Marker), T0);

        Assert.That(await Database.ColumnsContainingAsync(MarkerId), Is.EqualTo(new[] { "inbox.payload" }));
    }

    /// <summary>A migrated, empty database for one test.</summary>
    private protected abstract Task<ITestDatabase> OpenDatabaseAsync();

    private protected abstract Task CloseDatabaseAsync(ITestDatabase database);

    private static string Payload(string text) =>
        ChatEventJson.Serialize(new ChatMessage(
            new ChatAddress(ChatPlatform.Slack, "T1", "C-general"),
            "M1",
            new ChatUser("U1"),
            text,
            T0));

    /// <summary>One message processed, one dropped after too many failures, and every kind of row written on the way.</summary>
    protected async Task RunFlowAsync()
    {
        var inbox = Database.CreateInbox();
        var store = Database.CreateStore();
        var member = new MemberKey("T1", "pseudonym-ada");

        await store.SaveAsync(new Installation(ChatPlatform.Slack, "T1", [0x13, 0x37, 0x00, 0xFF], T0.AddDays(-30)));
        await inbox.EnqueueAsync("Ev-processed", InboxKinds.Message, Payload(Marker), T0);
        var processed = await inbox.ClaimNextAsync("w1", T0, Lease);
        await store.TryRecordAsync(member, "gendered/guys", T0, TimeSpan.FromHours(1));
        await store.TryRecordAsync(member, "ableist/crazy", T0, TimeSpan.FromHours(1));
        await store.RecordNotHelpfulAsync("T1", "C-general", "ableist/crazy", T0);
        await store.SaveAsync(member, MemberSettings.Default with { SnoozedUntil = T0.AddHours(1) });
        await store.SaveWorkspaceAsync("T1", new WorkspaceSettings(Severity.Warning, new HashSet<string> { "C-random" }));
        await inbox.CompleteAsync(processed!.Id);

        await inbox.EnqueueAsync("Ev-failing", InboxKinds.Message, Payload(Marker + " again"), T0);
        for (var attempt = 0; attempt < SqlInbox.MaxAttempts; attempt++)
        {
            var failing = await inbox.ClaimNextAsync("w1", T0.AddMinutes(attempt), Lease);
            await inbox.ReleaseAsync(failing!.Id, T0.AddMinutes(attempt + 1));
        }

        Assert.That(await inbox.CountPendingAsync(), Is.Zero);
    }
}

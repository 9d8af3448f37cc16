using AllyBot.Core.Conversations;
using AllyBot.Core.Credits;
using AllyBot.Core.Dialogs;
using AllyBot.Core.Inbox;
using AllyBot.Core.Participation;
using AllyBot.Core.Replies;
using AllyBot.Core.Scheduling;
using AllyBot.Core.Settings;
using AllyBot.Core.TeamSettings;
using AllyBot.Core.Voices;
using AllyBot.Rules.Model;
using AllyBot.Storage.Inbox;
using AllyBot.Storage.Stores;
using AllyBot.Storage.Tests.Stores;
using AllyBot.Testing;

namespace AllyBot.Storage.Tests;

/// <summary>
/// Message text lives only in its inbox row until processed; afterwards nothing in the database holds it (counters,
/// snapshots, dialogs and the delivery log included). Credit texts are the documented exception: kept in
/// <c>credits.contribution</c>, and in <c>dialogs.contribution</c> only while their dialog is open. One fixture per
/// provider derives from this.
/// </summary>
public abstract class StoragePrivacyTests
{
    protected const string MarkerId = "MARKER-7f3a9c";
    private const string Marker = "hey guys " + MarkerId + " the crazy deadline";
    private const string CreditMarkerId = "CREDIT-MARKER-51be02";
    private static readonly ChatAddress General = new(ChatPlatform.Slack, "T1", "C-general");
    private static readonly MemberKey Ada = new("T1", "pseudonym-ada");
    private static readonly MemberKey Grace = new("T1", "pseudonym-grace");
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
            Assert.That(await Database.TableNamesAsync(), Is.SupersetOf(new[]
            {
                "inbox", "nudges", "member_settings", "installations", "not_helpful", "dialogs", "dialog_pauses", "credits",
                "channel_settings", "member_calendars", "holidays", "participation_counts", "voices_snapshots", "deliveries", "sent_nudges",
            }));
            Assert.That(await Database.ColumnsContainingAsync(MarkerId), Is.Empty);
        }
    }

    [Test]
    public async Task Flow_CreditGiven_CreditTextOnlyInCreditsContribution()
    {
        await RunFlowAsync();

        Assert.That(await Database.ColumnsContainingAsync(CreditMarkerId), Is.EqualTo(new[] { "credits.contribution" }));
    }

    [Test]
    public async Task Flow_DialogOpenWithContribution_CreditTextOnlyInDialogsContribution()
    {
        var dialogs = SchedulingStores.On(Database.Connections).Dialogs;
        var dialog = DialogState.StartCredit(General, Ada, "U-ada", "2026-W10", DialogTimeline.Starting(T0));
        var picked = dialog.WithRecipients(["U-grace"], T0.AddMinutes(1));
        await dialogs.TryStartAsync(dialog);
        await dialogs.TryUpdateAsync(picked);
        await dialogs.TryUpdateAsync(picked.WithContribution(CreditText, T0.AddMinutes(2)));

        Assert.That(await Database.ColumnsContainingAsync(CreditMarkerId), Is.EqualTo(new[] { "dialogs.contribution" }));
    }

    [Test]
    public async Task Flow_GiverErased_CreditTextInNoColumn()
    {
        await RunFlowAsync();

        await SchedulingStores.On(Database.Connections).Credits.EraseAsync(Ada);

        Assert.That(await Database.ColumnsContainingAsync(CreditMarkerId), Is.Empty);
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

    private static string CreditText => $"ran the retro {CreditMarkerId} so well";

    /// <summary>One message processed, one dropped after too many failures, and every kind of row written on the way.</summary>
    protected async Task RunFlowAsync()
    {
        var inbox = Database.CreateInbox();
        var store = Database.CreateStore();
        var member = new MemberKey("T1", "pseudonym-ada");

        await store.SaveAsync(new Installation(ChatPlatform.Slack, "T1", [0x13, 0x37, 0x00, 0xFF], T0.AddDays(-30)));
        await inbox.EnqueueAsync("Ev-processed", InboxKinds.Message, Payload(Marker), T0);
        var processed = await inbox.ClaimNextAsync("w1", T0, Lease);
        await store.TryRecordAsync(member, "gendered/guys", MessageRefs.Next(), T0, TimeSpan.FromHours(1));
        await store.TryRecordAsync(member, "ableist/crazy", MessageRefs.Next(), T0, TimeSpan.FromHours(1));
        await store.RecordNotHelpfulAsync("T1", "C-general", "ableist/crazy", T0);
        await new SqlSentNudgeStore(Database.Connections).SaveAsync(member, new SentNudge(General, "1763900000.000100", new NudgeReceipt("C-general", "1763900001.000111"), ["gendered/guys", "ableist/crazy"], T0));
        await store.SaveAsync(member, MemberSettings.Default with { SnoozedUntil = T0.AddHours(1) });
        await store.SaveWorkspaceAsync("T1", new WorkspaceSettings(Severity.Warning, new HashSet<string> { "C-random" }));
        await WriteSchedulingRowsAsync(SchedulingStores.On(Database.Connections));
        await inbox.CompleteAsync(processed!.Id);

        await inbox.EnqueueAsync("Ev-failing", InboxKinds.Message, Payload(Marker + " again"), T0);
        for (var attempt = 0; attempt < SqlInbox.MaxAttempts; attempt++)
        {
            var failing = await inbox.ClaimNextAsync("w1", T0.AddMinutes(attempt), Lease);
            await inbox.ReleaseAsync(failing!.Id, T0.AddMinutes(attempt + 1));
        }

        Assert.That(await inbox.CountPendingAsync(), Is.Zero);
    }

    /// <summary>What the dialog, credit and voices features store while the marker message is processed: a counter, a completed credit dialog and its credit, settings, a snapshot, a delivery.</summary>
    private static async Task WriteSchedulingRowsAsync(SchedulingStores stores)
    {
        await stores.Counter.IncrementAsync(new ParticipationCount(General, DateOnly.FromDateTime(T0.UtcDateTime), Ada.Pseudonym, ParticipationKind.Message));
        await stores.TeamSettings.SaveAsync(new ChannelSettings(General, WeeklySchedule.CreditDefault("Europe/Berlin"), DigestOn: true, ["U-grace"]));
        await stores.Calendars.SaveAsync(Ada, new MemberCalendarSettings("Europe/Berlin", WorkingHours.Default, [new AwayPeriod(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 13))]));
        await stores.Calendars.AddHolidayAsync("T1", new Holiday(new DateOnly(2026, 12, 25), "Christmas"));
        await stores.Snapshots.SaveAsync(General, IsoWeek.Of(new DateOnly(2026, 3, 2)), new VoicesSnapshot(6, 40, 0.9, 0.2, 5.0 / 6, 0.3, new CreditConcentration(3, 0.66, 0.4)));
        await stores.Deliveries.TryRecordAsync(new ScheduledDelivery(ScheduledDelivery.VoicesDigest, General, Grace.Pseudonym, "2026-W10"), T0);

        var dialog = DialogState.StartCredit(General, Ada, "U-ada", "2026-W10", DialogTimeline.Starting(T0));
        var picked = dialog.WithRecipients(["U-grace"], T0.AddMinutes(1));
        var described = picked.WithContribution(CreditText, T0.AddMinutes(2));
        await stores.Dialogs.TryStartAsync(dialog);
        await stores.Dialogs.TryUpdateAsync(picked);
        await stores.Dialogs.TryUpdateAsync(described);
        await stores.Credits.AddAsync(new Credit(
            Credit.IdFor(dialog.Id, Grace), dialog.Id, General, Ada, "U-ada", Grace, "U-grace", CreditText, CreditAudience.Channel, CreditSource.Dialog, null, T0.AddMinutes(3)));
        await stores.Dialogs.TryUpdateAsync(described.Close(DialogStatus.Completed, T0.AddMinutes(3)));
        await stores.Dialogs.PauseAsync(Ada, T0.AddDays(28));
    }
}

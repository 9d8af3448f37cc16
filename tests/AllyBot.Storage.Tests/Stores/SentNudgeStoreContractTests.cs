using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;
using AllyBot.Core.Settings;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>
/// What every <see cref="ISentNudgeStore"/> must do, with the <see cref="IMemberDataEraser"/> of the same storage
/// (forget-me deletes sent nudges too). Run against SQLite, PostgreSQL and the in-memory fake.
/// </summary>
public abstract class SentNudgeStoreContractTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly ChatAddress Thread = new(ChatPlatform.Teams, "T1", "19:general@thread.tacv2", "1700000000000");
    private static readonly MemberKey Alice = new("T1", "pseudonym-alice");
    private static readonly MemberKey Bob = new("T1", "pseudonym-bob");

    private (ISentNudgeStore Store, IMemberDataEraser Eraser) _storage;

    /// <summary>A fresh, empty store and the eraser of the same storage.</summary>
    private protected abstract Task<(ISentNudgeStore Store, IMemberDataEraser Eraser)> CreateStorageAsync();

    [SetUp]
    public async Task CreateAsync() => _storage = await CreateStorageAsync();

    private ISentNudgeStore Store => _storage.Store;

    private static SentNudge Sent(string messageId, DateTimeOffset at, params string[] ruleIds) =>
        new(Thread, messageId, new NudgeReceipt("a:personal-1", "nudge-" + messageId, Targeted: false), ruleIds, at);

    [Test]
    public async Task Save_ThenFind_ReturnsTheSameNudge()
    {
        var sent = Sent("m1", T0, "gendered-language/guys", "technology/sanity-check") with { Receipt = new NudgeReceipt("19:general;messageid=1", "act-9", Targeted: true) };

        await Store.SaveAsync(Alice, sent);
        var found = await Store.FindAsync(Thread, "m1");

        Assert.That(found, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(found!.Where, Is.EqualTo(Thread));
            Assert.That(found.MessageId, Is.EqualTo("m1"));
            Assert.That(found.Receipt, Is.EqualTo(sent.Receipt));
            Assert.That(found.RuleIds, Is.EqualTo(sent.RuleIds));
            Assert.That(found.SentAt, Is.EqualTo(T0));
        }
    }

    [Test]
    public async Task Find_OtherThreadOfTheSameChannel_FindsByChannelAndMessage()
    {
        await Store.SaveAsync(Alice, Sent("m1", T0, "gendered-language/guys"));

        Assert.That(await Store.FindAsync(Thread with { ThreadId = null }, "m1"), Is.Not.Null);
    }

    [Test]
    public async Task Find_DifferentPlatformWorkspaceChannelOrMessage_FindsNothing()
    {
        await Store.SaveAsync(Alice, Sent("m1", T0, "gendered-language/guys"));

        var found = new[]
        {
            await Store.FindAsync(Thread with { Platform = ChatPlatform.Slack }, "m1"),
            await Store.FindAsync(Thread with { WorkspaceId = "T2" }, "m1"),
            await Store.FindAsync(Thread with { ChannelId = "19:other@thread.tacv2" }, "m1"),
            await Store.FindAsync(Thread, "m2"),
        };

        Assert.That(found, Is.All.Null);
    }

    [Test]
    public async Task Save_Again_ReplacesRulesAndReceipt()
    {
        await Store.SaveAsync(Alice, Sent("m1", T0, "gendered-language/guys"));
        var updated = Sent("m1", T0, "technology/sanity-check") with { Receipt = new NudgeReceipt("a:personal-1", "nudge-2") };

        await Store.SaveAsync(Alice, updated);
        var found = await Store.FindAsync(Thread, "m1");

        Assert.That(found!.RuleIds, Is.EqualTo(new[] { "technology/sanity-check" }));
        Assert.That(found.Receipt.NudgeMessageId, Is.EqualTo("nudge-2"));
    }

    [Test]
    public async Task Delete_Saved_ForgetsItOnce()
    {
        await Store.SaveAsync(Alice, Sent("m1", T0, "gendered-language/guys"));

        var first = await Store.DeleteAsync(Thread, "m1");
        var second = await Store.DeleteAsync(Thread, "m1");

        Assert.That(new[] { first, second }, Is.EqualTo(new[] { true, false }));
        Assert.That(await Store.FindAsync(Thread, "m1"), Is.Null);
    }

    [Test]
    public async Task PurgeBefore_OldAndNew_DeletesOnlyTheOld()
    {
        await Store.SaveAsync(Alice, Sent("old", T0 - SentNudge.RetentionPeriod - TimeSpan.FromMinutes(1), "gendered-language/guys"));
        await Store.SaveAsync(Alice, Sent("new", T0 - SentNudge.RetentionPeriod + TimeSpan.FromMinutes(1), "gendered-language/guys"));

        var purged = await Store.PurgeBeforeAsync(T0 - SentNudge.RetentionPeriod);

        Assert.That(purged, Is.EqualTo(1));
        Assert.That(await Store.FindAsync(Thread, "old"), Is.Null);
        Assert.That(await Store.FindAsync(Thread, "new"), Is.Not.Null);
    }

    [Test]
    public async Task Erase_Member_DeletesOnlyTheirSentNudges()
    {
        await Store.SaveAsync(Alice, Sent("m1", T0, "gendered-language/guys"));
        await Store.SaveAsync(Bob, Sent("m2", T0, "gendered-language/guys"));

        await _storage.Eraser.EraseAsync(Alice);

        Assert.That(await Store.FindAsync(Thread, "m1"), Is.Null);
        Assert.That(await Store.FindAsync(Thread, "m2"), Is.Not.Null);
    }
}

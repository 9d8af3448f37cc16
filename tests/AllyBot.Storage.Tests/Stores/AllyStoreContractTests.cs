using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Settings;
using AllyBot.Rules.Model;
using AllyBot.Testing;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>
/// What every implementation of the storage ports must do. Run against each database provider and against the
/// in-memory fake, so fakes and real stores provably agree.
/// </summary>
public abstract class AllyStoreContractTests<TStore>
    where TStore : IMemberSettingsStore, IWorkspaceSettingsStore, INudgeLog, IMemberDataEraser, IFeedbackLog, IInstallationStore
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private static readonly MemberKey Alice = new("T1", "pseudonym-alice");
    private static readonly MemberKey Bob = new("T1", "pseudonym-bob");
    private static readonly MemberKey AliceElsewhere = new("T2", "pseudonym-alice");

    private TStore _store = default!;

    /// <summary>A fresh, empty store.</summary>
    protected abstract Task<TStore> CreateStoreAsync();

    /// <summary>Sets a workspace's settings the way this implementation does (not a port yet).</summary>
    protected abstract Task SetWorkspaceAsync(TStore store, string workspaceId, WorkspaceSettings settings);

    /// <summary>Every "not helpful" recorded, oldest first.</summary>
    protected abstract Task<IReadOnlyList<(string WorkspaceId, string ChannelId, string RuleId, DateTimeOffset At)>> ReadNotHelpfulAsync(TStore store);

    [SetUp]
    public async Task CreateAsync() => _store = await CreateStoreAsync();

    [Test]
    public async Task GetMember_NeverSaved_ReturnsDefault()
    {
        Assert.That(await _store.GetAsync(Alice), Is.EqualTo(MemberSettings.Default));
    }

    [Test]
    public async Task SaveMember_ThenGet_ReturnsSameSettings()
    {
        var settings = new MemberSettings(T0.AddDays(1), NudgesOff: true, PromptsOff: false, CountingOff: true);

        await _store.SaveAsync(Alice, settings);

        Assert.That(await _store.GetAsync(Alice), Is.EqualTo(settings));
    }

    [Test]
    public async Task SaveMember_Twice_LastSaveWins()
    {
        await _store.SaveAsync(Alice, new MemberSettings(T0, NudgesOff: true, PromptsOff: true, CountingOff: true));
        var second = new MemberSettings(null, NudgesOff: false, PromptsOff: true, CountingOff: false);

        await _store.SaveAsync(Alice, second);

        Assert.That(await _store.GetAsync(Alice), Is.EqualTo(second));
    }

    [Test]
    public async Task SaveMember_Snoozed_SnoozedUntilThatMomentOnly()
    {
        await _store.SaveAsync(Alice, MemberSettings.Default with { SnoozedUntil = T0.AddHours(2) });

        var stored = await _store.GetAsync(Alice);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored.IsSnoozedAt(T0.AddHours(2).AddMilliseconds(-1)), Is.True);
            Assert.That(stored.IsSnoozedAt(T0.AddHours(2)), Is.False);
        }
    }

    [Test]
    public async Task SaveMember_OtherMembers_Unaffected()
    {
        await _store.SaveAsync(Alice, MemberSettings.Default with { NudgesOff = true });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.GetAsync(Bob), Is.EqualTo(MemberSettings.Default));
            Assert.That(await _store.GetAsync(AliceElsewhere), Is.EqualTo(MemberSettings.Default));
        }
    }

    [Test]
    public async Task TryRecord_FirstNudge_ReturnsTrue()
    {
        Assert.That(await _store.TryRecordAsync(Alice, "gendered/guys", MessageRefs.Next(), T0, Window), Is.True);
    }

    [Test]
    public async Task TryRecord_SameMessageAgainInsideWindow_ReturnsTrueWithoutASecondRecord()
    {
        await _store.TryRecordAsync(Alice, "gendered/guys", "message-1", T0, Window);

        Assert.That(await _store.TryRecordAsync(Alice, "gendered/guys", "message-1", T0.AddMinutes(1), Window), Is.True);
        Assert.That(await _store.CountSinceAsync(Alice, T0.AddDays(-1)), Is.EqualTo(1));
    }

    [Test]
    public async Task TryRecord_OtherMessageAfterTheFirstWasRetried_StillReturnsFalse()
    {
        await _store.TryRecordAsync(Alice, "gendered/guys", "message-1", T0, Window);
        await _store.TryRecordAsync(Alice, "gendered/guys", "message-1", T0.AddMinutes(1), Window);

        Assert.That(await _store.TryRecordAsync(Alice, "gendered/guys", "message-2", T0.AddMinutes(2), Window), Is.False);
    }

    [Test]
    public async Task TryRecord_SameMemberAndRuleInsideWindow_ReturnsFalse()
    {
        await _store.TryRecordAsync(Alice, "gendered/guys", MessageRefs.Next(), T0, Window);

        Assert.That(await _store.TryRecordAsync(Alice, "gendered/guys", MessageRefs.Next(), T0 + Window - TimeSpan.FromMilliseconds(1), Window), Is.False);
    }

    [Test]
    public async Task TryRecord_ExactlyOneWindowLater_ReturnsTrue()
    {
        await _store.TryRecordAsync(Alice, "gendered/guys", MessageRefs.Next(), T0, Window);

        Assert.That(await _store.TryRecordAsync(Alice, "gendered/guys", MessageRefs.Next(), T0 + Window, Window), Is.True);
    }

    [Test]
    public async Task TryRecord_AfterWindow_ReturnsTrue()
    {
        await _store.TryRecordAsync(Alice, "gendered/guys", MessageRefs.Next(), T0, Window);

        Assert.That(await _store.TryRecordAsync(Alice, "gendered/guys", MessageRefs.Next(), T0.AddDays(1), Window), Is.True);
    }

    [Test]
    public async Task TryRecord_EarlierThanRecordedNudgeWithinWindow_ReturnsFalse()
    {
        await _store.TryRecordAsync(Alice, "gendered/guys", MessageRefs.Next(), T0, Window);

        Assert.That(await _store.TryRecordAsync(Alice, "gendered/guys", MessageRefs.Next(), T0.AddMinutes(-1), Window), Is.False);
    }

    [Test]
    public async Task TryRecord_OtherMemberInsideWindow_ReturnsTrue()
    {
        await _store.TryRecordAsync(Alice, "gendered/guys", MessageRefs.Next(), T0, Window);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.TryRecordAsync(Bob, "gendered/guys", MessageRefs.Next(), T0, Window), Is.True);
            Assert.That(await _store.TryRecordAsync(AliceElsewhere, "gendered/guys", MessageRefs.Next(), T0, Window), Is.True);
        }
    }

    [Test]
    public async Task TryRecord_OtherRuleInsideWindow_ReturnsTrue()
    {
        await _store.TryRecordAsync(Alice, "gendered/guys", MessageRefs.Next(), T0, Window);

        Assert.That(await _store.TryRecordAsync(Alice, "ableist/crazy", MessageRefs.Next(), T0, Window), Is.True);
    }

    [Test]
    public async Task TryRecord_ManyConcurrentCallersForSameMemberAndRule_RecordsExactlyOne()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 16)
            .Select(i => Task.Run(() => _store.TryRecordAsync(Alice, "gendered/guys", MessageRefs.Next(), T0.AddMilliseconds(i), Window))));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Count(recorded => recorded), Is.EqualTo(1));
            Assert.That(await _store.CountSinceAsync(Alice, T0), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task CountSince_NudgesBeforeAtAndAfter_CountsThoseAtOrAfterForThatMemberOnly()
    {
        await _store.TryRecordAsync(Alice, "rule/a", MessageRefs.Next(), T0.AddHours(-1), Window);
        await _store.TryRecordAsync(Alice, "rule/b", MessageRefs.Next(), T0, Window);
        await _store.TryRecordAsync(Alice, "rule/c", MessageRefs.Next(), T0.AddHours(1), Window);
        await _store.TryRecordAsync(Alice, "rule/c", MessageRefs.Next(), T0.AddHours(1).AddMinutes(1), Window);
        await _store.TryRecordAsync(Bob, "rule/a", MessageRefs.Next(), T0.AddHours(1), Window);
        await _store.TryRecordAsync(AliceElsewhere, "rule/a", MessageRefs.Next(), T0.AddHours(1), Window);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.CountSinceAsync(Alice, T0), Is.EqualTo(2));
            Assert.That(await _store.CountSinceAsync(Alice, T0.AddHours(-2)), Is.EqualTo(3));
            Assert.That(await _store.CountSinceAsync(Alice, T0.AddHours(2)), Is.Zero);
            Assert.That(await _store.CountSinceAsync(Bob, T0), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Erase_Member_DeletesOnlyThatMembersSettingsAndNudges()
    {
        var bobSettings = MemberSettings.Default with { PromptsOff = true };
        var elsewhereSettings = MemberSettings.Default with { CountingOff = true };
        await _store.SaveAsync(Alice, MemberSettings.Default with { NudgesOff = true });
        await _store.SaveAsync(Bob, bobSettings);
        await _store.SaveAsync(AliceElsewhere, elsewhereSettings);
        await _store.TryRecordAsync(Alice, "gendered/guys", MessageRefs.Next(), T0, Window);
        await _store.TryRecordAsync(Bob, "gendered/guys", MessageRefs.Next(), T0, Window);
        await _store.TryRecordAsync(AliceElsewhere, "gendered/guys", MessageRefs.Next(), T0, Window);

        await _store.EraseAsync(Alice);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.GetAsync(Alice), Is.EqualTo(MemberSettings.Default));
            Assert.That(await _store.CountSinceAsync(Alice, T0.AddDays(-1)), Is.Zero);
            Assert.That(await _store.TryRecordAsync(Alice, "gendered/guys", MessageRefs.Next(), T0.AddMinutes(1), Window), Is.True);
            Assert.That(await _store.GetAsync(Bob), Is.EqualTo(bobSettings));
            Assert.That(await _store.CountSinceAsync(Bob, T0), Is.EqualTo(1));
            Assert.That(await _store.GetAsync(AliceElsewhere), Is.EqualTo(elsewhereSettings));
            Assert.That(await _store.CountSinceAsync(AliceElsewhere, T0), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Erase_UnknownMember_DoesNothing()
    {
        await _store.SaveAsync(Bob, MemberSettings.Default with { NudgesOff = true });

        await _store.EraseAsync(Alice);

        Assert.That((await _store.GetAsync(Bob)).NudgesOff, Is.True);
    }

    [Test]
    public async Task GetWorkspace_NeverSet_ReturnsDefault()
    {
        var settings = await _store.GetAsync("T1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings.SeverityFloor, Is.EqualTo(WorkspaceSettings.Default.SeverityFloor));
            Assert.That(settings.ChannelsOff, Is.Empty);
        }
    }

    [Test]
    public async Task GetWorkspace_ChannelsOffAndFloorSet_ReturnsThem()
    {
        await SetWorkspaceAsync(_store, "T1", new WorkspaceSettings(Severity.Warning, new HashSet<string> { "C-random", "C-offtopic" }));

        var settings = await _store.GetAsync("T1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings.SeverityFloor, Is.EqualTo(Severity.Warning));
            Assert.That(settings.ChannelsOff, Is.EquivalentTo(new[] { "C-random", "C-offtopic" }));
            Assert.That(settings.ChannelsOff.Contains("C-random"), Is.True);
            Assert.That((await _store.GetAsync("T2")).ChannelsOff, Is.Empty);
        }
    }

    [Test]
    public async Task GetWorkspace_SetTwice_SecondReplacesChannels()
    {
        await SetWorkspaceAsync(_store, "T1", new WorkspaceSettings(Severity.Warning, new HashSet<string> { "C-random", "C-offtopic" }));
        await SetWorkspaceAsync(_store, "T1", new WorkspaceSettings(Severity.Info, new HashSet<string> { "C-general" }));

        var settings = await _store.GetAsync("T1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings.SeverityFloor, Is.EqualTo(Severity.Info));
            Assert.That(settings.ChannelsOff, Is.EquivalentTo(new[] { "C-general" }));
        }
    }

    [Test]
    public async Task RecordNotHelpful_TwoPresses_BothRecordedWithRuleChannelAndTime()
    {
        await _store.RecordNotHelpfulAsync("T1", "C-general", "gendered/guys", T0);
        await _store.RecordNotHelpfulAsync("T1", "C-random", "ableist/crazy", T0.AddMinutes(5));

        var recorded = await ReadNotHelpfulAsync(_store);

        Assert.That(recorded, Is.EqualTo(new[]
        {
            ("T1", "C-general", "gendered/guys", T0),
            ("T1", "C-random", "ableist/crazy", T0.AddMinutes(5)),
        }));
    }

    [Test]
    public async Task GetInstallation_NeverSaved_ReturnsNull()
    {
        Assert.That(await _store.GetAsync(ChatPlatform.Slack, "T1"), Is.Null);
    }

    [Test]
    public async Task SaveInstallation_ThenGet_ReturnsSamePlatformWorkspaceSecretAndTime()
    {
        byte[] secret = [0x00, 0x01, 0xFE, 0xFF, 0x7F, 0x80];

        await _store.SaveAsync(new Installation(ChatPlatform.Slack, "T1", secret, T0));

        var stored = await _store.GetAsync(ChatPlatform.Slack, "T1");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored?.Platform, Is.EqualTo(ChatPlatform.Slack));
            Assert.That(stored?.WorkspaceId, Is.EqualTo("T1"));
            Assert.That(stored?.Secret, Is.EqualTo(secret));
            Assert.That(stored?.InstalledAt, Is.EqualTo(T0));
        }
    }

    [Test]
    public async Task SaveInstallation_Reinstalled_SecondSecretAndTimeReplaceTheFirst()
    {
        await _store.SaveAsync(new Installation(ChatPlatform.Teams, "tenant-1", [1, 2, 3], T0));

        await _store.SaveAsync(new Installation(ChatPlatform.Teams, "tenant-1", [9, 9], T0.AddDays(3)));

        var stored = await _store.GetAsync(ChatPlatform.Teams, "tenant-1");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored?.Secret, Is.EqualTo(new byte[] { 9, 9 }));
            Assert.That(stored?.InstalledAt, Is.EqualTo(T0.AddDays(3)));
        }
    }

    [Test]
    public async Task SaveInstallation_SameWorkspaceIdOnTwoPlatforms_KeptApart()
    {
        await _store.SaveAsync(new Installation(ChatPlatform.Slack, "W1", [1], T0));
        await _store.SaveAsync(new Installation(ChatPlatform.Teams, "W1", [2], T0.AddMinutes(1)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await _store.GetAsync(ChatPlatform.Slack, "W1"))?.Secret, Is.EqualTo(new byte[] { 1 }));
            Assert.That((await _store.GetAsync(ChatPlatform.Teams, "W1"))?.Secret, Is.EqualTo(new byte[] { 2 }));
            Assert.That(await _store.GetAsync(ChatPlatform.Slack, "W2"), Is.Null);
            Assert.That(await _store.GetAsync(ChatPlatform.Playground, "W1"), Is.Null);
        }
    }

    [Test]
    public async Task SaveInstallation_EmptySecret_ReadBackEmpty()
    {
        await _store.SaveAsync(new Installation(ChatPlatform.Playground, "local", [], T0));

        Assert.That((await _store.GetAsync(ChatPlatform.Playground, "local"))?.Secret, Is.Empty);
    }

    [Test]
    public async Task DeleteInstallation_Existing_ReturnsTrueAndRemovesOnlyIt()
    {
        await _store.SaveAsync(new Installation(ChatPlatform.Slack, "T1", [1], T0));
        await _store.SaveAsync(new Installation(ChatPlatform.Slack, "T2", [2], T0));
        await _store.SaveAsync(new Installation(ChatPlatform.Teams, "T1", [3], T0));

        var deleted = await _store.DeleteAsync(ChatPlatform.Slack, "T1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(deleted, Is.True);
            Assert.That(await _store.GetAsync(ChatPlatform.Slack, "T1"), Is.Null);
            Assert.That(await _store.GetAsync(ChatPlatform.Slack, "T2"), Is.Not.Null);
            Assert.That(await _store.GetAsync(ChatPlatform.Teams, "T1"), Is.Not.Null);
        }
    }

    [Test]
    public async Task DeleteInstallation_Unknown_ReturnsFalse()
    {
        await _store.SaveAsync(new Installation(ChatPlatform.Slack, "T1", [1], T0));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.DeleteAsync(ChatPlatform.Slack, "T-unknown"), Is.False);
            Assert.That(await _store.DeleteAsync(ChatPlatform.Teams, "T1"), Is.False);
        }
    }

    [Test]
    public async Task DeleteInstallation_Twice_SecondReturnsFalse()
    {
        await _store.SaveAsync(new Installation(ChatPlatform.Slack, "T1", [1], T0));
        await _store.DeleteAsync(ChatPlatform.Slack, "T1");

        Assert.That(await _store.DeleteAsync(ChatPlatform.Slack, "T1"), Is.False);
    }

    [Test]
    public async Task Erase_Member_LeavesInstallationsAlone()
    {
        await _store.SaveAsync(new Installation(ChatPlatform.Slack, Alice.WorkspaceId, [1], T0));

        await _store.EraseAsync(Alice);

        Assert.That(await _store.GetAsync(ChatPlatform.Slack, Alice.WorkspaceId), Is.Not.Null);
    }
}

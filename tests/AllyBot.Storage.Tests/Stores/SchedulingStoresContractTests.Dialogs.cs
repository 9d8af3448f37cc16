using AllyBot.Core.Conversations;
using AllyBot.Core.Dialogs;
using AllyBot.Core.Scheduling;
using AllyBot.Core.Settings;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>The <see cref="Core.Ports.IDialogStore"/> contract.</summary>
public abstract partial class SchedulingStoresContractTests
{
    [Test]
    public async Task DialogGet_Unknown_ReturnsNull()
    {
        Assert.That(await _stores.Dialogs.GetAsync("dialog-unknown"), Is.Null);
    }

    [Test]
    public async Task DialogTryStart_New_InsertsAndGetReturnsEveryField()
    {
        var dialog = Dialog(General, Alice, "2026-W10", T0) with { Timeline = new DialogTimeline(T0, null, T0.AddHours(72)) };

        var started = await _stores.Dialogs.TryStartAsync(dialog);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(started, Is.True);
            AssertSameDialog(await _stores.Dialogs.GetAsync(dialog.Id), dialog);
        }
    }

    [Test]
    public async Task DialogTryStart_SameIdTwice_SecondLosesAndFirstKept()
    {
        var first = Dialog(General, Alice, "2026-W10", T0);
        await _stores.Dialogs.TryStartAsync(first);

        var second = await _stores.Dialogs.TryStartAsync(first with { MemberUserId = "U-other", UpdatedAt = T0.AddHours(1) });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second, Is.False);
            AssertSameDialog(await _stores.Dialogs.GetAsync(first.Id), first);
        }
    }

    [Test]
    public async Task DialogTryStart_IdOfClosedDialog_ReturnsFalse()
    {
        var dialog = Dialog(General, Alice, "2026-W10", T0);
        await _stores.Dialogs.TryStartAsync(dialog);
        await _stores.Dialogs.TryUpdateAsync(dialog.Close(DialogStatus.Skipped, T0.AddHours(1)));

        Assert.That(await _stores.Dialogs.TryStartAsync(dialog), Is.False);
    }

    [Test]
    public async Task DialogTryUpdate_NextVersion_ReplacesWithAnswers()
    {
        var dialog = Dialog(General, Alice, "2026-W10", T0);
        await _stores.Dialogs.TryStartAsync(dialog);
        var picked = dialog.WithRecipients(["U-bob", "U-carol"], T0.AddMinutes(5));
        var described = picked.WithContribution("fixed the release pipeline", T0.AddMinutes(9));

        var results = new[] { await _stores.Dialogs.TryUpdateAsync(picked), await _stores.Dialogs.TryUpdateAsync(described) };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results, Is.EqualTo(new[] { true, true }));
            AssertSameDialog(await _stores.Dialogs.GetAsync(dialog.Id), described);
        }
    }

    [Test]
    public async Task DialogTryUpdate_TwoChangesOfSameVersion_OnlyFirstWins()
    {
        var dialog = Dialog(General, Alice, "2026-W10", T0);
        await _stores.Dialogs.TryStartAsync(dialog);
        var reminded = dialog.WithReminderSent(T0.AddHours(24));
        var expired = dialog.Close(DialogStatus.Expired, T0.AddHours(25));

        var first = await _stores.Dialogs.TryUpdateAsync(reminded);
        var second = await _stores.Dialogs.TryUpdateAsync(expired);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.True);
            Assert.That(second, Is.False);
            AssertSameDialog(await _stores.Dialogs.GetAsync(dialog.Id), reminded);
        }
    }

    [Test]
    public async Task DialogTryUpdate_VersionSkipped_ReturnsFalse()
    {
        var dialog = Dialog(General, Alice, "2026-W10", T0);
        await _stores.Dialogs.TryStartAsync(dialog);

        Assert.That(await _stores.Dialogs.TryUpdateAsync(dialog.WithReminderSent(T0).WithReminderSent(T0)), Is.False);
    }

    [Test]
    public async Task DialogTryUpdate_NeverStarted_ReturnsFalse()
    {
        var dialog = Dialog(General, Alice, "2026-W10", T0);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _stores.Dialogs.TryUpdateAsync(dialog.WithReminderSent(T0)), Is.False);
            Assert.That(await _stores.Dialogs.GetAsync(dialog.Id), Is.Null);
        }
    }

    [Test]
    public async Task DialogClose_Stored_DropsAnswersAndUserId()
    {
        var dialog = Dialog(General, Alice, "2026-W10", T0);
        await _stores.Dialogs.TryStartAsync(dialog);
        var picked = dialog.WithRecipients(["U-bob"], T0.AddMinutes(1));
        var described = picked.WithContribution("the demo", T0.AddMinutes(2));
        await _stores.Dialogs.TryUpdateAsync(picked);
        await _stores.Dialogs.TryUpdateAsync(described);
        var closed = described.Close(DialogStatus.Completed, T0.AddMinutes(3));

        await _stores.Dialogs.TryUpdateAsync(closed);
        var stored = await _stores.Dialogs.GetAsync(dialog.Id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored!.Status, Is.EqualTo(DialogStatus.Completed));
            Assert.That(stored.MemberUserId, Is.Empty);
            Assert.That(stored.RecipientIds, Is.Empty);
            Assert.That(stored.Contribution, Is.Null);
        }
    }

    [Test]
    public async Task DialogListOpen_OpenAndClosed_ReturnsOnlyOpen()
    {
        var open = Dialog(General, Alice, "2026-W10", T0);
        var otherOpen = Dialog(Random, Bob, "2026-W10", T0.AddMinutes(1));
        var closed = Dialog(General, Bob, "2026-W10", T0.AddMinutes(2));
        foreach (var dialog in new[] { open, otherOpen, closed })
        {
            await _stores.Dialogs.TryStartAsync(dialog);
        }

        await _stores.Dialogs.TryUpdateAsync(closed.Close(DialogStatus.Skipped, T0.AddMinutes(3)));

        Assert.That((await _stores.Dialogs.ListOpenAsync()).Select(d => d.Id), Is.EquivalentTo(new[] { open.Id, otherOpen.Id }));
    }

    [Test]
    public async Task DialogListOpenForMember_SeveralDialogs_MembersOpenOnesMostRecentlyChangedFirst()
    {
        var older = Dialog(General, Alice, "2026-W10", T0);
        var newer = Dialog(Random, Alice, "2026-W10", T0.AddMinutes(1));
        var changedLast = Dialog(TeamsGeneral, Alice, "2026-W10", T0.AddMinutes(-5));
        var closed = Dialog(General, Alice, "2026-W09", T0.AddMinutes(-60));
        var bobs = Dialog(General, Bob, "2026-W10", T0.AddMinutes(2));
        var elsewhere = Dialog(General with { WorkspaceId = "T2" }, AliceElsewhere, "2026-W10", T0.AddMinutes(3));
        foreach (var dialog in new[] { older, newer, changedLast, closed, bobs, elsewhere })
        {
            await _stores.Dialogs.TryStartAsync(dialog);
        }

        await _stores.Dialogs.TryUpdateAsync(changedLast.WithReminderSent(T0.AddMinutes(10)));
        await _stores.Dialogs.TryUpdateAsync(closed.Close(DialogStatus.Expired, T0.AddMinutes(20)));

        var listed = await _stores.Dialogs.ListOpenForMemberAsync(Alice);

        Assert.That(listed.Select(d => d.Id), Is.EqualTo(new[] { changedLast.Id, newer.Id, older.Id }));
    }

    [Test]
    public async Task DialogPause_NeverPaused_Null()
    {
        Assert.That(await _stores.Dialogs.GetPausedUntilAsync(Alice), Is.Null);
    }

    [Test]
    public async Task DialogPause_Twice_LastUntilWinsForThatMemberOnly()
    {
        await _stores.Dialogs.PauseAsync(Alice, T0.AddDays(28));
        await _stores.Dialogs.PauseAsync(Alice, T0.AddDays(14));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _stores.Dialogs.GetPausedUntilAsync(Alice), Is.EqualTo(T0.AddDays(14)));
            Assert.That(await _stores.Dialogs.GetPausedUntilAsync(Bob), Is.Null);
            Assert.That(await _stores.Dialogs.GetPausedUntilAsync(AliceElsewhere), Is.Null);
        }
    }

    [Test]
    public async Task DialogPurgeClosed_MixedDialogsAndPauses_DeletesOnlyClosedStartedBeforeAndEndedPauses()
    {
        var oldClosed = Dialog(General, Alice, "2026-W08", T0.AddDays(-20));
        var oldOpen = Dialog(Random, Alice, "2026-W08", T0.AddDays(-20));
        var newClosed = Dialog(General, Alice, "2026-W10", T0);
        foreach (var dialog in new[] { oldClosed, oldOpen, newClosed })
        {
            await _stores.Dialogs.TryStartAsync(dialog);
        }

        await _stores.Dialogs.TryUpdateAsync(oldClosed.Close(DialogStatus.Completed, T0.AddDays(-19)));
        await _stores.Dialogs.TryUpdateAsync(newClosed.Close(DialogStatus.Skipped, T0.AddHours(1)));
        await _stores.Dialogs.PauseAsync(Alice, T0.AddDays(-2));
        await _stores.Dialogs.PauseAsync(Bob, T0.AddDays(2));

        var purged = await _stores.Dialogs.PurgeClosedAsync(T0.AddDays(-1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(purged, Is.EqualTo(1));
            Assert.That(await _stores.Dialogs.GetAsync(oldClosed.Id), Is.Null);
            Assert.That(await _stores.Dialogs.GetAsync(oldOpen.Id), Is.Not.Null);
            Assert.That(await _stores.Dialogs.GetAsync(newClosed.Id), Is.Not.Null);
            Assert.That(await _stores.Dialogs.GetPausedUntilAsync(Alice), Is.Null);
            Assert.That(await _stores.Dialogs.GetPausedUntilAsync(Bob), Is.EqualTo(T0.AddDays(2)));
        }
    }

    [Test]
    public async Task DialogErase_Member_DeletesTheirDialogsAndPauseOnly()
    {
        var alices = Dialog(General, Alice, "2026-W10", T0);
        var alicesClosed = Dialog(Random, Alice, "2026-W10", T0);
        var bobs = Dialog(General, Bob, "2026-W10", T0);
        var elsewhere = Dialog(General with { WorkspaceId = "T2" }, AliceElsewhere, "2026-W10", T0);
        foreach (var dialog in new[] { alices, alicesClosed, bobs, elsewhere })
        {
            await _stores.Dialogs.TryStartAsync(dialog);
        }

        await _stores.Dialogs.TryUpdateAsync(alicesClosed.Close(DialogStatus.Skipped, T0));
        await _stores.Dialogs.PauseAsync(Alice, T0.AddDays(28));
        await _stores.Dialogs.PauseAsync(AliceElsewhere, T0.AddDays(28));

        await _stores.Dialogs.EraseAsync(Alice);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _stores.Dialogs.GetAsync(alices.Id), Is.Null);
            Assert.That(await _stores.Dialogs.GetAsync(alicesClosed.Id), Is.Null);
            Assert.That(await _stores.Dialogs.GetAsync(bobs.Id), Is.Not.Null);
            Assert.That(await _stores.Dialogs.GetAsync(elsewhere.Id), Is.Not.Null);
            Assert.That(await _stores.Dialogs.GetPausedUntilAsync(Alice), Is.Null);
            Assert.That(await _stores.Dialogs.GetPausedUntilAsync(AliceElsewhere), Is.EqualTo(T0.AddDays(28)));
        }
    }

    private static DialogState Dialog(ChatAddress channel, MemberKey member, string occurrenceKey, DateTimeOffset startedAt) =>
        DialogState.StartCredit(channel, member, $"U-{member.Pseudonym}", occurrenceKey, DialogTimeline.Starting(startedAt));

    private static void AssertSameDialog(DialogState? actual, DialogState expected)
    {
        Assert.That(actual, Is.Not.Null);
        Assert.That(actual! with { RecipientIds = expected.RecipientIds }, Is.EqualTo(expected));
        Assert.That(actual.RecipientIds, Is.EqualTo(expected.RecipientIds));
    }
}

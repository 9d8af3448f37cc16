using AllyBot.Core.Dialogs;
using AllyBot.Core.Scheduling;
using AllyBot.Core.Settings;

namespace AllyBot.Core.Tests.Dialogs;

public sealed class DialogStateTests
{
    private static readonly DateTimeOffset Now = DialogScript.Start;

    private static DialogState Started() =>
        DialogState.StartCredit(DialogScript.Channel() with { ThreadId = "t1" }, new MemberKey("T1", "p1"), "U1", "2026-W48", DialogTimeline.Starting(Now));

    [Test]
    public void StartCredit_NewDialog_OpenAtStepOneVersionOneWithoutThread()
    {
        var dialog = Started();

        Assert.That((dialog.Status, dialog.Step, dialog.Version, dialog.Channel.ThreadId, dialog.UpdatedAt), Is.EqualTo((DialogStatus.Open, DialogStep.ChooseRecipients, 1, (string?)null, Now)));
        Assert.That(dialog.Id, Is.EqualTo(DialogIds.For(DialogKind.Credit, DialogScript.Channel(), new MemberKey("T1", "p1"), "2026-W48")));
    }

    [Test]
    public void Advance_EachChange_NextVersionAndStep()
    {
        var picked = Started().WithRecipients(["U2"], Now.AddMinutes(1));
        var described = picked.WithContribution("paired on the migration", Now.AddMinutes(2));
        var reminded = described.WithReminderSent(Now.AddHours(24));

        Assert.That((picked.Step, picked.Version), Is.EqualTo((DialogStep.DescribeContribution, 2)));
        Assert.That((described.Step, described.Version, described.Contribution), Is.EqualTo((DialogStep.ChooseAudience, 3, "paired on the migration")));
        Assert.That((reminded.ReminderSent, reminded.Version, reminded.UpdatedAt), Is.EqualTo((true, 4, Now.AddHours(24))));
    }

    [Test]
    public void Close_DropsAnswersAndUserId()
    {
        var closed = Started().WithRecipients(["U2"], Now).WithContribution("paired on the migration", Now).Close(DialogStatus.Completed, Now);

        Assert.That((closed.IsOpen, closed.MemberUserId, closed.RecipientIds.Count, closed.Contribution), Is.EqualTo((false, "", 0, (string?)null)));
    }

    [Test]
    public void Close_ToOpen_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Started().Close(DialogStatus.Open, Now));

    [Test]
    public void ToString_NeverShowsTheAnswers() =>
        Assert.That(Started().WithRecipients(["U2"], Now).WithContribution("secret project codename", Now).ToString(), Does.Not.Contain("secret").And.Not.Contain("U2"));
}

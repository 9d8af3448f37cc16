using AllyBot.Core.Dialogs;
using AllyBot.Core.Replies;
using AllyBot.Core.Scheduling;
using AllyBot.Core.Settings;

namespace AllyBot.Core.Tests.Dialogs;

public sealed class CreditDialogPromptsTests
{
    private static readonly DialogState Dialog =
        DialogState.StartCredit(DialogScript.Channel(), new MemberKey("T1", "p1"), "U1", "2026-W48", DialogTimeline.Starting(DialogScript.Start));

    private static IEnumerable<DialogPrompt> EveryStep()
    {
        yield return CreditDialogPrompts.ForStep(Dialog, ["U2"]);
        yield return CreditDialogPrompts.ForStep(Dialog.WithRecipients(["U2"], DialogScript.Start), []);
        yield return CreditDialogPrompts.ForStep(Dialog.WithRecipients(["U2"], DialogScript.Start).WithContribution("paired on the migration", DialogScript.Start), []);
    }

    [Test]
    public void ForStep_EveryStep_SkipAndPauseInOneClickToTheMember()
    {
        foreach (var prompt in EveryStep())
        {
            Assert.That(prompt.Choices.Select(c => (c.Label, c.ActionId, c.Value)), Is.SupersetOf(new[]
            {
                ("Skip this week", DialogActions.Skip, Dialog.Id),
                ("Pause 4 weeks", DialogActions.Pause, Dialog.Id),
            }));
            Assert.That(prompt.RecipientId, Is.EqualTo("U1"));
        }
    }

    [Test]
    public void ForStep_EveryInputAndChoice_CarriesTheDialogId() =>
        Assert.That(EveryStep().SelectMany(p => p.Choices.Select(c => c.Value).Concat(p.Input is null ? [] : [p.Input.Value])), Is.All.EqualTo(Dialog.Id));

    [Test]
    public void ForStep_Reminder_Prefixed() =>
        Assert.That(CreditDialogPrompts.ForStep(Dialog, [], reminder: true).Text, Does.StartWith(CreditDialogPrompts.ReminderPrefix + "Whose work helped you this week in <#C1>?"));

    [Test]
    public void DescribeContribution_AsksForTheSpecificThing()
    {
        var prompt = CreditDialogPrompts.DescribeContribution(Dialog.WithRecipients(["U2", "U3", "U4"], DialogScript.Start));

        Assert.That(prompt.Text, Does.StartWith("What exactly did <@U2>, <@U3> and <@U4> do? Name the idea, the fix or the help"));
        Assert.That(((TextAnswerInput)prompt.Input!).MinLength, Is.EqualTo(15));
    }
}

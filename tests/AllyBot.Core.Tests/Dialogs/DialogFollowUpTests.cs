using AllyBot.Core.Dialogs;
using AllyBot.Core.Replies;

namespace AllyBot.Core.Tests.Dialogs;

public sealed class DialogFollowUpTests
{
    private static readonly DateTimeOffset Prompted = new(2026, 11, 26, 14, 0, 0, TimeSpan.Zero);

    private readonly DialogScript _script = new();

    [SetUp]
    public Task SetUpAsync() => _script.WithWeeklyCreditAsync();

    [Test]
    public async Task Run_UnansweredDialog_OneReminderAfter24HoursThenSilentExpiryAt72Hours()
    {
        await _script.RunToPromptAsync("U1");

        await _script.RunUntilAsync(Prompted.AddHours(24).AddMinutes(-1));
        Assert.That(_script.Sender.PromptsTo("U1"), Has.Count.EqualTo(1), "no reminder before 24 h");

        await _script.RunUntilAsync(Prompted.AddHours(24));
        var reminder = _script.LastPromptTo("U1");
        Assert.That(reminder.Text, Does.StartWith(CreditDialogPrompts.ReminderPrefix).And.Contain("Whose work helped you"));
        Assert.That(reminder.Input, Is.TypeOf<MemberPickerInput>(), "the reminder re-asks the current step, buttons and all");

        await _script.RunUntilAsync(Prompted.AddHours(72).AddMinutes(-1));
        Assert.That(_script.Sender.PromptsTo("U1"), Has.Count.EqualTo(2), "never a second reminder");
        Assert.That(_script.Dialogs.All.Single(d => d.Member == _script.Key("U1")).IsOpen, Is.True);

        await _script.RunUntilAsync(Prompted.AddHours(80));
        var dialog = _script.Dialogs.All.Single(d => d.Member == _script.Key("U1"));
        Assert.That(dialog.Status, Is.EqualTo(DialogStatus.Expired));
        Assert.That(_script.Sender.PromptsTo("U1"), Has.Count.EqualTo(2), "expiry is silent");
    }

    [Test]
    public async Task Run_ExpiredMidway_DropsTheAnswersGiven()
    {
        await _script.RunToPromptAsync("U1");
        await _script.PickAsync("U1", "U2");

        await _script.RunUntilAsync(Prompted.AddHours(73), TimeSpan.FromMinutes(10));

        var dialog = _script.Dialogs.All.Single(d => d.Member == _script.Key("U1"));
        Assert.That((dialog.Status, dialog.RecipientIds, dialog.Contribution, dialog.MemberUserId), Is.EqualTo((DialogStatus.Expired, (IReadOnlyList<string>)[], (string?)null, "")));
        Assert.That(_script.Credits.All, Is.Empty);
    }

    [Test]
    public async Task Run_ReminderAtStepTwo_ReasksWhatTheyDid()
    {
        await _script.RunToPromptAsync("U1");
        await _script.PickAsync("U1", "U2");

        await _script.RunUntilAsync(Prompted.AddHours(24));

        Assert.That(_script.LastPromptTo("U1").Text, Does.StartWith(CreditDialogPrompts.ReminderPrefix + "What exactly did <@U2> do?"));
    }

    [Test]
    public async Task Run_AnsweredDialog_NoReminder()
    {
        await _script.RunToPromptAsync("U1");
        await _script.CreditAsync("U1", ["U2"], "paired with me on the flaky deploy test until it was fixed");
        var sent = _script.Sender.PromptsTo("U1").Count;

        await _script.RunUntilAsync(Prompted.AddHours(80), TimeSpan.FromMinutes(10));

        Assert.That(_script.Sender.PromptsTo("U1"), Has.Count.EqualTo(sent));
    }

    [Test]
    public async Task Run_ReminderWouldFallOnSaturday_WaitsForMonday()
    {
        await _script.AllyAsync("U1", "schedule credit weekly fri 14:00 UTC");

        await _script.RunUntilAsync(new DateTimeOffset(2026, 11, 30, 8, 59, 0, TimeSpan.Zero), TimeSpan.FromMinutes(10));
        Assert.That(_script.Sender.PromptsTo("U2"), Has.Count.EqualTo(1), "prompt on Friday, nothing over the weekend");

        await _script.RunUntilAsync(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        Assert.That(_script.LastPromptTo("U2").Text, Does.StartWith(CreditDialogPrompts.ReminderPrefix), "Monday at the start of working hours");
    }

    [Test]
    public async Task Run_ButtonAfterExpiry_SaysClosedAndRecordsNothing()
    {
        await _script.RunToPromptAsync("U1");
        await _script.RunUntilAsync(Prompted.AddHours(73), TimeSpan.FromMinutes(10));

        await _script.PickAsync("U1", "U2");

        Assert.That(_script.LastPromptTo("U1").Text, Does.Contain("closed already"));
        Assert.That(_script.Credits.All, Is.Empty);
    }
}

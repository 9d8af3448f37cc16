using AllyBot.Core.Scheduling;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Core.Tests.Scheduling;

public sealed class DialogTimelineTests
{
    // Thursday 2026-01-08 14:00 in Berlin (UTC+1).
    private static readonly DateTimeOffset Prompt = new(2026, 1, 8, 13, 0, 0, TimeSpan.Zero);

    [Test]
    public void Constants_MatchTheDialogDesign()
    {
        Assert.That(DialogTimeline.ReminderDelay, Is.EqualTo(TimeSpan.FromHours(24)));
        Assert.That(DialogTimeline.Lifetime, Is.EqualTo(TimeSpan.FromHours(72)));
    }

    [TestCase(0, false, DialogDue.Nothing)]
    [TestCase(23.99, false, DialogDue.Nothing)]
    [TestCase(24, false, DialogDue.Reminder)]
    [TestCase(30, false, DialogDue.Reminder)]
    [TestCase(30, true, DialogDue.Nothing)]
    [TestCase(71.99, true, DialogDue.Nothing)]
    [TestCase(72, true, DialogDue.Expired)]
    [TestCase(72, false, DialogDue.Expired)]
    [TestCase(500, false, DialogDue.Expired)]
    [TestCase(-1, false, DialogDue.Nothing)]
    public void Evaluate_HoursAfterStart_GivesDue(double hours, bool reminderSent, DialogDue expected) =>
        Assert.That(DialogTimeline.Starting(Prompt).Evaluate(Prompt + TimeSpan.FromHours(hours), reminderSent), Is.EqualTo(expected));

    [Test]
    public void Evaluate_FakeClockWalk_RemindsOnceThenExpires()
    {
        var clock = new FakeTimeProvider(Prompt);
        var timeline = DialogTimeline.Starting(Prompt);
        var reminderSent = false;
        var seen = new List<DialogDue>();
        while (clock.GetUtcNow() <= Prompt + TimeSpan.FromHours(80))
        {
            var due = timeline.Evaluate(clock.GetUtcNow(), reminderSent);
            seen.Add(due);
            reminderSent |= due == DialogDue.Reminder;
            clock.Advance(TimeSpan.FromMinutes(30));
        }

        Assert.That(seen.Count(d => d == DialogDue.Reminder), Is.EqualTo(1));
        Assert.That(seen.IndexOf(DialogDue.Reminder), Is.EqualTo(48), "24 h in half hours");
        Assert.That(seen.IndexOf(DialogDue.Expired), Is.EqualTo(144), "72 h in half hours");
    }

    [Test]
    public void NextCheckAt_BeforeAndAfterReminder_ReminderThenExpiry()
    {
        var timeline = DialogTimeline.Starting(Prompt);
        Assert.That(timeline.NextCheckAt(reminderSent: false), Is.EqualTo(Prompt.AddHours(24)));
        Assert.That(timeline.NextCheckAt(reminderSent: true), Is.EqualTo(Prompt.AddHours(72)));
    }

    [Test]
    public void StartingFor_ReminderInWorkingHours_StaysAt24Hours() =>
        Assert.That(DialogTimeline.StartingFor(Prompt, MemberCalendar.In("Europe/Berlin"), "UTC").ReminderAt, Is.EqualTo(Prompt.AddHours(24)));

    [Test]
    public void StartingFor_ReminderWouldFallOnSaturday_WaitsForMonday()
    {
        // Prompt Friday 2026-01-09 16:30 Berlin; +24 h is Saturday; the next working slot is Monday 09:00 = 08:00Z, 63.5 h in.
        var friday = new DateTimeOffset(2026, 1, 9, 15, 30, 0, TimeSpan.Zero);

        var timeline = DialogTimeline.StartingFor(friday, MemberCalendar.In("Europe/Berlin"), "UTC");

        Assert.That(timeline.ReminderAt, Is.EqualTo(new DateTimeOffset(2026, 1, 12, 8, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void StartingFor_NoWorkingSlotBeforeExpiry_HasNoReminder()
    {
        // Prompt Friday 16:30, member away all of next week: the reminder could only come after expiry (Monday 15:30Z).
        var friday = new DateTimeOffset(2026, 1, 9, 15, 30, 0, TimeSpan.Zero);
        var calendar = MemberCalendar.In("Europe/Berlin") with { AwayPeriods = [new AwayPeriod(new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 16))] };

        var timeline = DialogTimeline.StartingFor(friday, calendar, "UTC");

        Assert.That(timeline.ReminderAt, Is.Null);
        Assert.That(timeline.Evaluate(friday.AddHours(48), reminderSent: false), Is.EqualTo(DialogDue.Nothing));
    }
}

using AllyBot.Core.Credits;
using AllyBot.Core.Dialogs;
using AllyBot.Core.Participation;
using AllyBot.Core.Replies;
using AllyBot.Core.Scheduling;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Core.Tests.Dialogs;

public sealed class DialogSchedulerTests
{
    private static readonly DateTimeOffset FourWeeksLater = DialogScript.Start.AddDays(28);

    private readonly DialogScript _script = new();

    [Test]
    public async Task Tick_EveryMinuteForFourWeeksOnTwoInstancesAtOnce_EachMemberAskedExactlyOncePerWeek()
    {
        await _script.WithWeeklyCreditAsync();
        _script.Roster.Set(DialogScript.Channel(),
            new RosterMember("U1"), new RosterMember("U2", "America/New_York"), new RosterMember("U3", "Asia/Kolkata"), new RosterMember("U4"), new RosterMember("U5"));
        await _script.AllyAsync("U1", "tz Europe/Berlin");
        await _script.AllyAsync("U5", "hours 15:00-18:00");
        await _script.AllyAsync("U1", "holidays add 2026-12-10 Team day");
        var (first, second) = (_script.Scheduler, _script.NewScheduler());
        var sentInWeek = new List<(DialogPrompt Prompt, IsoWeek Week)>();

        while (_script.Clock.GetUtcNow() < FourWeeksLater)
        {
            _script.Clock.Advance(TimeSpan.FromMinutes(1));
            var now = _script.Clock.GetUtcNow();
            await Task.WhenAll(Task.Run(() => first.TickAsync(now)), Task.Run(() => second.TickAsync(now)));
            sentInWeek.AddRange(_script.Sender.Prompts.Skip(sentInWeek.Count).Select(p => (p, IsoWeek.Of(DateOnly.FromDateTime(now.UtcDateTime)))));
        }

        var weeks = new[] { "2026-W48", "2026-W49", "2026-W50", "2026-W51" };
        foreach (var user in new[] { "U1", "U2", "U3", "U4", "U5" })
        {
            var mine = sentInWeek.Where(s => s.Prompt.RecipientId == user).ToList();
            using (Assert.EnterMultipleScope())
            {
                Assert.That(mine.Where(s => s.Prompt.Text.StartsWith("Whose work helped you", StringComparison.Ordinal)).Select(s => s.Week.ToString()), Is.EqualTo(weeks), $"{user}: one prompt in each week");
                Assert.That(mine.Where(s => s.Prompt.Text.StartsWith(CreditDialogPrompts.ReminderPrefix, StringComparison.Ordinal)).Select(s => s.Week.ToString()),
                    Is.EqualTo(new[] { "2026-W48", "2026-W49", "2026-W51" }),
                    $"{user}: one reminder per dialog; none in W50, where the holiday moved the prompt to Friday and a reminder would fall on expiry");
                Assert.That(_script.Dialogs.All.Where(d => d.Member == _script.Key(user)).Select(d => d.Status), Is.All.EqualTo(DialogStatus.Expired), user);
            }
        }
    }

    [Test]
    public async Task Tick_MemberZones_EachAskedAtTwoPmTheirTime()
    {
        await _script.WithWeeklyCreditAsync("weekly thu 14:00 Europe/London");
        _script.Roster.Set(DialogScript.Channel(), new RosterMember("U1", "Europe/Berlin"), new RosterMember("U2", "America/New_York"), new RosterMember("U3"));

        await _script.RunUntilAsync(new DateTimeOffset(2026, 11, 26, 12, 59, 0, TimeSpan.Zero));
        Assert.That(_script.Sender.Prompts, Is.Empty);

        await _script.RunUntilAsync(new DateTimeOffset(2026, 11, 26, 13, 0, 0, TimeSpan.Zero));
        Assert.That(_script.Sender.Prompts.Select(p => p.RecipientId), Is.EqualTo(new[] { "U1" }), "14:00 in Berlin");

        await _script.RunUntilAsync(new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.Zero));
        Assert.That(_script.Sender.Prompts.Select(p => p.RecipientId), Is.EqualTo(new[] { "U1", "U3" }), "14:00 in the team zone (London, UTC in winter)");

        await _script.RunUntilAsync(new DateTimeOffset(2026, 11, 26, 19, 0, 0, TimeSpan.Zero));
        Assert.That(_script.Sender.Prompts.Select(p => p.RecipientId), Is.EqualTo(new[] { "U1", "U3", "U2" }), "14:00 in New York");
    }

    [Test]
    public async Task Tick_RestartedInstance_DoesNotAskAgain()
    {
        await _script.WithWeeklyCreditAsync();
        await _script.RunToPromptAsync();

        var restarted = _script.NewScheduler();
        await restarted.TickAsync(_script.Clock.GetUtcNow().AddMinutes(5));

        Assert.That(_script.Sender.PromptsTo("U1"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Tick_InstanceDownAtTheSlot_CatchesUpWithinTwoHoursOnly()
    {
        await _script.WithWeeklyCreditAsync();

        await _script.Scheduler.TickAsync(new DateTimeOffset(2026, 11, 26, 15, 59, 0, TimeSpan.Zero));
        Assert.That(_script.Sender.PromptsTo("U1"), Has.Count.EqualTo(1), "late but within the catch-up window");

        var other = new DialogScript();
        await other.WithWeeklyCreditAsync();
        await other.Scheduler.TickAsync(new DateTimeOffset(2026, 11, 26, 16, 1, 0, TimeSpan.Zero));
        Assert.That(other.Sender.Prompts, Is.Empty, "too late: skipped for the week rather than sent at an odd time");
    }

    [Test]
    public async Task Tick_NoSchedule_AsksNoOne()
    {
        _script.SetRoster("C1", "U1", "U2");

        await _script.RunUntilAsync(DialogScript.Start.AddDays(7), TimeSpan.FromMinutes(30));

        Assert.That(_script.Sender.Sent, Is.Empty);
    }

    [Test]
    public async Task Tick_ScheduleTurnedOff_AsksNoOneMore()
    {
        await _script.WithWeeklyCreditAsync();
        await _script.RunToPromptAsync();
        await _script.AllyAsync("U1", "schedule off");
        _script.Sender.Clear();

        await _script.RunUntilAsync(new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(30));

        Assert.That(_script.Sender.Prompts.Where(p => p.Text.StartsWith("Whose work", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task Tick_OneChannelFails_OthersStillRunAndTheFailureIsReported()
    {
        await _script.WithWeeklyCreditAsync();
        await _script.Teams.SaveAsync(ChannelSettings.Default(DialogScript.Channel("C2")) with { CreditSchedule = WeeklySchedule.CreditDefault("UTC") });
        var scheduler = new DialogScheduler(
            _script.Teams,
            new CreditPromptStarter(new FailingRosterProvider(_script.Roster, "C2"), _script.Members, _script.Dialogs, _script.Calendars, _script.Sender, _script.Pseudonymizer, _script.Options, _script.DoNotDisturb),
            new DialogFollowUp(_script.Dialogs, _script.Roster, _script.Sender),
            new WeeklyCreditsPost(_script.Credits, _script.Teams, _script.Deliveries, _script.Sender, _script.Options),
            new FacilitatorDigests(_script.Roster, new VoicesRosterBuilder(_script.Counter, _script.Credits, _script.Members, _script.Calendars, _script.Pseudonymizer),
                _script.Snapshots, _script.Deliveries, _script.Calendars, _script.Sender, _script.Pseudonymizer, _script.Options),
            _script.Dialogs, _script.Counter, _script.Credits, _script.Deliveries, _script.Options, _script.Members);

        var failure = Assert.ThrowsAsync<AggregateException>(() => scheduler.TickAsync(new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.Zero)));

        Assert.That(failure!.InnerExceptions.Single().Message, Does.Contain("C2"));
        Assert.That(_script.Sender.PromptsTo("U1"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Tick_PurgesClosedDialogsAfterTwoWeeks()
    {
        await _script.WithWeeklyCreditAsync();
        await _script.RunToPromptAsync();
        await _script.ChooseAsync("U1", DialogActions.Skip);

        await _script.Scheduler.TickAsync(new DateTimeOffset(2026, 12, 10, 14, 1, 0, TimeSpan.Zero));

        Assert.That(_script.Dialogs.All.Where(d => d.OccurrenceKey == "2026-W48"), Is.Empty);
    }

    [Test]
    public async Task Tick_PurgesSentNudgesAfterSevenDays()
    {
        var channel = DialogScript.Channel("C1");
        var now = new DateTimeOffset(2026, 12, 10, 14, 1, 0, TimeSpan.Zero);
        var member = _script.Pseudonymizer.KeyFor(channel, "U1");
        await _script.Members.SaveAsync(member, new SentNudge(channel, "old", new NudgeReceipt("dm", "n1"), ["gendered-language/guys"], now - TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1)));
        await _script.Members.SaveAsync(member, new SentNudge(channel, "recent", new NudgeReceipt("dm", "n2"), ["gendered-language/guys"], now - TimeSpan.FromDays(6)));

        await _script.Scheduler.TickAsync(now);

        Assert.That(_script.Members.SentNudges.Select(s => s.MessageId), Is.EqualTo(new[] { "recent" }));
    }
}

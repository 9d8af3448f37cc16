using AllyBot.Core.Dialogs;
using AllyBot.Core.Replies;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Core.Tests.Dialogs;

public sealed class CreditPromptStarterTests
{
    private static readonly DateTimeOffset Thursday = new(2026, 11, 26, 14, 0, 0, TimeSpan.Zero);

    private readonly DialogScript _script = new();

    private CreditPromptStarter Starter => new(_script.Roster, _script.Members, _script.Dialogs, _script.Calendars, _script.Sender, _script.Pseudonymizer, _script.Options, _script.DoNotDisturb);

    [SetUp]
    public Task SetUpAsync() => _script.WithWeeklyCreditAsync();

    private Task<ChannelSettings> SettingsAsync() => _script.Teams.GetAsync(DialogScript.Channel());

    [Test]
    public async Task StartDue_AtTheSlot_PromptsEveryMemberWithTheOthersAsCandidates()
    {
        var started = await Starter.StartDueAsync(await SettingsAsync(), Thursday);

        Assert.That(started, Is.EqualTo(5));
        var prompt = _script.LastPromptTo("U3");
        Assert.That(prompt.Where, Is.EqualTo(DialogScript.Channel()));
        Assert.That(((MemberPickerInput)prompt.Input!).CandidateUserIds, Is.EqualTo(new[] { "U1", "U2", "U4", "U5" }));
        Assert.That(prompt.Choices.Select(c => c.Label), Is.EqualTo(new[] { "Skip this week", "Pause 4 weeks" }));
    }

    [Test]
    public async Task StartDue_CalledAgainOrByAnotherInstance_StartsNothingNew()
    {
        await Starter.StartDueAsync(await SettingsAsync(), Thursday);
        var otherInstance = Starter;

        Assert.That(await Starter.StartDueAsync(await SettingsAsync(), Thursday.AddMinutes(1)), Is.Zero);
        Assert.That(await otherInstance.StartDueAsync(await SettingsAsync(), Thursday.AddHours(1)), Is.Zero);
        Assert.That(_script.Sender.Prompts, Has.Count.EqualTo(5));
    }

    [Test]
    public async Task StartDue_BeforeTheSlot_StartsNothing() =>
        Assert.That(await Starter.StartDueAsync(await SettingsAsync(), Thursday.AddMinutes(-1)), Is.Zero);

    [Test]
    public async Task StartDue_MemberAwayOnThursday_AsksFridayInstead()
    {
        await _script.AllyAsync("U2", "away 2026-11-26 2026-11-26");

        await _script.RunUntilAsync(new DateTimeOffset(2026, 11, 27, 8, 59, 0, TimeSpan.Zero), TimeSpan.FromMinutes(10));
        Assert.That(_script.Sender.PromptsTo("U2"), Is.Empty);

        await _script.RunUntilAsync(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
        Assert.That(_script.Sender.PromptsTo("U2"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task StartDue_MemberAwayTheRestOfTheWeek_NotAskedThatWeek()
    {
        await _script.AllyAsync("U2", "away 2026-11-26 2026-12-01");

        await _script.RunUntilAsync(new DateTimeOffset(2026, 12, 2, 18, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(10));

        Assert.That(_script.Sender.PromptsTo("U2"), Is.Empty);
    }

    [Test]
    public async Task StartDue_OutsideWorkingHours_WaitsForThem()
    {
        await _script.AllyAsync("U2", "hours 15:30-18:00");

        Assert.That(await Starter.StartDueAsync(await SettingsAsync(), Thursday), Is.EqualTo(4));
        Assert.That(await Starter.StartDueAsync(await SettingsAsync(), Thursday.AddMinutes(90)), Is.EqualTo(1));
    }

    [Test]
    public async Task StartDue_RosterHasNoOne_StartsNothing()
    {
        _script.SetRoster("C1");

        Assert.That(await Starter.StartDueAsync(await SettingsAsync(), Thursday), Is.Zero);
    }
    [Test]
    public async Task StartDue_BeforeTheSlot_DoesNotAskAboutDoNotDisturb()
    {
        await Starter.StartDueAsync(await SettingsAsync(), Thursday.AddMinutes(-1));

        Assert.That(_script.DoNotDisturb.Asked, Is.Zero);
    }

    [Test]
    public async Task StartDue_MemberInDoNotDisturbAtTheSlot_PromptedWhenItEnds()
    {
        _script.DoNotDisturb.Set("U2", Thursday.AddMinutes(-20), Thursday.AddMinutes(50));

        await _script.RunUntilAsync(Thursday.AddMinutes(49), TimeSpan.FromMinutes(1));
        Assert.That(_script.Sender.PromptsTo("U2"), Is.Empty);
        Assert.That(_script.Sender.PromptsTo("U1"), Has.Count.EqualTo(1), "the others are asked at the slot");

        await _script.RunUntilAsync(Thursday.AddMinutes(55), TimeSpan.FromMinutes(1));
        Assert.That(_script.Sender.PromptsTo("U2"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task StartDue_DoNotDisturbPastTheCatchUp_NotAskedThatWeekButTheNext()
    {
        _script.DoNotDisturb.Set("U2", Thursday, Thursday.AddHours(2).AddMinutes(30));

        await _script.RunUntilAsync(Thursday.AddDays(1), TimeSpan.FromMinutes(5));
        Assert.That(_script.Sender.PromptsTo("U2"), Is.Empty);

        await _script.RunUntilAsync(Thursday.AddDays(7).AddMinutes(5), TimeSpan.FromMinutes(5));
        Assert.That(_script.Sender.PromptsTo("U2"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task StartDue_DoNotDisturbEndsAfterWorkingHours_NotPromptedInTheEvening()
    {
        await _script.AllyAsync("U2", "hours 09:00-15:00 mon-fri");
        _script.DoNotDisturb.Set("U2", Thursday, Thursday.AddMinutes(70));

        await _script.RunUntilAsync(Thursday.AddDays(1).AddHours(-6), TimeSpan.FromMinutes(5));

        Assert.That(_script.Sender.PromptsTo("U2"), Is.Empty);
    }
}

using System.Text.RegularExpressions;
using AllyBot.Core.Credits;
using AllyBot.Core.Dialogs;
using AllyBot.Core.Replies;
using AllyBot.Core.Tests.Dialogs;

namespace AllyBot.Core.Tests.Credits;

public sealed class WeeklyCreditsPostTests
{
    private static readonly DateTimeOffset Friday10 = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    private readonly DialogScript _script = new();

    [SetUp]
    public async Task SetUpAsync()
    {
        await _script.WithWeeklyCreditAsync();
        await _script.RunToPromptAsync("U1");
        await _script.CreditAsync("U1", ["U2", "U3"], "found the cause of the flaky deploy test");
        await _script.CreditAsync("U4", ["U5"], "ran the retro and made sure everyone spoke", DialogActions.CreditShareRecipients);
        await _script.CreditAsync("U5", ["U2"], "explained the release process to the new folks");
        _script.Links.Add("https://chat/p/1", DialogScript.Channel(), "m1", "U3");
        await _script.AllyAsync("U2", "amplify https://chat/p/1 a rota for on-call questions");
        await _script.AllyAsync("U3", "credit <@U4> rewrote the onboarding guide for new starters");
        _script.Sender.Clear();
    }

    [Test]
    public async Task PostDue_FridayTen_OnePostWithNamesAndWhatTheyDidAndNoCounts()
    {
        await _script.RunUntilAsync(Friday10.AddMinutes(-1));
        Assert.That(_script.Sender.Posts, Is.Empty);

        await _script.RunUntilAsync(Friday10.AddHours(3));

        var post = _script.Sender.Posts.Single();
        Assert.That(post.Where, Is.EqualTo(DialogScript.Channel()));
        Assert.That(post.Text, Is.EqualTo(
            "🌟 This week's credits\n" +
            "• <@U2> and <@U3>: found the cause of the flaky deploy test (from <@U1>)\n" +
            "• <@U2>: explained the release process to the new folks (from <@U5>)\n" +
            "• <@U4>: rewrote the onboarding guide for new starters (from <@U3>)"));
        Assert.That(post.Text, Does.Not.Contain("retro"), "shared only with the person credited");
        Assert.That(post.Text, Does.Not.Contain("rota"), "an amplification is already public in its thread");
        Assert.That(Regex.Replace(post.Text, "<[@#][^>]*>", "someone"), Does.Not.Match("[0-9]"), "no counts");
    }

    [Test]
    public async Task PostDue_TwoInstancesEveryMinute_PostedOnce()
    {
        var other = _script.NewScheduler();

        while (_script.Clock.GetUtcNow() < Friday10.AddHours(9))
        {
            _script.Clock.Advance(TimeSpan.FromMinutes(1));
            var now = _script.Clock.GetUtcNow();
            await Task.WhenAll(Task.Run(() => _script.Scheduler.TickAsync(now)), Task.Run(() => other.TickAsync(now)));
        }

        Assert.That(_script.Sender.Posts, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task PostDue_NextWeek_OnlyThatWeeksCredits()
    {
        await _script.RunUntilAsync(Friday10.AddHours(1), TimeSpan.FromMinutes(30));
        await _script.AllyAsync("U1", "credit <@U5> took notes in the planning meeting and shared them");

        await _script.RunUntilAsync(Friday10.AddDays(7).AddHours(1), TimeSpan.FromMinutes(30));

        Assert.That(_script.Sender.Posts, Has.Count.EqualTo(2));
        Assert.That(_script.Sender.Posts[1].Text, Is.EqualTo("🌟 This week's credits\n• <@U5>: took notes in the planning meeting and shared them (from <@U1>)"));
    }

    [Test]
    public async Task PostDue_NoCreditsThisWeek_PostsNothing()
    {
        await _script.RunUntilAsync(Friday10.AddHours(1), TimeSpan.FromMinutes(30));

        await _script.RunUntilAsync(Friday10.AddDays(7).AddHours(9), TimeSpan.FromMinutes(30));

        Assert.That(_script.Sender.Posts, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task PostDue_TeamZone_FridayTenThere()
    {
        await _script.AllyAsync("U1", "schedule credit weekly thu 14:00 Asia/Tokyo");

        await _script.RunUntilAsync(new DateTimeOffset(2026, 11, 27, 0, 59, 0, TimeSpan.Zero));
        Assert.That(_script.Sender.Posts, Is.Empty);

        await _script.RunUntilAsync(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero));
        Assert.That(_script.Sender.Posts, Has.Count.EqualTo(1), "10:00 in Tokyo is 01:00 UTC");
    }

    [Test]
    public async Task PostDue_InstanceDownAllFriday_SkipsRatherThanPostingAtTheWeekend()
    {
        await new WeeklyCreditsPost(_script.Credits, _script.Teams, _script.Deliveries, _script.Sender, _script.Options).PostDueAsync(Friday10.AddHours(8));

        Assert.That(_script.Sender.Posts, Is.Empty);
    }
}

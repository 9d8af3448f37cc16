using AllyBot.Core.Conversations;
using AllyBot.Core.Replies;
using AllyBot.Core.Tests.Dialogs;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Core.Tests.Participation;

public sealed class FacilitatorDigestsTests
{
    private static readonly DateTimeOffset Monday0930 = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);

    private readonly DialogScript _script = new();

    /// <summary>U1 facilitates C1 with the digest on; <paramref name="members"/> people each post 8 messages; U2 gets every credit.</summary>
    private async Task SetUpTeamAsync(int members)
    {
        var users = Enumerable.Range(1, members).Select(i => $"U{i}").ToArray();
        _script.SetRoster("C1", users);
        await _script.AllyAsync("U1", "facilitator add <@U1>");
        await _script.AllyAsync("U1", "digest on");
        foreach (var user in users)
        {
            for (var i = 0; i < 8; i++)
            {
                await _script.Participation.RecordAsync(new ChatMessage(DialogScript.Channel(), $"{user}-{i}", new ChatUser(user), "some words", _script.Clock.GetUtcNow()));
            }
        }

        foreach (var giver in users.Where(u => u != "U2"))
        {
            await _script.AllyAsync(giver, "credit <@U2> kept the release notes up to date for everyone");
        }

        _script.Sender.Clear();
    }

    [Test]
    public async Task SendDue_CreditConcentrating_FacilitatorGetsAPrivateDigestThatNamesNoOne()
    {
        await SetUpTeamAsync(6);

        await _script.RunUntilAsync(Monday0930.AddMinutes(-1));
        Assert.That(_script.Sender.Prompts, Is.Empty);
        await _script.RunUntilAsync(Monday0930.AddHours(1));

        var digest = _script.Sender.Prompts.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(digest.RecipientId, Is.EqualTo("U1"));
            Assert.That(digest.Text, Does.Contain("voices digest").And.Contain("Credit is concentrating"));
            Assert.That(digest.Text, Does.Not.Contain("<@"), "no mentions");
            Assert.That(digest.Text, Does.Not.Match("U[0-9]"), "no user ids");
            Assert.That(digest.Text, Does.Not.Contain("most-credited person").And.Not.Contain("#1"), "no ranking");
            Assert.That(digest.Choices.Select(c => c.ActionId), Is.EqualTo(new[] { DialogActions.DigestDone, DialogActions.DigestNotRelevant }));
            Assert.That(_script.Sender.Posts, Is.Empty, "never in the channel");
        }
    }

    [Test]
    public async Task SendDue_FewerThanFiveMembers_NothingSentAndNothingKept()
    {
        await SetUpTeamAsync(4);

        await _script.RunUntilAsync(Monday0930.AddHours(9));

        Assert.That(_script.Sender.Sent, Is.Empty);
        Assert.That(_script.Snapshots.All, Is.Empty);
    }

    [Test]
    public async Task SendDue_FiveMembersButOneOptedOutOfCounting_NothingSent()
    {
        await SetUpTeamAsync(5);
        await _script.AllyAsync("U5", "optout counting");
        _script.Sender.Clear();

        await _script.RunUntilAsync(Monday0930.AddHours(1));

        Assert.That(_script.Sender.Prompts, Is.Empty);
    }

    [Test]
    public async Task SendDue_OneMemberAwayMostOfTheWindow_LeftOutSoNothingSent()
    {
        await SetUpTeamAsync(5);
        await _script.AllyAsync("U5", "away 2026-11-10 2026-11-23");
        _script.Sender.Clear();

        await _script.RunUntilAsync(Monday0930.AddHours(1));

        Assert.That(_script.Sender.Prompts, Is.Empty);
    }

    [Test]
    public async Task SendDue_DigestOff_NothingSent()
    {
        await SetUpTeamAsync(6);
        await _script.AllyAsync("U1", "digest off");
        _script.Sender.Clear();

        await _script.RunUntilAsync(Monday0930.AddHours(1));

        Assert.That(_script.Sender.Prompts, Is.Empty);
    }

    [Test]
    public async Task SendDue_NothingFired_NothingSentButTheWeekIsKept()
    {
        _script.SetRoster("C1", "U1", "U2", "U3", "U4", "U5", "U6");
        await _script.AllyAsync("U1", "digest on");
        await _script.AllyAsync("U1", "facilitator add <@U1>");
        for (var i = 0; i < 36; i++)
        {
            await _script.Participation.RecordAsync(new ChatMessage(DialogScript.Channel(), $"m{i}", new ChatUser($"U{(i % 6) + 1}"), "words", _script.Clock.GetUtcNow()));
        }

        await _script.RunUntilAsync(Monday0930.AddHours(1));

        Assert.That(_script.Sender.Prompts, Is.Empty);
        Assert.That(_script.Snapshots.All, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task SendDue_TwoFacilitatorsTwoInstancesEveryMinute_EachGetsOneAtNineThirtyTheirTime()
    {
        await SetUpTeamAsync(6);
        _script.Roster.Set(DialogScript.Channel(), [.. Enumerable.Range(1, 6).Select(i => new RosterMember($"U{i}", i == 3 ? "Europe/Berlin" : null))]);
        await _script.AllyAsync("U1", "facilitator add <@U3>");
        var other = _script.NewScheduler();

        while (_script.Clock.GetUtcNow() < Monday0930.AddHours(9))
        {
            _script.Clock.Advance(TimeSpan.FromMinutes(1));
            var now = _script.Clock.GetUtcNow();
            await Task.WhenAll(Task.Run(() => _script.Scheduler.TickAsync(now)), Task.Run(() => other.TickAsync(now)));
            if (now == Monday0930.AddHours(-1))
            {
                Assert.That(_script.Sender.Prompts.Select(p => p.RecipientId), Is.EqualTo(new[] { "U3" }), "09:30 in Berlin is 08:30 UTC");
            }
        }

        Assert.That(_script.Sender.Prompts.Select(p => p.RecipientId), Is.EqualTo(new[] { "U3", "U1" }));
    }

    [Test]
    public async Task SendDue_NoFacilitator_NothingSent()
    {
        await SetUpTeamAsync(6);
        await _script.AllyAsync("U1", "facilitator remove <@U1>");
        _script.Sender.Clear();

        await _script.RunUntilAsync(Monday0930.AddHours(1));

        Assert.That(_script.Sender.Prompts, Is.Empty);
    }

    [Test]
    public async Task SendDue_FacilitatorLeftTheChannel_GetsNothing()
    {
        await SetUpTeamAsync(6);
        _script.SetRoster("C1", "U2", "U3", "U4", "U5", "U6", "U7");

        await _script.RunUntilAsync(Monday0930.AddHours(1));

        Assert.That(_script.Sender.Prompts, Is.Empty);
    }
}

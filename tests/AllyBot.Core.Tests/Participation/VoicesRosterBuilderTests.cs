using AllyBot.Core.Conversations;
using AllyBot.Core.Participation;
using AllyBot.Core.Tests.Dialogs;
using AllyBot.Core.TeamSettings;
using AllyBot.Core.Voices;

namespace AllyBot.Core.Tests.Participation;

public sealed class VoicesRosterBuilderTests
{
    private readonly DialogScript _script = new();

    private VoicesRosterBuilder Builder => new(_script.Counter, _script.Credits, _script.Members, _script.Calendars, _script.Pseudonymizer);

    private static RosterMember[] Roster(params string[] users) => [.. users.Select(u => new RosterMember(u))];

    [Test]
    public async Task Build_MembersWithAndWithoutMessages_ZerosIncludedNoIds()
    {
        _script.SetRoster("C1", "U1", "U2", "U3");
        await _script.AllyAsync("U1", "digest on");
        await _script.Participation.RecordAsync(new ChatMessage(DialogScript.Channel(), "m1", new ChatUser("U1"), "hi", _script.Clock.GetUtcNow()));

        var roster = await Builder.BuildAsync(DialogScript.Channel(), Roster("U1", "U2", "U3"), _script.Clock.GetUtcNow());

        Assert.That(roster, Is.EqualTo(new[] { new MemberActivity(1, 0), new MemberActivity(0, 0), new MemberActivity(0, 0) }));
    }

    [Test]
    public async Task Build_PartTimer_WorkingDayFractionFromTheirDays()
    {
        await _script.AllyAsync("U2", "hours 09:00-17:00 mon,wed,fri");

        var roster = await Builder.BuildAsync(DialogScript.Channel(), Roster("U2"), _script.Clock.GetUtcNow());

        Assert.That(roster.Single().WorkingDayFraction, Is.EqualTo(0.6).Within(1e-9));
    }

    [Test]
    public async Task Build_OptedOutOrAwayMostOfTheWindow_LeftOut()
    {
        await _script.AllyAsync("U2", "optout counting");
        await _script.AllyAsync("U3", "away 2026-11-16 2026-11-23");
        await _script.AllyAsync("U4", "away 2026-11-20 2026-11-23");

        var roster = await Builder.BuildAsync(DialogScript.Channel(), Roster("U1", "U2", "U3", "U4"), _script.Clock.GetUtcNow());

        Assert.That(roster, Has.Count.EqualTo(2), "U1, and U4 who was away 2 of 10 working days");
    }

    [Test]
    public async Task Build_MessagesOlderThanFourteenDays_NotCounted()
    {
        await _script.AllyAsync("U1", "digest on");
        await _script.Participation.RecordAsync(new ChatMessage(DialogScript.Channel(), "m1", new ChatUser("U1"), "hi", _script.Clock.GetUtcNow()));

        var roster = await Builder.BuildAsync(DialogScript.Channel(), Roster("U1"), _script.Clock.GetUtcNow().AddDays(14));

        Assert.That(roster.Single().Messages, Is.Zero);
    }
}

using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.TeamSettings;
using AllyBot.Slack.Outbound;
using AllyBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Slack.Tests.Outbound;

public sealed class SlackRosterProviderTests
{
    private static readonly ChatAddress General = new(ChatPlatform.Slack, "T0AB12CD3", "C0GENERAL1");

    private static IRosterProvider Roster(SlackTestApp app) => app.Services.GetRequiredKeyedService<IRosterProvider>(ChatPlatform.Slack);

    private static void ScriptChannel(FakeSlackApi api)
    {
        api.Answer("conversations.members", """{"ok":true,"members":["U0KIM0001","B0BOT0001","USLACKBOT"],"response_metadata":{"next_cursor":"dXNlcjpVMEc5V0ZYTlo="}}""")
            .Answer("conversations.members", """{"ok":true,"members":["U0GONE001","U0EXT0001","U0ANA0002"],"response_metadata":{"next_cursor":""}}""")
            .Answer("users.info", """{"ok":true,"user":{"id":"U0KIM0001","team_id":"T0AB12CD3","name":"kim","tz":"Europe/Berlin"}}""")
            .Answer("users.info", """{"ok":true,"user":{"id":"B0BOT0001","team_id":"T0AB12CD3","name":"deploybot","is_bot":true}}""")
            .Answer("users.info", """{"ok":true,"user":{"id":"U0GONE001","team_id":"T0AB12CD3","name":"gone","deleted":true}}""")
            .Answer("users.info", """{"ok":true,"user":{"id":"U0EXT0001","team_id":"T0OTHER99","name":"guest","tz":"America/New_York"}}""")
            .Answer("users.info", """{"ok":true,"user":{"id":"U0ANA0002","team_id":"T0AB12CD3","name":"ana"}}""");
    }

    [Test]
    public async Task GetMembers_PagedChannel_KeepsPeopleWithTheirTimeZones()
    {
        await using var app = await SlackTestApp.StartAsync();
        ScriptChannel(app.Api);

        var members = await Roster(app).GetMembersAsync(General);

        Assert.That(members, Is.EqualTo(new[] { new RosterMember("U0KIM0001", "Europe/Berlin"), new RosterMember("U0ANA0002") }));
        var pages = app.Api.CallsTo("conversations.members");
        Assert.That(pages.Select(p => p.Form.GetValueOrDefault("cursor")), Is.EqualTo(new[] { null, "dXNlcjpVMEc5V0ZYTlo=" }));
        Assert.That(app.Api.CallsTo("users.info").Select(c => c.Form["user"]), Does.Not.Contain("USLACKBOT"));
    }

    [Test]
    public async Task GetMembers_AskedAgainWithinTenMinutes_UsesTheCache()
    {
        await using var app = await SlackTestApp.StartAsync();
        ScriptChannel(app.Api);
        await Roster(app).GetMembersAsync(General);
        app.Clock.Advance(TimeSpan.FromMinutes(9));

        var again = await Roster(app).GetMembersAsync(General);

        Assert.That(again, Has.Count.EqualTo(2));
        Assert.That(app.Api.CallsTo("conversations.members"), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task GetMembers_AfterTenMinutes_AsksSlackAgain()
    {
        await using var app = await SlackTestApp.StartAsync();
        ScriptChannel(app.Api);
        await Roster(app).GetMembersAsync(General);
        app.Clock.Advance(SlackRosterProvider.CacheFor + TimeSpan.FromSeconds(1));
        app.Api.Answer("conversations.members", """{"ok":true,"members":["U0ANA0002"]}""")
            .Answer("users.info", """{"ok":true,"user":{"id":"U0ANA0002","team_id":"T0AB12CD3","name":"ana","tz":"Asia/Tokyo"}}""");

        var fresh = await Roster(app).GetMembersAsync(General);

        Assert.That(fresh, Is.EqualTo(new[] { new RosterMember("U0ANA0002", "Asia/Tokyo") }));
    }

    [Test]
    public async Task FindManager_Slack_IsNull()
    {
        await using var app = await SlackTestApp.StartAsync();

        Assert.That(await Roster(app).FindManagerAsync(General, "U0KIM0001"), Is.Null);
        Assert.That(app.Api.Calls, Is.Empty);
    }
}

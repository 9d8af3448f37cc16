using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.TeamSettings;
using AllyBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Slack.Tests.Admin;

public sealed class SlackAdminRolesTests
{
    private static readonly ChannelSettings General = ChannelSettings.Default(new ChatAddress(ChatPlatform.Slack, "T0AB12CD3", "C0GENERAL1"));

    private static IPlatformAdminRoles Roles(SlackTestApp app) => app.Services.GetRequiredKeyedService<IPlatformAdminRoles>(ChatPlatform.Slack);

    [TestCase("is_admin")]
    [TestCase("is_owner")]
    [TestCase("is_primary_owner")]
    public async Task IsAdmin_WorkspaceAdminOrOwner_True(string role)
    {
        await using var app = await SlackTestApp.StartAsync();
        app.Api.Answer("users.info", $$$"""{"ok":true,"user":{"id":"U0KIM0001","team_id":"T0AB12CD3","name":"kim","{{{role}}}":true}}""");

        Assert.That(await Roles(app).IsAdminAsync(General, "U0KIM0001"), Is.True);
        var call = app.Api.CallsTo("users.info").Single();
        Assert.That(call.Form["user"], Is.EqualTo("U0KIM0001"));
        Assert.That(call.Authorization, Is.EqualTo("Bearer xoxb-test-token"));
    }

    [Test]
    public async Task IsAdmin_PlainMember_False()
    {
        await using var app = await SlackTestApp.StartAsync();
        app.Api.Answer("users.info", """{"ok":true,"user":{"id":"U0ANA0002","team_id":"T0AB12CD3","name":"ana","is_admin":false,"is_owner":false}}""");

        Assert.That(await Roles(app).IsAdminAsync(General, "U0ANA0002"), Is.False);
    }

    [Test]
    public async Task IsAdmin_AdminOfAnotherWorkspace_False()
    {
        await using var app = await SlackTestApp.StartAsync();
        app.Api.Answer("users.info", """{"ok":true,"user":{"id":"U0EXT0001","team_id":"T0OTHER99","name":"guest","is_admin":true}}""");

        Assert.That(await Roles(app).IsAdminAsync(General, "U0EXT0001"), Is.False);
    }

    [Test]
    public async Task IsAdmin_DeactivatedAdmin_False()
    {
        await using var app = await SlackTestApp.StartAsync();
        app.Api.Answer("users.info", """{"ok":true,"user":{"id":"U0GONE001","team_id":"T0AB12CD3","name":"gone","deleted":true,"is_admin":true}}""");

        Assert.That(await Roles(app).IsAdminAsync(General, "U0GONE001"), Is.False);
    }

    [Test]
    public async Task IsAdmin_SlackError_UnknownAndLoggedWithoutText()
    {
        await using var app = await SlackTestApp.StartAsync();
        app.Api.Answer("users.info", """{"ok":false,"error":"missing_scope"}""");

        Assert.That(await Roles(app).IsAdminAsync(General, "U0KIM0001"), Is.Null);
        Assert.That(app.Logs.Lines, Has.Some.Contains("Slack admin roles in T0AB12CD3 unknown (missing_scope)"));
    }

    [Test]
    public async Task IsAdmin_AnswerWithoutUser_Unknown()
    {
        await using var app = await SlackTestApp.StartAsync();
        app.Api.Answer("users.info", """{"ok":true}""");

        Assert.That(await Roles(app).IsAdminAsync(General, "U0KIM0001"), Is.Null);
        Assert.That(app.Logs.Lines, Has.Some.Contains("unknown (no_user_in_answer)"));
    }

    [Test]
    public async Task IsAdmin_NotInstalledInTheWorkspace_UnknownWithoutCallingSlack()
    {
        await using var app = await SlackTestApp.StartAsync(SlackTestApp.OAuthSettings);

        Assert.That(await Roles(app).IsAdminAsync(General, "U0KIM0001"), Is.Null);
        Assert.That(app.Api.Calls, Is.Empty);
        Assert.That(app.Logs.Lines, Has.Some.Contains("unknown (not_installed)"));
    }
}

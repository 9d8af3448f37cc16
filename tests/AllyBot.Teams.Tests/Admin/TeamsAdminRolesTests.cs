using System.Net;
using AllyBot.Core.Conversations;
using AllyBot.Core.TeamSettings;
using AllyBot.Teams.Tests.Support;

namespace AllyBot.Teams.Tests.Admin;

public sealed class TeamsAdminRolesTests : IDisposable
{
    private readonly CardWorld _world = new();

    private static ChannelSettings Channel => ChannelSettings.Default(new ChatAddress(ChatPlatform.Teams, CardWorld.Tenant, CardWorld.Channel));

    private static ChannelSettings PersonalChat => ChannelSettings.Default(new ChatAddress(ChatPlatform.Teams, CardWorld.Tenant, "a:1Rk2QmV3bPersonalChatWithAllyBotExampleId_3x9Q"));

    public void Dispose() => _world.Dispose();

    [Test]
    public async Task IsAdmin_OwnerOfTheChannelsTeamInGraph_IsAdmin()
    {
        await _world.InstallAndSeeTheTeamAsync();

        Assert.That(await _world.Roles.IsAdminAsync(Channel, CardWorld.Sam), Is.True);
        Assert.That(_world.Tokens.GraphTenants, Is.EqualTo(new[] { CardWorld.Tenant }), "the Graph token is for the team's tenant");
        Assert.That(_world.Graph.Requests.Single().Authorization, Is.EqualTo("Bearer graph-and-connector-token"));
    }

    [Test]
    public async Task IsAdmin_MemberWhoIsNoOwner_IsNotAdmin()
    {
        await _world.InstallAndSeeTheTeamAsync();
        SeeAlex();

        Assert.That(await _world.Roles.IsAdminAsync(Channel, CardWorld.Alex), Is.False);
    }

    [Test]
    public async Task IsAdmin_GraphFails_FailsClosedWithNoAnswer()
    {
        await _world.InstallAndSeeTheTeamAsync();
        _world.GraphAnswer = _ => FakeHttpHandler.Json(HttpStatusCode.Forbidden, ActivityFiles.Read("graph-error-forbidden.json"));

        Assert.That(await _world.Roles.IsAdminAsync(Channel, CardWorld.Sam), Is.Null);
    }

    [Test]
    public async Task IsAdmin_GraphUnreachable_FailsClosedWithNoAnswer()
    {
        await _world.InstallAndSeeTheTeamAsync();
        _world.GraphAnswer = _ => throw new HttpRequestException("connection refused");

        Assert.That(await _world.Roles.IsAdminAsync(Channel, CardWorld.Sam), Is.Null);
    }

    [Test]
    public async Task IsAdmin_GraphDownButFacilitator_IsStillAdminThroughCoreWithoutAskingGraph()
    {
        await _world.InstallAndSeeTheTeamAsync();
        _world.GraphAnswer = _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        await _world.Channels.SaveAsync(Channel with { FacilitatorIds = [CardWorld.Sam] });

        Assert.That(await _world.Access.IsAdminAsync(Channel.Channel, CardWorld.Sam), Is.True);
        Assert.That(_world.Graph.Requests, Is.Empty);
    }

    [Test]
    public async Task IsAdmin_MadeFacilitatorAfterBeingRefused_IsAdminAtOnce()
    {
        await _world.InstallAndSeeTheTeamAsync();
        SeeAlex();
        Assert.That(await _world.Access.IsAdminAsync(Channel.Channel, CardWorld.Alex), Is.False, "no owner, no facilitator");

        await _world.Channels.SaveAsync(Channel with { FacilitatorIds = [CardWorld.Alex] });

        Assert.That(await _world.Access.IsAdminAsync(Channel.Channel, CardWorld.Alex), Is.True, "the cached Graph answer does not hide a new facilitator");
    }

    [Test]
    public void FacilitatorsAreAdmins_TeamsChannel_True()
    {
        Assert.That(((Core.Ports.IPlatformAdminRoles)_world.Roles).FacilitatorsAreAdmins(Channel), Is.True);
    }

    [Test]
    public async Task IsAdmin_GrantedAdminWhileGraphDown_IsStillAdminThroughCore()
    {
        await _world.InstallAndSeeTheTeamAsync();
        SeeAlex();
        _world.GraphAnswer = _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        await _world.WorkspaceAdmin.ChangeAsync(
            CardWorld.Tenant, CardWorld.Sam, c => Core.Admin.AdminEdit.Change(c with { AdminIds = [CardWorld.Alex] }, "granted"));

        Assert.That(await _world.Access.IsAdminAsync(Channel.Channel, CardWorld.Alex), Is.True);
    }

    [Test]
    public async Task IsAdmin_OwnersAskedTwice_ReadFromGraphOnceWithinFiveMinutes()
    {
        await _world.InstallAndSeeTheTeamAsync();
        SeeAlex();

        await _world.Roles.IsAdminAsync(Channel, CardWorld.Sam);
        await _world.Roles.IsAdminAsync(Channel, CardWorld.Alex);
        Assert.That(_world.Graph.Requests, Has.Count.EqualTo(1));

        _world.Clock.Advance(TimeSpan.FromMinutes(6));
        await _world.Roles.IsAdminAsync(Channel, CardWorld.Sam);
        Assert.That(_world.Graph.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task IsAdmin_GraphFailure_IsNotCachedSoTheNextAskRetries()
    {
        await _world.InstallAndSeeTheTeamAsync();
        _world.GraphAnswer = _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        Assert.That(await _world.Roles.IsAdminAsync(Channel, CardWorld.Sam), Is.Null);

        _world.GraphAnswer = _ => FakeHttpHandler.Json(HttpStatusCode.OK, ActivityFiles.Read("graph-team-members.json"));

        Assert.That(await _world.Roles.IsAdminAsync(Channel, CardWorld.Sam), Is.True);
    }

    [Test]
    public async Task IsAdmin_InPersonalChat_OwnerOfATeamOfTheTenantIsAdmin()
    {
        await _world.InstallAndSeeTheTeamAsync();

        Assert.That(await _world.Roles.IsAdminAsync(PersonalChat, CardWorld.Sam), Is.True);
    }

    [Test]
    public async Task IsAdmin_NoTeamSeenYet_HasNoAnswerAndAsksNoOne()
    {
        _world.Directory.Remember(ActivityFiles.Load("personal-message.json"));

        Assert.That(await _world.Roles.IsAdminAsync(PersonalChat, CardWorld.Sam), Is.Null);
        Assert.That(_world.Graph.Requests, Is.Empty);
    }

    [Test]
    public async Task IsAdmin_MemberNeverSeen_HasNoAnswer()
    {
        await _world.InstallAndSeeTheTeamAsync();

        Assert.That(await _world.Roles.IsAdminAsync(Channel, "29:1stranger"), Is.Null);
        Assert.That(_world.Graph.Requests, Is.Empty);
    }

    private void SeeAlex()
    {
        var activity = ActivityFiles.Load("channel-message-settings.json");
        _world.Directory.Remember(activity with { From = new() { Id = CardWorld.Alex, AadObjectId = CardWorld.AlexAad } });
    }
}

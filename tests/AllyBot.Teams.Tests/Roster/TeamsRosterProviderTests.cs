using System.Net;
using AllyBot.Core.Conversations;
using AllyBot.Teams.Connector;
using AllyBot.Teams.Installations;
using AllyBot.Teams.Roster;
using AllyBot.Teams.Tests.Support;
using AllyBot.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Teams.Tests.Roster;

public sealed class TeamsRosterProviderTests : IDisposable
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private const string Bot = "28:5f0c3b1e-7a2d-4c8e-9b6f-2d1e0a9c8b7a";
    private const string Channel = "19:a1b2c3d4e5f64a0b9e56f1b1f1b1f1b1@thread.tacv2";
    private const string Sam = "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrrA8vM06X1-cHHle4zOE6U4ttcc";

    private readonly FakeTimeProvider _clock = new();
    private readonly FakeHttpHandler _handler;
    private readonly ConversationReferenceStore _references;
    private HttpStatusCode _status = HttpStatusCode.OK;

    public TeamsRosterProviderTests()
    {
        _handler = new FakeHttpHandler(request => _status != HttpStatusCode.OK
            ? FakeHttpHandler.Json(_status, """{"error":{"code":"Forbidden"}}""")
            : FakeHttpHandler.Json(HttpStatusCode.OK, ActivityFiles.Read(request.RequestUri!.Query.Contains("continuationToken", StringComparison.Ordinal) ? "pagedmembers-page2.json" : "pagedmembers-page1.json")));
        _references = new ConversationReferenceStore(new InMemoryAllyStore(), new EphemeralDataProtectionProvider(), _clock, NullLogger<ConversationReferenceStore>.Instance);
    }

    public void Dispose() => _handler.Dispose();

    private static ChatAddress Where => new(ChatPlatform.Teams, Tenant, Channel, "1763630000000");

    private TeamsRosterProvider Roster()
    {
        var options = Options.Create(new TeamsOptions());
        var connector = new ConnectorClient(new FakeHttpClientFactory(_handler), new StaticTokenProvider("t"), new ServiceUrlAllowList(options), _clock, NullLogger<ConnectorClient>.Instance);
        return new TeamsRosterProvider(connector, _references, _clock, NullLogger<TeamsRosterProvider>.Instance);
    }

    private Task InstallAsync() => _references.InstallAsync(new ConversationReference(ServiceUrl, Bot, Tenant, Channel));

    [Test]
    public async Task GetMembers_TwoPages_ListsHumansOfTheTenantOnly()
    {
        await InstallAsync();

        var members = await Roster().GetMembersAsync(Where);

        Assert.That(members.Select(m => m.UserId), Is.EqualTo(new[] { Sam, "29:1xYzAlexDoeUserIdExample", "29:1KimLeeUserIdExample" }));
        Assert.That(_handler.Requests, Has.Count.EqualTo(2));
        Assert.That(_handler.Requests[0].Uri.PathAndQuery, Is.EqualTo("/amer/v3/conversations/19%3Aa1b2c3d4e5f64a0b9e56f1b1f1b1f1b1%40thread.tacv2/pagedmembers?pageSize=500"));
        Assert.That(_handler.Requests[1].Uri.Query, Does.EndWith("continuationToken=a3b9-page-2"));
    }

    [Test]
    public async Task GetMembers_AskedAgainWithinTenMinutes_UsesTheCache()
    {
        await InstallAsync();
        var roster = Roster();

        await roster.GetMembersAsync(Where);
        _clock.Advance(TimeSpan.FromMinutes(9));
        await roster.GetMembersAsync(Where with { ThreadId = null });

        Assert.That(_handler.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task GetMembers_AfterTenMinutes_FetchesAgain()
    {
        await InstallAsync();
        var roster = Roster();

        await roster.GetMembersAsync(Where);
        _clock.Advance(TimeSpan.FromMinutes(10));
        await roster.GetMembersAsync(Where);

        Assert.That(_handler.Requests, Has.Count.EqualTo(4));
    }

    [Test]
    public async Task GetMembers_NoReferenceForTenant_IsEmptyWithoutCalling()
    {
        var members = await Roster().GetMembersAsync(Where);

        Assert.That(members, Is.Empty);
        Assert.That(_handler.Requests, Is.Empty);
    }

    [Test]
    public async Task Names_ConnectorRefuses_IsEmptyWithoutThrowing()
    {
        await InstallAsync();
        _status = HttpStatusCode.Forbidden;

        var names = await Roster().NamesAsync(Where);

        Assert.That(names, Is.Empty);
    }

    [Test]
    public async Task Names_MapsUserIdsToDisplayNames()
    {
        await InstallAsync();

        var names = await Roster().NamesAsync(Where);

        Assert.That(names["29:1xYzAlexDoeUserIdExample"], Is.EqualTo("Alex Doe"));
        Assert.That(names.ContainsKey("28:0a1b2c3d-1111-2222-3333-444455556666"), Is.False);
    }

    [Test]
    public async Task FindManager_WithoutGraph_IsNull()
    {
        Assert.That(await Roster().FindManagerAsync(Where, Sam), Is.Null);
    }
}

using System.Net;
using AllyBot.Teams.Admin;
using AllyBot.Teams.Tests.Support;
using Microsoft.Extensions.Options;

namespace AllyBot.Teams.Tests.Admin;

public sealed class TeamOwnersClientTests
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string Group = "02bd9fd6-8f93-4758-87c3-1fb73740a315";

    [Test]
    public async Task OwnerIds_RecordedMembers_AreOnlyTheOwnersEntraIds()
    {
        using var graph = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, ActivityFiles.Read("graph-team-members.json")));

        var owners = await Client(graph).OwnerIdsAsync(Tenant, Group);

        Assert.That(owners, Is.EquivalentTo(new[] { "6be4b4b0-2f8a-4b7e-9d3c-1a2b3c4d5e6f" }));
        var request = graph.Requests.Single();
        Assert.That(request.Method, Is.EqualTo(HttpMethod.Get));
        Assert.That(request.Uri.ToString(), Is.EqualTo($"https://graph.microsoft.com/v1.0/teams/{Group}/members?$top=999"));
        Assert.That(request.Authorization, Is.EqualTo("Bearer g-token"));
    }

    [Test]
    public async Task OwnerIds_GraphBaseUrlConfigured_CallsThatGraph()
    {
        using var graph = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, ActivityFiles.Read("graph-team-members.json")));

        await Client(graph, "http://127.0.0.1:5999/graph/v1.0").OwnerIdsAsync(Tenant, Group);

        Assert.That(graph.Requests.Single().Uri.ToString(), Is.EqualTo($"http://127.0.0.1:5999/graph/v1.0/teams/{Group}/members?$top=999"));
    }

    [Test]
    public async Task OwnerIds_SeveralPages_FollowsTheNextLink()
    {
        using var graph = new FakeHttpHandler(request => FakeHttpHandler.Json(
            HttpStatusCode.OK, ActivityFiles.Read(request.RequestUri!.Query.Contains("skiptoken", StringComparison.Ordinal) ? "graph-team-members.json" : "graph-team-members-page1.json")));

        var owners = await Client(graph).OwnerIdsAsync(Tenant, Group);

        Assert.That(graph.Requests, Has.Count.EqualTo(2));
        Assert.That(owners, Does.Contain("6be4b4b0-2f8a-4b7e-9d3c-1a2b3c4d5e6f"));
    }

    [Test]
    public async Task OwnerIds_NextLinkToAnotherHost_IsNotFollowed()
    {
        using var graph = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, ActivityFiles.Read("graph-team-members-page1.json")));

        await Client(graph, "https://graph.example.test/v1.0/").OwnerIdsAsync(Tenant, Group);

        Assert.That(graph.Requests, Has.Count.EqualTo(1), "the token only goes to the configured Graph");
    }

    [Test]
    public void OwnerIds_Forbidden_ThrowsWithGraphsErrorCode()
    {
        using var graph = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.Forbidden, ActivityFiles.Read("graph-error-forbidden.json")));

        var error = Assert.ThrowsAsync<GraphException>(() => Client(graph).OwnerIdsAsync(Tenant, Group));

        Assert.That((error!.Status, error.Code), Is.EqualTo((403, "Forbidden")));
    }

    [Test]
    public void OwnerIds_GroupIdThatIsNoGuid_IsRefusedWithoutCallingGraph()
    {
        using var graph = new FakeHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.OK));

        Assert.ThrowsAsync<GraphException>(() => Client(graph).OwnerIdsAsync(Tenant, "../users"));
        Assert.That(graph.Requests, Is.Empty);
    }

    [Test]
    public void OwnerIds_NoCredentials_IsRefusedWithoutCallingGraph()
    {
        using var graph = new FakeHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.OK));
        var client = new TeamOwnersClient(new FakeHttpClientFactory(graph), new StaticTokenProvider(null), Options.Create(new TeamsOptions()));

        var error = Assert.ThrowsAsync<GraphException>(() => client.OwnerIdsAsync(Tenant, Group));

        Assert.That(error!.Code, Is.EqualTo("no_credentials"));
        Assert.That(graph.Requests, Is.Empty);
    }

    private static TeamOwnersClient Client(FakeHttpHandler graph, string? baseUrl = null)
    {
        var options = new TeamsOptions();
        if (baseUrl is not null)
        {
            options.GraphBaseUrl = baseUrl;
        }

        return new TeamOwnersClient(new FakeHttpClientFactory(graph), new StaticTokenProvider("g-token"), Options.Create(options));
    }
}

using System.Net;
using System.Text.Json;
using AllyBot.Teams.Connector;
using AllyBot.Teams.Tests.Support;
using AllyBot.Teams.Wire;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AllyBot.Teams.Tests.Connector;

public sealed class ConnectorClientTests : IDisposable
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private const string ChannelThread = "19:abc@thread.tacv2;messageid=1700000000000";

    private readonly Queue<Func<HttpResponseMessage>> _answers = new();
    private readonly FakeHttpHandler _handler;
    private readonly ConnectorClient _client;

    public ConnectorClientTests()
    {
        _handler = new FakeHttpHandler(_ => _answers.Count > 0 ? _answers.Dequeue()() : FakeHttpHandler.Json(HttpStatusCode.OK, """{"id":"1"}"""));
        var allowList = new ServiceUrlAllowList(Options.Create(new TeamsOptions()));
        _client = new ConnectorClient(new FakeHttpClientFactory(_handler), new StaticTokenProvider("bot-token"), allowList, TimeProvider.System, NullLogger<ConnectorClient>.Instance);
    }

    public void Dispose() => _handler.Dispose();

    private static Activity Hello => new() { Type = "message", Text = "hello" };

    private static HttpResponseMessage Error(HttpStatusCode status, string code) =>
        FakeHttpHandler.Json(status, $$$"""{"error":{"code":"{{{code}}}","message":"x"}}""");

    [Test]
    public async Task SendToConversation_AllowedServiceUrl_PostsEncodedPathWithBearerToken()
    {
        var result = await _client.SendToConversationAsync(ServiceUrl, ChannelThread, Hello);

        var request = _handler.Requests.Single();
        Assert.That(result.Id, Is.EqualTo("1"));
        Assert.That(request.Method, Is.EqualTo(HttpMethod.Post));
        Assert.That(request.Uri.AbsoluteUri, Is.EqualTo("https://smba.trafficmanager.net/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1700000000000/activities"));
        Assert.That(request.Authorization, Is.EqualTo("Bearer bot-token"));
        Assert.That(JsonDocument.Parse(request.Body!).RootElement.GetProperty("text").GetString(), Is.EqualTo("hello"));
    }

    [Test]
    public void SendToConversation_ServiceUrlNotOnAllowList_IsRefusedWithoutAnyRequest()
    {
        Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() => _client.SendToConversationAsync("https://attacker.example.com/amer/", ChannelThread, Hello));
        Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() => _client.SendToConversationAsync("https://smba.trafficmanager.net.attacker.example.com/", ChannelThread, Hello));
        Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() => _client.SendToConversationAsync("http://169.254.169.254/metadata/", ChannelThread, Hello));
        Assert.That(_handler.Requests, Is.Empty);
    }

    [Test]
    public async Task SendToConversation_429WithRetryAfter_WaitsAndRetries()
    {
        _answers.Enqueue(() =>
        {
            var throttled = Error(HttpStatusCode.TooManyRequests, "TooManyRequests");
            throttled.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
            return throttled;
        });
        var started = System.Diagnostics.Stopwatch.StartNew();

        var result = await _client.SendToConversationAsync(ServiceUrl, ChannelThread, Hello);

        Assert.That(result.Id, Is.EqualTo("1"));
        Assert.That(_handler.Requests, Has.Count.EqualTo(2));
        Assert.That(started.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900)));
    }

    [Test]
    public async Task SendToConversation_Transient503_IsRetried()
    {
        _answers.Enqueue(() =>
        {
            var unavailable = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            unavailable.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.Zero);
            return unavailable;
        });

        await _client.SendToConversationAsync(ServiceUrl, ChannelThread, Hello);

        Assert.That(_handler.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public void SendToConversation_403BotNotInRoster_ThrowsConversationGoneWithoutRetry()
    {
        _answers.Enqueue(() => Error(HttpStatusCode.Forbidden, "BotNotInConversationRoster"));

        var error = Assert.ThrowsAsync<ConnectorException>(() => _client.SendToConversationAsync(ServiceUrl, ChannelThread, Hello));

        Assert.That(error!.ConversationGone, Is.True);
        Assert.That(_handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void SendToConversation_404ConversationNotFound_IsConversationGone()
    {
        _answers.Enqueue(() => Error(HttpStatusCode.NotFound, "ConversationNotFound"));

        var error = Assert.ThrowsAsync<ConnectorException>(() => _client.SendToConversationAsync(ServiceUrl, ChannelThread, Hello));

        Assert.That(error!.ConversationGone, Is.True);
    }

    [Test]
    public async Task SendToConversation_Targeted_AddsTheQueryFlag()
    {
        await _client.SendToConversationAsync(ServiceUrl, ChannelThread, Hello, targeted: true);

        Assert.That(_handler.Requests.Single().Uri.Query, Is.EqualTo("?isTargetedActivity=true"));
    }

    [Test]
    public async Task ReplyUpdateDelete_UseTheActivityPath()
    {
        await _client.ReplyToActivityAsync(ServiceUrl, ChannelThread, "1700000000001", Hello);
        await _client.UpdateActivityAsync(ServiceUrl, ChannelThread, "1700000000002", Hello);
        await _client.DeleteActivityAsync(ServiceUrl, ChannelThread, "1700000000003");

        var requests = _handler.Requests;
        Assert.That(requests.Select(r => r.Method), Is.EqualTo(new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete }));
        Assert.That(requests[2].Uri.AbsolutePath, Does.EndWith("/activities/1700000000003"));
        Assert.That(requests[2].Body, Is.Null);
    }

    [Test]
    public async Task CreateConversation_PostsParametersAndReturnsId()
    {
        _answers.Enqueue(() => FakeHttpHandler.Json(HttpStatusCode.Created, """{"id":"a:1new","activityId":null}"""));

        var created = await _client.CreateConversationAsync(ServiceUrl, new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tenant",
            ChannelData = new TeamsChannelData { Tenant = new TeamsRef { Id = "tenant" } },
        });

        Assert.That(created.Id, Is.EqualTo("a:1new"));
        var body = JsonDocument.Parse(_handler.Requests.Single().Body!).RootElement;
        Assert.That(body.GetProperty("isGroup").GetBoolean(), Is.False);
        Assert.That(body.GetProperty("members")[0].GetProperty("id").GetString(), Is.EqualTo("29:user"));
        Assert.That(body.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString(), Is.EqualTo("tenant"));
    }

    [Test]
    public async Task GetPagedMembers_PassesPagingAndReadsMembers()
    {
        _answers.Enqueue(() => FakeHttpHandler.Json(HttpStatusCode.OK, """{"members":[{"id":"29:a","name":"A","aadObjectId":"g"}],"continuationToken":"next"}"""));

        var page = await _client.GetPagedMembersAsync(ServiceUrl, "19:abc@thread.tacv2", pageSize: 50, continuationToken: "a b");

        Assert.That(page.Members!.Single().AadObjectId, Is.EqualTo("g"));
        Assert.That(page.ContinuationToken, Is.EqualTo("next"));
        Assert.That(_handler.Requests.Single().Uri.Query, Is.EqualTo("?pageSize=50&continuationToken=a%20b"));
    }
}

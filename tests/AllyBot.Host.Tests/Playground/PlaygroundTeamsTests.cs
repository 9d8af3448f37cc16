using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Host.Tests.Playground;

/// <summary>
/// The playground's Teams mode through the real host on Kestrel (Development, Teams auth off): a message "as Teams"
/// becomes a Bot Framework activity POSTed to /api/messages, and AllyBot's Connector calls reach the in-process fake
/// Connector, whose received activities show up as <c>teams</c> events. Edits and deletes revise the nudge there.
/// </summary>
public sealed class PlaygroundTeamsTests
{
    private KestrelFactory _factory = null!;
    private HttpClient _client = null!;
    private string _dataFolder = null!;

    [SetUp]
    public void Start()
    {
        _dataFolder = Directory.CreateTempSubdirectory("allybot-teams-playground-").FullName;
        _factory = new KestrelFactory(_dataFolder);
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var port = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a).Port).First();
        _client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
    }

    [TearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
        Directory.Delete(_dataFolder, recursive: true);
    }

    private async Task<JsonElement> SendAsync(string text, string? editOf = null)
    {
        using var response = await _client.PostAsJsonAsync("playground/teams/messages", new { channel = "general", user = "sam", text, editOf });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Waits until the fake Connector has received <paramref name="count"/> calls; returns them in order.</summary>
    private async Task<List<JsonElement>> ConnectorCallsAsync(int count)
    {
        List<JsonElement> calls = [];
        for (var attempt = 0; attempt < 200 && calls.Count < count; attempt++)
        {
            await Task.Delay(50);
            var events = (await _client.GetFromJsonAsync<JsonElement>("playground/events")).GetProperty("events");
            calls = [.. events.EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "teams").Select(e => e.GetProperty("teams"))];
        }

        Assert.That(calls, Has.Count.EqualTo(count), string.Join(", ", calls.Select(c => c.GetProperty("operation").GetString())));
        return calls;
    }

    private static string Op(JsonElement call) => call.GetProperty("operation").GetString()!;

    [Test]
    public async Task TeamsMessage_Flagged_IsATeamsActivityAndTheNudgeCardReachesTheFakeConnector()
    {
        var sent = await SendAsync("hey guys, the build is green");

        var activity = sent.GetProperty("activity");
        Assert.That(activity.GetProperty("type").GetString(), Is.EqualTo("message"));
        Assert.That(activity.GetProperty("channelId").GetString(), Is.EqualTo("msteams"));
        Assert.That(activity.GetProperty("serviceUrl").GetString(), Does.EndWith("/playground/teams/connector/"));
        Assert.That(activity.GetProperty("conversation").GetProperty("conversationType").GetString(), Is.EqualTo("channel"));
        var calls = await ConnectorCallsAsync(2);
        Assert.That(calls.Select(Op), Is.EqualTo(new[] { "createConversation", "sendToConversation" }));
        Assert.That(calls[1].GetProperty("conversationId").GetString(), Is.EqualTo("a:playground-sam"));
        var card = calls[1].GetProperty("activity").GetProperty("attachments")[0];
        Assert.That(card.GetProperty("contentType").GetString(), Is.EqualTo("application/vnd.microsoft.card.adaptive"));
        Assert.That(card.GetProperty("content").ToString(), Does.Contain("gendered-language/guys-for-groups"));
    }

    [Test]
    public async Task TeamsEdit_MoreRulesThenClean_UpdatesThenDeletesTheSentCard()
    {
        var messageId = (await SendAsync("hey guys, the build is green")).GetProperty("messageId").GetString();
        var sentId = (await ConnectorCallsAsync(2))[1].GetProperty("activityId").GetString();

        await SendAsync("hey guys, quick sanity check: the build is green", editOf: messageId);
        var update = (await ConnectorCallsAsync(3))[2];
        await SendAsync("hey everyone, the build is green", editOf: messageId);
        var delete = (await ConnectorCallsAsync(4))[3];

        Assert.That(Op(update), Is.EqualTo("updateActivity"));
        Assert.That(update.GetProperty("activityId").GetString(), Is.EqualTo(sentId));
        Assert.That(update.GetProperty("activity").GetProperty("attachments")[0].GetProperty("content").ToString(), Does.Contain("technology/sanity-check"));
        Assert.That(Op(delete), Is.EqualTo("deleteActivity"));
        Assert.That(delete.GetProperty("activityId").GetString(), Is.EqualTo(sentId));
        Assert.That(delete.GetProperty("conversationId").GetString(), Is.EqualTo("a:playground-sam"));
    }

    [Test]
    public async Task TeamsDelete_NudgedMessage_DeletesTheCard()
    {
        var messageId = (await SendAsync("hey guys, the build is green")).GetProperty("messageId").GetString();
        await ConnectorCallsAsync(2);

        using var response = await _client.PostAsJsonAsync("playground/teams/deletions", new { channel = "general", user = "sam", messageId });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(Op((await ConnectorCallsAsync(3))[2]), Is.EqualTo("deleteActivity"));
    }

    [Test]
    public async Task TeamsDelete_SomeoneElsesMessage_IsRefused()
    {
        var messageId = (await SendAsync("the build is green")).GetProperty("messageId").GetString();

        using var response = await _client.PostAsJsonAsync("playground/teams/deletions", new { channel = "general", user = "alex", messageId });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task FakeConnector_AnotherPort_IsNotAllowedForTheTeamsEdge()
    {
        var allowance = _factory.Services.GetServices<AllyBot.Teams.Connector.IServiceUrlAllowance>().Single();

        Assert.That(allowance.Allows(new Uri(_client.BaseAddress!, "playground/teams/connector/")), Is.True);
        Assert.That(allowance.Allows(new Uri("http://127.0.0.1:1/playground/teams/connector/")), Is.False);
        Assert.That(allowance.Allows(new Uri(_client.BaseAddress!, "slack/events")), Is.False);
        Assert.That(allowance.Allows(new Uri("http://example.com:" + _client.BaseAddress!.Port + "/playground/teams/connector/")), Is.False);
    }

    private sealed class KestrelFactory(string dataFolder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Playground:Enabled", "true");
            builder.UseSetting("ConnectionStrings:AllyBot", $"Data Source={Path.Combine(dataFolder, "allybot.db")}");
            builder.UseSetting("Privacy:PseudonymSecret", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            builder.UseSetting("Inbox:PollInterval", "00:00:00.200");
        }
    }
}

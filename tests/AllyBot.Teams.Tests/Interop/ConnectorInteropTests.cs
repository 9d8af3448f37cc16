using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net.Http.Json;
using System.Text.Json;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;
using AllyBot.Rules.Model;
using AllyBot.Teams.Connector;
using AllyBot.Teams.Installations;
using AllyBot.Teams.Sending;
using AllyBot.Teams.Tests.Support;
using AllyBot.Teams.Wire;
using AllyBot.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AllyBot.Teams.Tests.Interop;

/// <summary>
/// AllyBot's Connector client and sender against botbuilder's own ChannelServiceRoutes (fake-connector.js), with
/// outbound tokens from the fake token endpoint: every call must be accepted and arrive in the expected shape.
/// </summary>
[Category("Interop")]
public sealed class ConnectorInteropTests
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string ChannelThread = "19:abc@thread.tacv2;messageid=1700000000000";

    private readonly string _record = Path.Combine(Path.GetTempPath(), $"allybot-connector-{Guid.NewGuid():N}.jsonl");
    private NodePeer _issuer = null!;
    private NodePeer _connector = null!;
    private IHost _host = null!;

    private async Task StartAsync(int throttle = 0)
    {
        _issuer = await NodePeer.StartAsync("fake-issuer.js");
        _connector = await NodePeer.StartAsync("fake-connector.js", _record, throttle.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Teams:AppId"] = AppId,
            ["Teams:AppPassword"] = "interop-secret",
            ["Teams:TokenEndpoint"] = new Uri(_issuer.BaseUrl, "botframework.com/oauth2/v2.0/token").AbsoluteUri,
            ["Teams:AllowedServiceUrls:0"] = _connector.BaseUrl.AbsoluteUri,
        });
        builder.Services.AddSingleton<IInboxWriter>(new RecordingInboxWriter());
        builder.Services.AddSingleton<IInstallationStore>(new InMemoryAllyStore());
        builder.Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        builder.Services.AddTeams(builder.Configuration);
        _host = builder.Build();
    }

    [TearDown]
    public void Stop()
    {
        _host?.Dispose();
        _connector?.Dispose();
        _issuer?.Dispose();
        File.Delete(_record);
    }

    private string ServiceUrl => _connector.BaseUrl.AbsoluteUri;

    private List<JsonElement> Recorded() =>
        [.. File.ReadAllLines(_record).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)];

    private static Activity Reply(string text) => new()
    {
        Type = "message",
        Text = text,
        From = new ChannelAccount { Id = "28:" + AppId },
        Recipient = new ChannelAccount { Id = "29:user" },
        Conversation = new ConversationAccount { Id = ChannelThread },
        ReplyToId = "1700000000001",
    };

    [Test]
    public async Task Connector_EveryOperation_IsAcceptedByTheOfficialRouteTable()
    {
        await StartAsync();
        var client = _host.Services.GetRequiredService<ConnectorClient>();

        var reply = await client.ReplyToActivityAsync(ServiceUrl, ChannelThread, "1700000000001", Reply("reply"));
        var sent = await client.SendToConversationAsync(ServiceUrl, ChannelThread, Reply("send"));
        var updated = await client.UpdateActivityAsync(ServiceUrl, ChannelThread, sent.Id!, Reply("update"));
        await client.DeleteActivityAsync(ServiceUrl, ChannelThread, sent.Id!);
        var created = await client.CreateConversationAsync(ServiceUrl, new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:" + AppId },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = Tenant,
            ChannelData = new TeamsChannelData { Tenant = new TeamsRef { Id = Tenant } },
        });
        var page = await client.GetPagedMembersAsync(ServiceUrl, "19:abc@thread.tacv2", pageSize: 10);

        Assert.That(reply.Id, Does.StartWith("reply-"));
        Assert.That(sent.Id, Does.StartWith("sent-"));
        Assert.That(updated.Id, Is.EqualTo(sent.Id));
        Assert.That(created.Id, Does.StartWith("a:personal-"));
        Assert.That(page.Members!.Single().Id, Is.EqualTo("29:member-1"));
        Assert.That(page.ContinuationToken, Is.EqualTo("page-2"));

        var calls = Recorded();
        Assert.That(calls.Select(c => c.GetProperty("op").GetString()), Is.EqualTo(new[]
        {
            "replyToActivity", "sendToConversation", "updateActivity", "deleteActivity", "createConversation", "getConversationPagedMembers",
        }));
        Assert.That(calls.Take(4).Select(c => c.GetProperty("conversationId").GetString()), Is.All.EqualTo(ChannelThread));
        Assert.That(calls[0].GetProperty("activityId").GetString(), Is.EqualTo("1700000000001"));
        Assert.That(calls[0].GetProperty("activity").GetProperty("replyToId").GetString(), Is.EqualTo("1700000000001"));
        Assert.That(calls[1].GetProperty("activity").GetProperty("text").GetString(), Is.EqualTo("send"));
        Assert.That(calls[4].GetProperty("parameters").GetProperty("tenantId").GetString(), Is.EqualTo(Tenant));
        Assert.That(calls.Select(c => c.GetProperty("auth").GetString()), Is.All.EqualTo("Bearer fake-bot-token-1"), "one cached token for every call");

        using var http = new HttpClient { BaseAddress = _issuer.BaseUrl };
        var tokenRequest = (await http.GetFromJsonAsync<JsonElement>("token-requests")).EnumerateArray().Single();
        Assert.That(tokenRequest.GetProperty("path").GetString(), Is.EqualTo("/botframework.com/oauth2/v2.0/token"));
        Assert.That(tokenRequest.GetProperty("form").GetProperty("scope").GetString(), Is.EqualTo("https://api.botframework.com/.default"));
        Assert.That(tokenRequest.GetProperty("form").GetProperty("client_id").GetString(), Is.EqualTo(AppId));
    }

    [Test]
    public async Task Sender_ChannelNudge_CreatesPersonalChatThenSendsTheCard()
    {
        await StartAsync();
        await _host.Services.GetRequiredService<ConversationReferenceStore>().InstallAsync(new ConversationReference(ServiceUrl, "28:" + AppId, Tenant, "19:abc@thread.tacv2"));
        var nudge = new Nudge(new ChatAddress(ChatPlatform.Teams, Tenant, "19:abc@thread.tacv2", "1700000000000"), "29:user", "1700000000001",
            [new NudgeItem("gendered-language/guys", Severity.Suggestion, "guys", "'guys' can leave people out.", ["folks"], "Not everyone is a guy.", null)]);

        await _host.Services.GetRequiredService<IEnumerable<IPlatformChatSender>>().Single(s => s.Platform == ChatPlatform.Teams).SendNudgeAsync(nudge);

        var calls = Recorded();
        Assert.That(calls.Select(c => c.GetProperty("op").GetString()), Is.EqualTo(new[] { "createConversation", "sendToConversation" }));
        var parameters = calls[0].GetProperty("parameters");
        Assert.That(parameters.GetProperty("isGroup").GetBoolean(), Is.False);
        Assert.That(parameters.GetProperty("members")[0].GetProperty("id").GetString(), Is.EqualTo("29:user"));
        Assert.That(parameters.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString(), Is.EqualTo(Tenant));
        Assert.That(calls[1].GetProperty("conversationId").GetString(), Does.StartWith("a:personal-"));
        var attachment = calls[1].GetProperty("activity").GetProperty("attachments")[0];
        Assert.That(attachment.GetProperty("contentType").GetString(), Is.EqualTo(NudgeCard.ContentType));
        Assert.That(attachment.GetProperty("content").GetProperty("version").GetString(), Is.EqualTo("1.5"));
    }

    [Test]
    public async Task Sender_NudgeThenUpdateThenWithdraw_OfficialRouteTableAcceptsEachOnTheSentActivity()
    {
        await StartAsync();
        await _host.Services.GetRequiredService<ConversationReferenceStore>().InstallAsync(new ConversationReference(ServiceUrl, "28:" + AppId, Tenant, "19:abc@thread.tacv2"));
        var guys = new NudgeItem("gendered-language/guys", Severity.Suggestion, "guys", "'guys' can leave people out.", ["folks"], "Not everyone is a guy.", null);
        var nudge = new Nudge(new ChatAddress(ChatPlatform.Teams, Tenant, "19:abc@thread.tacv2", "1700000000000"), "29:user", "1700000000001", [guys]);
        var sender = _host.Services.GetRequiredService<IEnumerable<IPlatformChatSender>>().Single(s => s.Platform == ChatPlatform.Teams);

        var receipt = await sender.SendNudgeAsync(nudge);
        var sent = new SentNudge(nudge.Where, nudge.MessageId, receipt!, [guys.RuleId], DateTimeOffset.UnixEpoch);
        var updated = await sender.UpdateNudgeAsync(sent, nudge with { Items = [guys, guys with { RuleId = "technology/sanity-check", Matched = "sanity check" }] });
        await sender.WithdrawNudgeAsync(sent);

        var calls = Recorded();
        Assert.That(calls.Select(c => c.GetProperty("op").GetString()), Is.EqualTo(new[] { "createConversation", "sendToConversation", "updateActivity", "deleteActivity" }));
        Assert.That(receipt!.ConversationId, Does.StartWith("a:personal-"));
        Assert.That(receipt.NudgeMessageId, Does.StartWith("sent-"));
        Assert.That(updated, Is.EqualTo(receipt));
        foreach (var call in calls.Skip(2))
        {
            Assert.That(call.GetProperty("conversationId").GetString(), Is.EqualTo(receipt.ConversationId));
            Assert.That(call.GetProperty("activityId").GetString(), Is.EqualTo(receipt.NudgeMessageId));
            Assert.That(call.GetProperty("auth").GetString(), Is.EqualTo("Bearer fake-bot-token-1"));
        }

        var card = calls[2].GetProperty("activity").GetProperty("attachments")[0];
        Assert.That(card.GetProperty("contentType").GetString(), Is.EqualTo(NudgeCard.ContentType));
        Assert.That(card.GetProperty("content").ToString(), Does.Contain("technology/sanity-check"));
        Assert.That(calls[2].GetProperty("activity").GetProperty("id").GetString(), Is.EqualTo(receipt.NudgeMessageId));
    }

    [Test]
    public async Task Connector_ThrottledTwice_SurvivesByHonouringRetryAfter()
    {
        await StartAsync(throttle: 2);
        var client = _host.Services.GetRequiredService<ConnectorClient>();
        var watch = Stopwatch.StartNew();

        var sent = await client.SendToConversationAsync(ServiceUrl, ChannelThread, Reply("after throttling"));

        Assert.That(sent.Id, Does.StartWith("sent-"));
        Assert.That(Recorded().Select(c => c.GetProperty("op").GetString()), Is.EqualTo(new[] { "throttled", "throttled", "sendToConversation" }));
        Assert.That(watch.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1.9)), "waited Retry-After: 1 twice");
    }
}

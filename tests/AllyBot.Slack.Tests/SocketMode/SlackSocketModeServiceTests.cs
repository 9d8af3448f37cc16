using System.Text.Json.Nodes;
using AllyBot.Core.Ports;
using AllyBot.Slack.SocketMode;
using AllyBot.Slack.Tests.Support;
using AllyBot.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.Tests.SocketMode;

/// <summary>Socket Mode against a loopback WebSocket server playing Slack.</summary>
public sealed class SlackSocketModeServiceTests
{
    private static async Task<IHost> StartAllyBotAsync(FakeSocketModeSlack slack, RecordingInboxWriter inbox)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:AppToken"] = "xapp-1-A0ALLYBOT1-test",
            ["Slack:BotToken"] = "xoxb-test-token",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.AbsoluteUri,
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IInboxWriter>(inbox);
        var store = new InMemoryAllyStore();
        builder.Services.AddSingleton<IInstallationStore>(store);
        builder.Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        builder.Services.AddCoreForSlack(store);
        builder.Services.AddSlack(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static JsonNode Envelope(string name, int retryAttempt = 0)
    {
        var envelope = JsonNode.Parse(Payloads.Read(name))!;
        envelope["retry_attempt"] = retryAttempt;
        envelope["retry_reason"] = retryAttempt > 0 ? "timeout" : "";
        return envelope;
    }

    [Test]
    public async Task Run_HelloEnvelopesDisconnectAndDrop_AcksEachAndPersistsOnce()
    {
        await using var slack = await FakeSocketModeSlack.StartAsync();
        var inbox = new RecordingInboxWriter();
        using var host = await StartAllyBotAsync(slack, inbox);

        // Connection 1: hello, an event and a slash command, then Slack asks for a refresh.
        var first = await slack.NextConnectionAsync();
        await first.SendAsync(Payloads.Read("socket-hello.json"));
        await first.SendAsync(Envelope("socket-envelope-events-api.json"));
        var eventAck = await first.ReceiveAsync();
        await first.SendAsync(Envelope("socket-envelope-slash-command.json"));
        var commandAck = await first.ReceiveAsync();
        await first.SendAsync(Payloads.Read("socket-disconnect.json"));
        var closed = await first.ReceiveAsync();
        await first.EndAsync();

        // Connection 2: Slack redelivers the event (as after a lost ack) and sends an invalid modal submission, then drops.
        var second = await slack.NextConnectionAsync();
        await second.SendAsync(Payloads.Read("socket-hello.json"));
        await second.SendAsync(Envelope("socket-envelope-events-api.json", retryAttempt: 1));
        var retryAck = await second.ReceiveAsync();
        await second.SendAsync(Envelope("socket-envelope-interactive.json"));
        var viewAck = await second.ReceiveAsync();
        await second.EndAsync(drop: true);

        // Connection 3: AllyBot came back after the drop; the same event once more is still not a duplicate.
        var third = await slack.NextConnectionAsync();
        await third.SendAsync(Payloads.Read("socket-hello.json"));
        await third.SendAsync(Envelope("socket-envelope-events-api.json", retryAttempt: 2));
        var lastAck = await third.ReceiveAsync();
        await host.StopAsync();
        await third.EndAsync();

        Assert.That(eventAck!.ToJsonString(), Is.EqualTo("""{"envelope_id":"dbdd0ef3-1543-4f94-bfb4-133d0e6c1545","payload":{}}"""));
        Assert.That(commandAck!.ToJsonString(), Is.EqualTo("""{"envelope_id":"6a1c4e3b-9b22-4c8e-8f39-0f4f2d7c1e02","payload":{}}"""));
        Assert.That(closed, Is.Null, "AllyBot closes the old connection after a disconnect request");
        Assert.That(retryAck!["envelope_id"]!.GetValue<string>(), Is.EqualTo("dbdd0ef3-1543-4f94-bfb4-133d0e6c1545"));
        Assert.That(viewAck!["payload"]!["response_action"]!.GetValue<string>(), Is.EqualTo("errors"));
        Assert.That(lastAck!["envelope_id"]!.GetValue<string>(), Is.EqualTo("dbdd0ef3-1543-4f94-bfb4-133d0e6c1545"));
        Assert.That(inbox.Messages, Has.Count.EqualTo(1));
        Assert.That(inbox.Commands.Single().Text, Is.EqualTo("me"));
        Assert.That(slack.OpenCalls, Has.Count.EqualTo(3));
        Assert.That(slack.OpenCalls, Is.All.EqualTo("Bearer xapp-1-A0ALLYBOT1-test"));
        Assert.That(new[] { first.Ticket, second.Ticket, third.Ticket }, Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test]
    public void Backoff_GrowsAndIsCapped()
    {
        Assert.That(SlackSocketModeService.Backoff(0), Is.InRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.25)));
        Assert.That(SlackSocketModeService.Backoff(2), Is.InRange(TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5)));
        Assert.That(SlackSocketModeService.Backoff(50), Is.InRange(SlackSocketModeService.MaxRetryDelay, SlackSocketModeService.MaxRetryDelay * 1.25));
    }
}

using System.Net.Http.Json;
using AllyBot.Core.Ports;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllyBot.Host.Tests.Telemetry;

/// <summary>No log line, at any level, from any component, contains the text of a message or command.</summary>
public sealed class LogPrivacyTests
{
    [Test]
    public async Task Conversation_AtTraceLevel_NeverLogsMessageText()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = new AllyBotFactory(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" });
        using var traced = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))));
        var client = new PlaygroundClient(traced.CreateClient());

        await client.SayAsync("alex", "hey guys, the quokka-7719 launch needs a sanity check");
        await client.SayAsync("priya", "/ally check quokka-7719 guys");
        await client.SayAsync("sam", "plain quokka-7719 chatter");
        await client.Http.PostAsJsonAsync("/playground/buttons", new { channel = "general", user = "alex", actionId = "nudge-not-helpful", value = "gendered-language/guys-for-groups" });
        await client.SettleAsync(() => traced.Services.GetRequiredService<IInbox>().CountPendingAsync());

        Assert.That(logs.Lines, Is.Not.Empty, "the test must capture logs to mean anything");
        Assert.That(logs.Lines.Where(l => l.Contains("quokka", StringComparison.OrdinalIgnoreCase)), Is.Empty);
    }

    [Test]
    public async Task Metrics_PrometheusEndpoint_ShowsAllyBotCountersWithoutText()
    {
        using var factory = new AllyBotFactory();
        var client = new PlaygroundClient(factory.CreateClient());
        await client.SayAsync("alex", "hey guys, walrus-4410");
        await client.NextFromAllyBotAsync();

        var metrics = await client.Http.GetStringAsync("/metrics");

        Assert.That(metrics, Does.Contain("allybot_nudges_sent").And.Not.Contain("walrus"));
    }
}

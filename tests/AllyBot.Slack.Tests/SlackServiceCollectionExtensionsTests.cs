using System.Net;
using AllyBot.Core.Ports;
using AllyBot.Slack.SocketMode;
using AllyBot.Slack.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AllyBot.Slack.Tests;

public sealed class SlackServiceCollectionExtensionsTests
{
    private static IServiceCollection Add(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddSlack(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    [Test]
    public void AddSlack_NotConfigured_RegistersNothing()
    {
        var services = Add(new() { ["Slack:BotToken"] = "xoxb-1" });

        Assert.That(services, Is.Empty);
    }

    [Test]
    public void AddSlack_Http_RegistersSlackSenderAndNoSocketMode()
    {
        var services = Add(new() { ["Slack:SigningSecret"] = "s", ["Slack:BotToken"] = "xoxb-1" });

        Assert.That(services.Any(d => d.ServiceType == typeof(IPlatformChatSender)), Is.True);
        Assert.That(services.Any(d => d.ImplementationType == typeof(SlackSocketModeService)), Is.False);
    }

    [Test]
    public void AddSlack_AppToken_RegistersSocketMode()
    {
        var services = Add(new() { ["Slack:AppToken"] = "xapp-1", ["Slack:BotToken"] = "xoxb-1" });

        Assert.That(services.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(SlackSocketModeService)), Is.True);
    }

    [Test]
    public async Task MapSlack_NotConfigured_MapsNothing()
    {
        await using var app = await SlackTestApp.StartAsync(new Dictionary<string, string?>());

        using var response = await app.Client.PostAsync("/slack/events", new StringContent("{}"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public void StartAsync_InvalidSettings_FailsWithTheKeyToFix()
    {
        var e = Assert.ThrowsAsync<OptionsValidationException>(() => SlackTestApp.StartAsync(new Dictionary<string, string?> { ["Slack:SigningSecret"] = "s" }));

        Assert.That(e!.Message, Does.Contain("Slack:BotToken"));
    }
}

using System.Net;
using System.Text.Json;

namespace AllyBot.Host.Tests.Health;

public sealed class HealthEndpointsTests
{
    [Test]
    public async Task Healthz_RunningHost_IsOk()
    {
        using var factory = new AllyBotFactory();

        var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Readyz_DatabaseAndRules_ReportsReady()
    {
        using var factory = new AllyBotFactory();

        using var body = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/readyz"));

        Assert.That(body.RootElement.GetProperty("status").GetString(), Is.EqualTo("ready"));
        Assert.That(body.RootElement.GetProperty("rules").GetInt32(), Is.GreaterThan(0));
    }

    [Test]
    public async Task Playground_Disabled_IsNotServed()
    {
        using var factory = new AllyBotFactory(new Dictionary<string, string?> { ["Playground:Enabled"] = "false" });

        var response = await factory.CreateClient().GetAsync("/playground/state");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}

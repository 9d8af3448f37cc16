using System.Text.Json;
using AllyBot.Slack.SocketMode;
using AllyBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Slack.Tests.SocketMode;

public sealed class SlackSocketEnvelopeHandlerTests
{
    private static JsonElement PayloadOf(string envelope) => JsonDocument.Parse(Payloads.Read(envelope)).RootElement.GetProperty("payload");

    private static async Task<SlackTestApp> AppAsync() => await SlackTestApp.StartAsync(new Dictionary<string, string?>
    {
        ["Slack:SigningSecret"] = SlackTestSigner.Secret,
        ["Slack:AppToken"] = "xapp-1-unused",
        ["Slack:BotToken"] = "xoxb-test-token",
        ["Slack:ApiBaseUrl"] = "http://127.0.0.1:9/api/",
    });

    [Test]
    public async Task Handle_EachEnvelopeType_SameTranslationAsHttp()
    {
        await using var app = await AppAsync();
        var handler = app.Services.GetRequiredService<SlackSocketEnvelopeHandler>();

        await handler.HandleAsync("events_api", PayloadOf("socket-envelope-events-api.json"));
        await handler.HandleAsync("slash_commands", PayloadOf("socket-envelope-slash-command.json"));
        var view = await handler.HandleAsync("interactive", PayloadOf("socket-envelope-interactive.json"));
        var unknown = await handler.HandleAsync("something_new", PayloadOf("socket-envelope-interactive.json"));

        Assert.That(app.Inbox.Messages.Single().MessageId, Is.EqualTo("1763900000.000100"));
        Assert.That(app.Inbox.Commands.Single().Text, Is.EqualTo("me"));
        Assert.That(view.Body!["response_action"]!.GetValue<string>(), Is.EqualTo("errors"));
        Assert.That(unknown.Body, Is.Null);
    }
}

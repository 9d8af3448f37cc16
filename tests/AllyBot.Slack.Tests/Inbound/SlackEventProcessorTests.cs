using System.Text.Json;
using AllyBot.Slack.Inbound;
using AllyBot.Slack.Tests.Support;
using AllyBot.Slack.Wire;
using AllyBot.Testing;

namespace AllyBot.Slack.Tests.Inbound;

public sealed class SlackEventProcessorTests
{
    private readonly RecordingInboxWriter _inbox = new();
    private readonly InMemoryAllyStore _store = new();

    private SlackEventProcessor Processor() => new(_inbox, _store, new RecordingLogger<SlackEventProcessor>());

    [Test]
    public async Task Process_UrlVerification_AnswersChallenge()
    {
        var ack = await Processor().ProcessAsync(Payloads.Json<SlackEventEnvelope>("event-url-verification.json"));

        Assert.That(ack.Body!["challenge"]!.GetValue<string>(), Is.EqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));
    }

    [Test]
    public async Task Process_MessageWithUnexpectedFieldShape_AckedAndDropped()
    {
        var envelope = Payloads.Json<SlackEventEnvelope>("event-message-channel.json");
        var odd = envelope with { Event = JsonDocument.Parse("""{"type":"message","channel":{"id":"C1"},"ts":"1.2","user":"U1","text":"x"}""").RootElement };

        var ack = await Processor().ProcessAsync(odd);

        Assert.That(ack, Is.EqualTo(SlackAck.Empty));
        Assert.That(_inbox.Accepted, Is.Empty);
    }

    [Test]
    public async Task Process_SameMessageTwice_InboxGetsItOnce()
    {
        var processor = Processor();
        var envelope = Payloads.Json<SlackEventEnvelope>("event-message-channel.json");

        await processor.ProcessAsync(envelope);
        await processor.ProcessAsync(envelope);

        Assert.That(_inbox.Messages, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Process_DirectMessage_InboxGetsACommand()
    {
        await Processor().ProcessAsync(Payloads.Json<SlackEventEnvelope>("event-message-im.json"));

        Assert.That(_inbox.Messages, Is.Empty);
        Assert.That(_inbox.Commands.Single().Text, Is.EqualTo("Kim set up the staging database for everyone"));
    }
}

using AllyBot.Core.Conversations;
using AllyBot.Core.Inbox;

namespace AllyBot.Core.Tests.Inbox;

public sealed class EdgeButtonHandlersTests
{
    private static readonly ChatButton Button = new(new ChatAddress(ChatPlatform.Slack, "T1", "app-home"), new ChatUser("U1"), "ally-home-opened", "");

    [Test]
    public async Task TryHandle_NoHandlers_LeavesTheButtonToCore()
    {
        Assert.That(await ((IEnumerable<IEdgeButtonHandler>?)null).TryHandleAsync(ChatEventJson.Serialize(Button)), Is.False);
        Assert.That(await Array.Empty<IEdgeButtonHandler>().TryHandleAsync(ChatEventJson.Serialize(Button)), Is.False);
    }

    [Test]
    public async Task TryHandle_FirstHandlerTakesIt_LaterOnesNotAsked()
    {
        var declines = new Handler(takes: false);
        var takes = new Handler(takes: true);
        var later = new Handler(takes: true);

        var taken = await new IEdgeButtonHandler[] { declines, takes, later }.TryHandleAsync(ChatEventJson.Serialize(Button));

        Assert.That(taken, Is.True);
        Assert.That(declines.Seen.Single(), Is.EqualTo(Button));
        Assert.That(takes.Seen.Single(), Is.EqualTo(Button));
        Assert.That(later.Seen, Is.Empty);
    }

    [Test]
    public async Task TryHandle_AllDecline_LeavesTheButtonToCore()
    {
        Assert.That(await new IEdgeButtonHandler[] { new Handler(takes: false) }.TryHandleAsync(ChatEventJson.Serialize(Button)), Is.False);
    }

    private sealed class Handler(bool takes) : IEdgeButtonHandler
    {
        public List<ChatButton> Seen { get; } = [];

        public Task<bool> TryHandleAsync(ChatButton button, CancellationToken cancellationToken = default)
        {
            Seen.Add(button);
            return Task.FromResult(takes);
        }
    }
}

using AllyBot.Core.Conversations;

namespace AllyBot.Core.Inbox;

/// <summary>
/// An edge's own handler for inbox buttons that belong to a platform surface rather than to Core (the Slack App Home
/// settings tab): the inbox worker offers every button to these first, so the edge's work runs in the background like
/// Core's, after the edge persisted the event and acked.
/// </summary>
public interface IEdgeButtonHandler
{
    /// <summary>Handles <paramref name="button"/> and returns true when it is this edge's; false leaves it to Core.</summary>
    Task<bool> TryHandleAsync(ChatButton button, CancellationToken cancellationToken = default);
}

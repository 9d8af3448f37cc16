using AllyBot.Core.Conversations;

namespace AllyBot.Core.Inbox;

/// <summary>Offers a button to each <see cref="IEdgeButtonHandler"/> in turn.</summary>
public static class EdgeButtonHandlers
{
    /// <summary>True when one of <paramref name="handlers"/> took the button in <paramref name="payload"/> (<see cref="InboxKinds.Button"/>).</summary>
    public static async Task<bool> TryHandleAsync(this IEnumerable<IEdgeButtonHandler>? handlers, string payload, CancellationToken cancellationToken = default)
    {
        var list = handlers?.ToList() ?? [];
        if (list.Count == 0)
        {
            return false;
        }

        var button = ChatEventJson.Deserialize<ChatButton>(payload);
        foreach (var handler in list)
        {
            if (await handler.TryHandleAsync(button, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }

        return false;
    }
}

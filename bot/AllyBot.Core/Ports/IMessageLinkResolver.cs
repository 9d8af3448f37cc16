using AllyBot.Core.Conversations;
using AllyBot.Core.Credits;

namespace AllyBot.Core.Ports;

/// <summary>
/// Resolves a message link (Slack permalink, Teams "Copy link") to its channel, thread and author. Implemented by
/// each edge, which knows its link formats and can call its API (Slack <c>conversations.history</c>/<c>replies</c>,
/// Teams Graph). Failures are results, not exceptions.
/// </summary>
public interface IMessageLinkResolver
{
    /// <summary>Resolves <paramref name="link"/>, given in <paramref name="where"/> (whose platform and workspace the link must belong to).</summary>
    Task<MessageLinkResolution> ResolveAsync(ChatAddress where, string link, CancellationToken cancellationToken = default);
}

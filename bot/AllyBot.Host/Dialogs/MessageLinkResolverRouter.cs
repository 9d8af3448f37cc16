using AllyBot.Core.Conversations;
using AllyBot.Core.Credits;
using AllyBot.Core.Ports;

namespace AllyBot.Host.Dialogs;

/// <summary>Resolves a message link with the edge of the platform it was given on.</summary>
internal sealed class MessageLinkResolverRouter(IServiceProvider services) : IMessageLinkResolver
{
    public Task<MessageLinkResolution> ResolveAsync(ChatAddress where, string link, CancellationToken cancellationToken = default) =>
        (services.GetKeyedService<IMessageLinkResolver>(where.Platform)
            ?? throw new InvalidOperationException($"No {where.Platform} edge is configured to resolve message links."))
        .ResolveAsync(where, link, cancellationToken);
}

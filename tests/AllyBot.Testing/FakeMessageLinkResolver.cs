using System.Collections.Concurrent;
using AllyBot.Core.Conversations;
using AllyBot.Core.Credits;
using AllyBot.Core.Ports;

namespace AllyBot.Testing;

/// <summary>An <see cref="IMessageLinkResolver"/> that knows the links the test added; anything else is not a message link.</summary>
public sealed class FakeMessageLinkResolver : IMessageLinkResolver
{
    private readonly ConcurrentDictionary<string, MessageLinkResolution> _links = new(StringComparer.Ordinal);

    /// <summary>Makes <paramref name="link"/> resolve to a message by <paramref name="authorId"/> in <paramref name="channel"/>.</summary>
    public void Add(string link, ChatAddress channel, string messageId, string authorId, bool authorIsBot = false) =>
        _links[link] = MessageLinkResolution.Found(new LinkedMessage(channel, messageId, new ChatUser(authorId, authorIsBot), link));

    /// <summary>Makes <paramref name="link"/> fail with <paramref name="failure"/>.</summary>
    public void Fail(string link, MessageLinkFailure failure) => _links[link] = MessageLinkResolution.Failed(failure);

    public Task<MessageLinkResolution> ResolveAsync(ChatAddress where, string link, CancellationToken cancellationToken = default) =>
        Task.FromResult(_links.GetValueOrDefault(link) ?? MessageLinkResolution.Failed(MessageLinkFailure.NotAMessageLink));
}

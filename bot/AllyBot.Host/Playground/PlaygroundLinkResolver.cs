using AllyBot.Core.Conversations;
using AllyBot.Core.Credits;
using AllyBot.Core.Ports;

namespace AllyBot.Host.Playground;

/// <summary>
/// Playground message links look like <c>playground://general/pg-12</c> (the page offers "Copy link" on each
/// message); they resolve through the transcript, which knows each message's channel and author.
/// </summary>
internal sealed class PlaygroundLinkResolver(PlaygroundTranscript transcript) : IMessageLinkResolver
{
    public const string Scheme = "playground://";

    public Task<MessageLinkResolution> ResolveAsync(ChatAddress where, string link, CancellationToken cancellationToken = default)
    {
        var trimmed = link.Trim().Trim('<', '>');
        if (!trimmed.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return Failed(trimmed.Contains("://", StringComparison.Ordinal) && !trimmed.StartsWith("http", StringComparison.OrdinalIgnoreCase)
                ? MessageLinkFailure.OtherWorkspace
                : MessageLinkFailure.NotAMessageLink);
        }

        var parts = trimmed[Scheme.Length..].Split('/');
        if (parts.Length != 2)
        {
            return Failed(MessageLinkFailure.NotAMessageLink);
        }

        var message = transcript.After(0).FirstOrDefault(e => e.Kind == "message" && e.MessageId == parts[1] && e.Channel == parts[0]);
        if (message is null)
        {
            return Failed(MessageLinkFailure.MessageNotFound);
        }

        var channel = new ChatAddress(ChatPlatform.Playground, PlaygroundOptions.Workspace, message.Channel);
        var author = PlaygroundOptions.Users.First(u => u.Id == message.User);
        return Task.FromResult(MessageLinkResolution.Found(new LinkedMessage(channel, message.MessageId!, new ChatUser(author.Id, author.IsBot), trimmed)));
    }

    private static Task<MessageLinkResolution> Failed(MessageLinkFailure failure) => Task.FromResult(MessageLinkResolution.Failed(failure));
}

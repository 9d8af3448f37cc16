using AllyBot.Core.Credits;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;

namespace AllyBot.Core.Commands;

/// <summary>
/// <c>/ally amplify &lt;message link&gt; [comment]</c>: re-shares someone's idea in its own thread as "Building on
/// @author's point: …" and records a credit for the author (voices.md 4.6, the amplification practice). Bad links,
/// links to another workspace and deleted messages get a clear private answer and change nothing.
/// </summary>
public sealed class AmplifyCommand(IMessageLinkResolver links, IDialogChatSender sender, CreditRecorder recorder) : IAllyCommand
{
    /// <summary>The longest comment accepted.</summary>
    public const int MaxCommentLength = 500;

    public string Verb => "amplify";

    public string Usage => "amplify <message link> [comment]";

    public string Summary => "re-share someone's idea in its thread, with their name on it, and credit them";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parts = arguments.Split([' ', '\t', '\n'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return "Give me the link to the message: use \"Copy link\" on it, then `/ally amplify <link> [your comment]`.";
        }

        var link = parts[0].Trim('<', '>');
        var comment = parts.Length > 1 ? parts[1] : "";
        if (comment.Length > MaxCommentLength)
        {
            return $"Please keep the comment under {MaxCommentLength} characters.";
        }

        var where = context.Command.Where;
        var resolution = await links.ResolveAsync(where, link, cancellationToken).ConfigureAwait(false);
        var message = resolution.Message;
        if (message is not null && (message.Channel.Platform != where.Platform || message.Channel.WorkspaceId != where.WorkspaceId))
        {
            message = null;
            resolution = MessageLinkResolution.Failed(MessageLinkFailure.OtherWorkspace);
        }

        if (message is null)
        {
            return Explain(resolution.Failure ?? MessageLinkFailure.NotAMessageLink);
        }

        var caller = context.Command.Caller.Id;
        if (message.Author.IsBot)
        {
            return "That message is from a bot or app. Amplify a person's idea.";
        }

        if (message.Author.Id == caller)
        {
            return "That's your own message. Amplify someone else's idea, so their name travels with it.";
        }

        var thread = message.Channel with { ThreadId = message.Channel.ThreadId ?? message.MessageId };
        var author = ChatMentions.Member(message.Author.Id);
        var text = comment.Length > 0
            ? $"{ChatMentions.Member(caller)}: Building on {author}'s point: {comment}"
            : $"{ChatMentions.Member(caller)}: Building on {author}'s point here. 👆";
        await sender.PostToChannelAsync(new ChannelPost(thread, text), cancellationToken).ConfigureAwait(false);

        var credits = recorder.Create($"amp-{Guid.NewGuid():N}", message.Channel, caller, [message.Author.Id], comment, CreditAudience.Thread, CreditSource.Amplification, context.Now, message.Link);
        await recorder.StoreAsync(credits, cancellationToken).ConfigureAwait(false);
        return $"Done: I posted it in the thread, building on {author}'s point, and recorded a credit for them.";
    }

    private static string Explain(MessageLinkFailure failure) => failure switch
    {
        MessageLinkFailure.OtherWorkspace => "That link points to a message in another workspace. I can only amplify messages from this one.",
        MessageLinkFailure.MessageNotFound => "I can't find that message: it may have been deleted. Check the link and try again.",
        MessageLinkFailure.NoAccess => "I can't see that channel. Add AllyBot to it first, then try again.",
        _ => "That doesn't look like a message link. Use \"Copy link\" on the message, then `/ally amplify <link> [your comment]`.",
    };
}

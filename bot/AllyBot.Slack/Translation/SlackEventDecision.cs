using AllyBot.Core.Conversations;

namespace AllyBot.Slack.Translation;

/// <summary>The translation of one Events API delivery.</summary>
/// <param name="Action">What to do.</param>
/// <param name="Reason">Why (for logs; never message text).</param>
/// <param name="WorkspaceId">The Slack team the delivery is for, when known.</param>
/// <param name="DedupeKey">The inbox key, for <see cref="SlackEventAction.AcceptMessage"/> and <see cref="SlackEventAction.AcceptCommand"/>.</param>
/// <param name="Message">The message, for <see cref="SlackEventAction.AcceptMessage"/>.</param>
/// <param name="Command">The command, for <see cref="SlackEventAction.AcceptCommand"/>.</param>
internal sealed record SlackEventDecision(SlackEventAction Action, string Reason, string? WorkspaceId = null, string? DedupeKey = null, ChatMessage? Message = null, ChatCommand? Command = null)
{
    /// <summary>The edit, for <see cref="SlackEventAction.AcceptEdit"/>.</summary>
    public ChatMessageEdit? Edit { get; init; }

    /// <summary>The button, for <see cref="SlackEventAction.AcceptButton"/>.</summary>
    public ChatButton? Button { get; init; }

    /// <summary>The deletion, for <see cref="SlackEventAction.AcceptDeletion"/>.</summary>
    public ChatMessageDeletion? Deletion { get; init; }

    public static SlackEventDecision Ignore(string reason, string? workspaceId = null) => new(SlackEventAction.Ignore, reason, workspaceId);
}

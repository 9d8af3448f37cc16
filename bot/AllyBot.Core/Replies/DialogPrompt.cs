using AllyBot.Core.Conversations;

namespace AllyBot.Core.Replies;

/// <summary>
/// A direct message to one member, usually a step of a scheduled dialog with buttons and at most one input; also
/// used for one-off DMs (a credit received, the facilitator digest), which then have no input and maybe no buttons.
/// Edges send it as a 1:1 DM to <see cref="RecipientId"/> in the workspace of <see cref="Where"/> (Slack
/// <c>conversations.open</c> + <c>chat.postMessage</c> with blocks; Teams proactive 1:1 with an Adaptive Card),
/// never in the channel itself.
/// </summary>
/// <param name="Where">The channel the dialog is about (platform and workspace pick the edge and installation).</param>
/// <param name="RecipientId">The platform user id to DM.</param>
/// <param name="Text">The message; may hold <see cref="ChatMentions"/> tokens (<c>&lt;@U1&gt;</c>, <c>&lt;#C1&gt;</c>) that edges render as names.</param>
/// <param name="Input">A member picker or text box, or null.</param>
/// <param name="Choices">Buttons, in order; may be empty.</param>
public sealed record DialogPrompt(ChatAddress Where, string RecipientId, string Text, DialogInput? Input, IReadOnlyList<DialogChoice> Choices)
{
    /// <summary>A plain DM: no input, no buttons.</summary>
    public static DialogPrompt Message(ChatAddress where, string recipientId, string text) => new(where, recipientId, text, null, []);

    /// <summary>Never prints the text (it may quote a credit).</summary>
    public override string ToString() => $"DialogPrompt {{ {Where}, {RecipientId}, {Text.Length} chars, {Choices.Count} choices }}";
}

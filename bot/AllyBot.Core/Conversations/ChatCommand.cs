namespace AllyBot.Core.Conversations;

/// <summary>An <c>/ally ...</c> command (a Slack slash command, a Teams message to the bot, the playground).</summary>
/// <param name="Where">Where it was typed.</param>
/// <param name="Caller">Who typed it.</param>
/// <param name="Text">Everything after <c>/ally</c>.</param>
public sealed record ChatCommand(ChatAddress Where, ChatUser Caller, string Text)
{
    /// <summary>Never prints the text (it may be a <c>check</c> of someone's draft).</summary>
    public override string ToString() => $"ChatCommand {{ {Where}, {Caller}, {Text.Length} chars }}";
}

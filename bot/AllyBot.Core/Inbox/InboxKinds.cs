namespace AllyBot.Core.Inbox;

/// <summary>The kinds of <see cref="InboxEntry"/>.</summary>
public static class InboxKinds
{
    public const string Message = "message";
    public const string Command = "command";
    public const string Button = "button";

    /// <summary>A <see cref="Conversations.ChatMessageEdit"/>.</summary>
    public const string Edit = "edit";

    /// <summary>A <see cref="Conversations.ChatMessageDeletion"/>.</summary>
    public const string Delete = "delete";
}

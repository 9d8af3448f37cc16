namespace AllyBot.Core.Credits;

/// <summary>Why a message link could not be resolved.</summary>
public enum MessageLinkFailure
{
    /// <summary>Not a message link of this platform.</summary>
    NotAMessageLink,

    /// <summary>A message link of another workspace (Slack team, Teams tenant).</summary>
    OtherWorkspace,

    /// <summary>The message does not exist (deleted, or a mistyped link).</summary>
    MessageNotFound,

    /// <summary>AllyBot cannot read that channel (not a member, private channel).</summary>
    NoAccess,
}

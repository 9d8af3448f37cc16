namespace AllyBot.Slack.Translation;

/// <summary>What the edge does with one Events API delivery.</summary>
internal enum SlackEventAction
{
    /// <summary>Acknowledge and drop it.</summary>
    Ignore,

    /// <summary>Persist the translated message in the inbox.</summary>
    AcceptMessage,

    /// <summary>Persist the translated command in the inbox (a member's direct message to AllyBot).</summary>
    AcceptCommand,

    /// <summary>Persist the translated edit in the inbox (<c>message_changed</c>).</summary>
    AcceptEdit,

    /// <summary>Persist the translated deletion in the inbox (<c>message_deleted</c>).</summary>
    AcceptDeletion,

    /// <summary>Persist the translated button in the inbox (<c>app_home_opened</c>: publish the member's App Home).</summary>
    AcceptButton,

    /// <summary>Delete the workspace's installation (app_uninstalled, bot tokens_revoked).</summary>
    DeleteInstallation,
}

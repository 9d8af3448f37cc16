namespace AllyBot.Slack.Translation;

/// <summary>What the edge does with one Events API delivery.</summary>
internal enum SlackEventAction
{
    /// <summary>Acknowledge and drop it.</summary>
    Ignore,

    /// <summary>Persist the translated message in the inbox.</summary>
    AcceptMessage,

    /// <summary>Delete the workspace's installation (app_uninstalled, bot tokens_revoked).</summary>
    DeleteInstallation,
}

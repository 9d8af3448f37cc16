namespace AllyBot.Slack.Home;

/// <summary>
/// The App Home action ids: as Block Kit <c>action_id</c>s on the home view's buttons, and as the
/// <see cref="Core.Conversations.ChatButton.ActionId"/> of the inbox buttons <see cref="SlackHomeInbox"/> handles.
/// </summary>
internal static class SlackHomeActions
{
    /// <summary>The member opened the Home tab (<c>app_home_opened</c>): publish their view.</summary>
    public const string Opened = "ally-home-opened";

    /// <summary>A settings button; its value is the <c>/ally</c> command it runs.</summary>
    public const string Setting = "ally-home-setting";

    /// <summary>Re-publish the view with a notice (the value), e.g. after the rule modal.</summary>
    public const string Notice = "ally-home-notice";

    /// <summary>"Add a custom rule" (admins): opens <see cref="SlackRuleModal"/> at once (the trigger id lives 3 seconds).</summary>
    public const string AddRule = "ally-home-add-rule";

    public static bool IsInboxAction(string? actionId) => actionId is Opened or Setting or Notice;
}

namespace AllyBot.Teams.Cards;

/// <summary>
/// The <c>Action.Execute</c> verbs of the settings and custom-rule cards (also their data's <c>action</c>). They are
/// answered in the invoke response with the refreshed card, so they never reach the inbox.
/// </summary>
internal static class CardVerbs
{
    /// <summary>A settings button; data <c>command</c> is the <see cref="Core.SettingsViews.SettingsButton.Command"/> and <c>channel</c> the channel the view is about.</summary>
    public const string Settings = "ally-settings";

    /// <summary>"Add a custom rule" on the settings card: answers with the empty rule form.</summary>
    public const string RuleForm = "ally-rule-form";

    /// <summary>The rule form's submit: data holds the inputs (see <see cref="RuleFormValues"/>).</summary>
    public const string RuleAdd = "ally-rule-add";

    public static bool IsCardVerb(string? verb) => verb is Settings or RuleForm or RuleAdd;

    /// <summary>Data key of the channel a card is about (cards sent to the 1:1 chat still act on the channel they came from).</summary>
    public const string ChannelKey = "channel";

    public const string CommandKey = "command";
}

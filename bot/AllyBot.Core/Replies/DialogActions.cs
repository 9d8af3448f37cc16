namespace AllyBot.Core.Replies;

/// <summary>
/// Action ids on <see cref="DialogPrompt"/> buttons and inputs; edges send them back as
/// <see cref="Conversations.ChatButton"/>s. Every value starts with the dialog id, then (for inputs) one space and
/// the answer. All ids share <see cref="Prefix"/>, so a dispatcher can route them without knowing each one.
/// </summary>
public static class DialogActions
{
    /// <summary>Every dialog action id starts with this.</summary>
    public const string Prefix = "dialog-";

    /// <summary>Credit dialog, step 1: the people picked (value: dialog id, then user ids separated by spaces).</summary>
    public const string CreditPick = "dialog-credit-pick";

    /// <summary>Credit dialog, step 2: what they did (value: dialog id, a space, then the text).</summary>
    public const string CreditDescribe = "dialog-credit-describe";

    /// <summary>Credit dialog, step 3: share in the channel (in Friday's post).</summary>
    public const string CreditShareChannel = "dialog-credit-share-channel";

    /// <summary>Credit dialog, step 3: share only with the people credited.</summary>
    public const string CreditShareRecipients = "dialog-credit-share-recipients";

    /// <summary>Credit dialog, step 3: share with the people credited and their managers.</summary>
    public const string CreditShareManagers = "dialog-credit-share-managers";

    /// <summary>Any step: skip this week's dialog.</summary>
    public const string Skip = "dialog-skip";

    /// <summary>Any step: pause scheduled prompts for four weeks.</summary>
    public const string Pause = "dialog-pause";

    /// <summary>Facilitator digest: "Done".</summary>
    public const string DigestDone = "dialog-digest-done";

    /// <summary>Facilitator digest: "Not relevant".</summary>
    public const string DigestNotRelevant = "dialog-digest-not-relevant";

    /// <summary>Whether <paramref name="actionId"/> belongs to a dialog (rather than to a nudge).</summary>
    public static bool IsDialogAction(string? actionId) => actionId?.StartsWith(Prefix, StringComparison.Ordinal) == true;
}

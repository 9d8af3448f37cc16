using AllyBot.Core.Credits;
using AllyBot.Core.Replies;

namespace AllyBot.Core.Dialogs;

/// <summary>The words and buttons of each step of the "Credit someone" dialog (voices.md 4.1). Every step can be skipped or paused in one click.</summary>
public static class CreditDialogPrompts
{
    /// <summary>Put before a step's text when it is the one reminder.</summary>
    public const string ReminderPrefix = "A quick reminder (the only one): ";

    /// <summary>The prompt for the step <paramref name="dialog"/> waits for; <paramref name="candidateUserIds"/> is used by step 1.</summary>
    public static DialogPrompt ForStep(DialogState dialog, IReadOnlyList<string> candidateUserIds, bool reminder = false)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var prompt = dialog.Step switch
        {
            DialogStep.ChooseRecipients => ChooseRecipients(dialog, candidateUserIds),
            DialogStep.DescribeContribution => DescribeContribution(dialog),
            _ => ChooseAudience(dialog),
        };
        return reminder ? prompt with { Text = ReminderPrefix + prompt.Text } : prompt;
    }

    /// <summary>Step 1: whose work helped you this week?</summary>
    public static DialogPrompt ChooseRecipients(DialogState dialog, IReadOnlyList<string> candidateUserIds)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var text = $"Whose work helped you this week in {ChatMentions.Channel(dialog.Channel.ChannelId)}? Pick one or more people, and I'll ask what they did.";
        return new DialogPrompt(dialog.Channel, dialog.MemberUserId, text,
            new MemberPickerInput(DialogActions.CreditPick, dialog.Id, candidateUserIds), SkipAndPause(dialog));
    }

    /// <summary>Step 2: what exactly did they do? With <paramref name="coaching"/> when the last answer was too vague.</summary>
    public static DialogPrompt DescribeContribution(DialogState dialog, string? coaching = null)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var question = $"What exactly did {ChatMentions.Members(dialog.RecipientIds)} do? Name the idea, the fix or the help; a sentence is plenty.";
        var text = coaching is null ? question : $"{coaching}\n\n{question}";
        return new DialogPrompt(dialog.Channel, dialog.MemberUserId, text,
            new TextAnswerInput(DialogActions.CreditDescribe, dialog.Id, "e.g. spotted the off-by-one in the billing export and paired with me on the fix", ContributionCheck.MinLength),
            SkipAndPause(dialog));
    }

    /// <summary>Step 3: share where?</summary>
    public static DialogPrompt ChooseAudience(DialogState dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var text = $"Thank you. Where should I share it? In {ChatMentions.Channel(dialog.Channel.ChannelId)} it goes into Friday's \"This week's credits\" post; either way, {ChatMentions.Members(dialog.RecipientIds)} get a DM.";
        List<DialogChoice> choices =
        [
            new("Share in the channel", DialogActions.CreditShareChannel, dialog.Id, IsDefault: true),
            new("Only with them", DialogActions.CreditShareRecipients, dialog.Id),
            new("With them and their manager", DialogActions.CreditShareManagers, dialog.Id),
            .. SkipAndPause(dialog),
        ];
        return new DialogPrompt(dialog.Channel, dialog.MemberUserId, text, null, choices);
    }

    private static List<DialogChoice> SkipAndPause(DialogState dialog) =>
    [
        new("Skip this week", DialogActions.Skip, dialog.Id),
        new("Pause 4 weeks", DialogActions.Pause, dialog.Id),
    ];
}

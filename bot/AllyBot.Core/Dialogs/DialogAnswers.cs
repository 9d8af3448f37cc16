using System.Globalization;
using AllyBot.Core.Commands;
using AllyBot.Core.Conversations;
using AllyBot.Core.Credits;
using AllyBot.Core.Ports;
using AllyBot.Core.Privacy;
using AllyBot.Core.Replies;

namespace AllyBot.Core.Dialogs;

/// <summary>
/// Advances dialogs from the member's answers. Answers arrive two ways:
/// <list type="bullet">
/// <item>A <see cref="ChatButton"/> whose action id is one of <see cref="DialogActions"/> and whose value starts with
/// the dialog id (buttons, the member picker, and the text box where the edge can render one).</item>
/// <item>Text the member sends AllyBot directly (a DM, or a Teams message to the bot), which edges deliver as a
/// <see cref="ChatCommand"/>: when its first word is not an <c>/ally</c> verb and the member has an open dialog, it
/// answers that dialog (the most recently active one) instead of reaching the command router. So
/// <c>/ally snooze 2h</c> still works mid-dialog, and a typed answer never comes back as "unknown command".</item>
/// </list>
/// Only the member a dialog belongs to can answer it; changes are compare-and-swap, so a double click or two
/// instances cannot record anything twice.
/// </summary>
public sealed class DialogAnswers(
    IDialogStore dialogs,
    IRosterProvider roster,
    CreditRecorder credits,
    IDialogChatSender sender,
    MemberPseudonymizer pseudonymizer,
    IEnumerable<IAllyCommand> commands,
    DialogSchedulerOptions options,
    TimeProvider clock)
{
    /// <summary>At most this many people per credit dialog.</summary>
    public const int MaxRecipients = 10;

    private readonly HashSet<string> _verbs = [.. commands.Select(c => c.Verb), "help"];

    /// <summary>Handles a dialog button; returns false (doing nothing) when <paramref name="button"/> is not a dialog action.</summary>
    public async Task<bool> HandleButtonAsync(ChatButton button, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(button);
        if (!DialogActions.IsDialogAction(button.ActionId))
        {
            return false;
        }

        if (button.ActionId is DialogActions.DigestDone or DialogActions.DigestNotRelevant)
        {
            var thanks = button.ActionId == DialogActions.DigestDone ? "Great, thanks for acting on it." : "Thanks, noted.";
            await sender.SendPrivateReplyAsync(new PrivateReply(button.Where, button.User.Id, thanks), cancellationToken).ConfigureAwait(false);
            return true;
        }

        var (dialogId, answer) = DialogButtonValue.Parse(button.Value);
        var dialog = await dialogs.GetAsync(dialogId, cancellationToken).ConfigureAwait(false);
        if (dialog is null || button.Where.Platform != dialog.Channel.Platform || button.Where.WorkspaceId != dialog.Channel.WorkspaceId
            || dialog.Member != pseudonymizer.KeyFor(dialog.Channel, button.User.Id))
        {
            await sender.SendPrivateReplyAsync(new PrivateReply(button.Where, button.User.Id, "That button is no longer valid."), cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (!dialog.IsOpen)
        {
            await SayAsync(dialog, button.User.Id, "That one is closed already; nothing more to do.", cancellationToken).ConfigureAwait(false);
            return true;
        }

        await AnswerAsync(dialog, button.ActionId, answer, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Takes <paramref name="command"/> as a typed answer when it is one (see the class remarks); returns whether it was.</summary>
    public async Task<bool> TryHandleTextAsync(ChatCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var text = command.Text.Trim();
        var firstWord = text.Split([' ', '\t', '\n'], 2)[0];
        if (text.Length == 0 || _verbs.Contains(firstWord.ToLowerInvariant()))
        {
            return false;
        }

        var member = pseudonymizer.KeyFor(command.Where, command.Caller.Id);
        var open = await dialogs.ListOpenForMemberAsync(member, cancellationToken).ConfigureAwait(false);
        if (open.Count == 0)
        {
            return false;
        }

        await AnswerAsync(open[0], DialogActions.CreditDescribe, text, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task AnswerAsync(DialogState dialog, string actionId, string answer, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        switch (actionId, dialog.Step)
        {
            case (DialogActions.Skip, _):
                await CloseAsync(dialog, DialogStatus.Skipped, "Skipped for this week. See you next week.", cancellationToken).ConfigureAwait(false);
                break;
            case (DialogActions.Pause, _):
                var until = now + options.PauseLength;
                await dialogs.PauseAsync(dialog.Member, until, cancellationToken).ConfigureAwait(false);
                await CloseAsync(dialog, DialogStatus.Paused, string.Create(CultureInfo.InvariantCulture,
                    $"Paused: no scheduled prompts until {until:yyyy-MM-dd}. `/ally optout prompts` stops them for good."), cancellationToken).ConfigureAwait(false);
                break;
            case (DialogActions.CreditPick, DialogStep.ChooseRecipients):
                await PickAsync(dialog, answer, now, cancellationToken).ConfigureAwait(false);
                break;
            case (DialogActions.CreditDescribe, DialogStep.DescribeContribution):
                await DescribeAsync(dialog, answer, now, cancellationToken).ConfigureAwait(false);
                break;
            case (DialogActions.CreditShareChannel, DialogStep.ChooseAudience):
                await ShareAsync(dialog, CreditAudience.Channel, now, cancellationToken).ConfigureAwait(false);
                break;
            case (DialogActions.CreditShareRecipients, DialogStep.ChooseAudience):
                await ShareAsync(dialog, CreditAudience.RecipientOnly, now, cancellationToken).ConfigureAwait(false);
                break;
            case (DialogActions.CreditShareManagers, DialogStep.ChooseAudience):
                await ShareAsync(dialog, CreditAudience.RecipientAndManager, now, cancellationToken).ConfigureAwait(false);
                break;
            case (_, DialogStep.ChooseRecipients):
                await SayAsync(dialog, dialog.MemberUserId, "Pick the people in the menu of my last message first (or skip this week).", cancellationToken).ConfigureAwait(false);
                break;
            case (_, DialogStep.DescribeContribution):
                await SayAsync(dialog, dialog.MemberUserId, "You've picked already. Now tell me what exactly they did: type it here.", cancellationToken).ConfigureAwait(false);
                break;
            default:
                await SayAsync(dialog, dialog.MemberUserId, "Choose where to share it with the buttons of my last message.", cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task PickAsync(DialogState dialog, string answer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var picked = answer.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        var members = (await roster.GetMembersAsync(dialog.Channel, cancellationToken).ConfigureAwait(false)).Select(m => m.UserId).ToHashSet(StringComparer.Ordinal);
        var problem = picked.Count == 0 ? "Pick at least one person."
            : picked.Contains(dialog.MemberUserId) ? "Pick people other than yourself: this is about someone else's work."
            : picked.Count > MaxRecipients ? $"Pick at most {MaxRecipients} people, so the credit can say what each did."
            : picked.FirstOrDefault(id => !members.Contains(id)) is { } stranger ? $"{ChatMentions.Member(stranger)} isn't a member of {ChatMentions.Channel(dialog.Channel.ChannelId)}. Pick people from the channel."
            : null;
        if (problem is not null)
        {
            var candidates = members.Where(id => id != dialog.MemberUserId).Order(StringComparer.Ordinal).ToList();
            var prompt = CreditDialogPrompts.ChooseRecipients(dialog, candidates);
            await sender.SendDialogPromptAsync(prompt with { Text = $"{problem}\n\n{prompt.Text}" }, cancellationToken).ConfigureAwait(false);
            return;
        }

        var next = dialog.WithRecipients(picked, now);
        if (await dialogs.TryUpdateAsync(next, cancellationToken).ConfigureAwait(false))
        {
            await sender.SendDialogPromptAsync(CreditDialogPrompts.DescribeContribution(next), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task DescribeAsync(DialogState dialog, string answer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!ContributionCheck.IsSpecific(answer) || answer.Length > ContributionCheck.MaxLength)
        {
            var coaching = answer.Length > ContributionCheck.MaxLength ? $"That's a lot! Could you say it in under {ContributionCheck.MaxLength} characters?" : ContributionCheck.Coaching;
            await sender.SendDialogPromptAsync(CreditDialogPrompts.DescribeContribution(dialog, coaching), cancellationToken).ConfigureAwait(false);
            return;
        }

        var next = dialog.WithContribution(answer, now);
        if (await dialogs.TryUpdateAsync(next, cancellationToken).ConfigureAwait(false))
        {
            await sender.SendDialogPromptAsync(CreditDialogPrompts.ChooseAudience(next), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ShareAsync(DialogState dialog, CreditAudience audience, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var given = credits.Create(dialog.Id, dialog.Channel, dialog.MemberUserId, dialog.RecipientIds, dialog.Contribution ?? "", audience, CreditSource.Dialog, now);
        await credits.StoreAsync(given, cancellationToken).ConfigureAwait(false);
        if (await dialogs.TryUpdateAsync(dialog.Close(DialogStatus.Completed, now), cancellationToken).ConfigureAwait(false))
        {
            var summary = await credits.DeliverAsync(given, cancellationToken).ConfigureAwait(false);
            await SayAsync(dialog, dialog.MemberUserId, summary, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task CloseAsync(DialogState dialog, DialogStatus status, string confirmation, CancellationToken cancellationToken)
    {
        if (await dialogs.TryUpdateAsync(dialog.Close(status, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false))
        {
            await SayAsync(dialog, dialog.MemberUserId, confirmation, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task SayAsync(DialogState dialog, string userId, string text, CancellationToken cancellationToken) =>
        sender.SendDialogPromptAsync(DialogPrompt.Message(dialog.Channel, userId, text), cancellationToken);
}

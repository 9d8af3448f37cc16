using AllyBot.Core.Ports;
using AllyBot.Core.Scheduling;

namespace AllyBot.Core.Dialogs;

/// <summary>
/// Moves open dialogs along their <see cref="DialogTimeline"/>: the one reminder when due (re-asking the current
/// step), and silent expiry (answers dropped, nothing sent, never mentioned again). Both are compare-and-swap
/// updates, so only one instance ever sends a given reminder.
/// </summary>
public sealed class DialogFollowUp(IDialogStore dialogs, IRosterProvider roster, IDialogChatSender sender)
{
    /// <summary>Handles every open dialog at <paramref name="now"/>; returns how many reminders this call sent.</summary>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var reminders = 0;
        foreach (var dialog in await dialogs.ListOpenAsync(cancellationToken).ConfigureAwait(false))
        {
            switch (dialog.Timeline.Evaluate(now, dialog.ReminderSent))
            {
                case DialogDue.Expired:
                    await dialogs.TryUpdateAsync(dialog.Close(DialogStatus.Expired, now), cancellationToken).ConfigureAwait(false);
                    break;
                case DialogDue.Reminder when await dialogs.TryUpdateAsync(dialog.WithReminderSent(now), cancellationToken).ConfigureAwait(false):
                    var candidates = dialog.Step == DialogStep.ChooseRecipients
                        ? (await roster.GetMembersAsync(dialog.Channel, cancellationToken).ConfigureAwait(false)).Select(m => m.UserId).Where(id => id != dialog.MemberUserId).ToList()
                        : [];
                    await sender.SendDialogPromptAsync(CreditDialogPrompts.ForStep(dialog, candidates, reminder: true), cancellationToken).ConfigureAwait(false);
                    reminders++;
                    break;
                default:
                    break;
            }
        }

        return reminders;
    }
}

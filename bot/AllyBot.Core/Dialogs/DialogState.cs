using AllyBot.Core.Conversations;
using AllyBot.Core.Scheduling;
using AllyBot.Core.Settings;

namespace AllyBot.Core.Dialogs;

/// <summary>
/// One member's scheduled dialog about one channel, as stored (voices.md 4.3: in-progress answers, 72 h TTL). Every
/// change makes a new value with <see cref="Version"/> one higher; the store accepts it only over the version it
/// replaces, so two instances can never both advance (or both remind) the same dialog. Closing a dialog drops the
/// answers and the member's user id; only the row that makes the occurrence "already asked" stays.
/// </summary>
/// <param name="Id">See <see cref="DialogIds"/>.</param>
/// <param name="Kind">Which dialog.</param>
/// <param name="Channel">The channel it is about.</param>
/// <param name="Member">The member asked, pseudonymous.</param>
/// <param name="MemberUserId">Their platform user id, needed to DM them while the dialog is open; empty once closed.</param>
/// <param name="OccurrenceKey">The schedule occurrence (<see cref="ScheduleOccurrence.Key"/>).</param>
/// <param name="Status">Open or how it ended.</param>
/// <param name="Step">What an open dialog waits for.</param>
/// <param name="Timeline">Started, reminder due, expiry.</param>
/// <param name="ReminderSent">Whether the one reminder went out.</param>
/// <param name="RecipientIds">The people picked (platform user ids); empty before step 2 and once closed.</param>
/// <param name="Contribution">What they did, as typed; null before step 3 and once closed.</param>
/// <param name="UpdatedAt">The last change.</param>
/// <param name="Version">Starts at 1; one higher with every change.</param>
public sealed record DialogState(
    string Id,
    DialogKind Kind,
    ChatAddress Channel,
    MemberKey Member,
    string MemberUserId,
    string OccurrenceKey,
    DialogStatus Status,
    DialogStep Step,
    DialogTimeline Timeline,
    bool ReminderSent,
    IReadOnlyList<string> RecipientIds,
    string? Contribution,
    DateTimeOffset UpdatedAt,
    int Version)
{
    /// <summary>Whether the dialog still waits for the member.</summary>
    public bool IsOpen => Status == DialogStatus.Open;

    /// <summary>A new credit dialog at step 1.</summary>
    public static DialogState StartCredit(ChatAddress channel, MemberKey member, string memberUserId, string occurrenceKey, DialogTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(timeline);
        return new DialogState(
            DialogIds.For(DialogKind.Credit, channel, member, occurrenceKey), DialogKind.Credit, channel with { ThreadId = null }, member, memberUserId,
            occurrenceKey, DialogStatus.Open, DialogStep.ChooseRecipients, timeline, ReminderSent: false, [], null, timeline.StartedAt, Version: 1);
    }

    /// <summary>Step 1 answered: on to step 2.</summary>
    public DialogState WithRecipients(IReadOnlyList<string> recipientIds, DateTimeOffset now) =>
        Next(now) with { RecipientIds = recipientIds, Step = DialogStep.DescribeContribution };

    /// <summary>Step 2 answered: on to step 3.</summary>
    public DialogState WithContribution(string contribution, DateTimeOffset now) =>
        Next(now) with { Contribution = contribution, Step = DialogStep.ChooseAudience };

    /// <summary>The one reminder went out.</summary>
    public DialogState WithReminderSent(DateTimeOffset now) => Next(now) with { ReminderSent = true };

    /// <summary>Ends the dialog as <paramref name="status"/>, dropping the answers and the user id.</summary>
    public DialogState Close(DialogStatus status, DateTimeOffset now) =>
        status == DialogStatus.Open
            ? throw new ArgumentOutOfRangeException(nameof(status), status, "Closing needs a final status.")
            : Next(now) with { Status = status, MemberUserId = "", RecipientIds = [], Contribution = null };

    /// <summary>Never prints the answers.</summary>
    public override string ToString() => $"DialogState {{ {Id}, {Kind}, {Channel}, {Status}, {Step}, v{Version} }}";

    private DialogState Next(DateTimeOffset now) => this with { UpdatedAt = now, Version = Version + 1 };
}

namespace AllyBot.Core.Scheduling;

/// <summary>
/// The life of one scheduled dialog (voices.md 4.1): one reminder after <see cref="ReminderDelay"/>, silent expiry
/// after <see cref="Lifetime"/>. The caller stores the start and whether the reminder went out; this decides.
/// </summary>
/// <param name="StartedAt">When the prompt was sent.</param>
/// <param name="ReminderAt">When the reminder is due; null when there will be none.</param>
/// <param name="ExpiresAt">When the dialog expires.</param>
public sealed record DialogTimeline(DateTimeOffset StartedAt, DateTimeOffset? ReminderAt, DateTimeOffset ExpiresAt)
{
    /// <summary>The one reminder comes this long after the prompt. <value>24 hours.</value></summary>
    public static readonly TimeSpan ReminderDelay = TimeSpan.FromHours(24);

    /// <summary>The dialog expires silently this long after the prompt. <value>72 hours.</value></summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(72);

    /// <summary>Reminder exactly 24 h and expiry 72 h after <paramref name="startedAt"/>.</summary>
    public static DialogTimeline Starting(DateTimeOffset startedAt) => new(startedAt, startedAt + ReminderDelay, startedAt + Lifetime);

    /// <summary>
    /// Like <see cref="Starting"/>, but a reminder that would fall outside the member's working hours (or on a
    /// non-working day) waits for the next working slot, and is dropped if that is not before expiry.
    /// </summary>
    public static DialogTimeline StartingFor(DateTimeOffset startedAt, MemberCalendar member, string teamTimeZoneId)
    {
        var expiresAt = startedAt + Lifetime;
        var reminderAt = PromptScheduler.NextWorkingInstant(member, teamTimeZoneId, startedAt + ReminderDelay);
        return new DialogTimeline(startedAt, reminderAt < expiresAt ? reminderAt : null, expiresAt);
    }

    /// <summary>What is due at <paramref name="now"/>, given whether the reminder was already sent (at most one is ever due).</summary>
    public DialogDue Evaluate(DateTimeOffset now, bool reminderSent) =>
        now >= ExpiresAt ? DialogDue.Expired
        : !reminderSent && ReminderAt is { } reminderAt && now >= reminderAt ? DialogDue.Reminder
        : DialogDue.Nothing;

    /// <summary>When to look at this dialog next: the reminder if one is still to come, else the expiry.</summary>
    public DateTimeOffset NextCheckAt(bool reminderSent) => !reminderSent && ReminderAt is { } reminderAt ? reminderAt : ExpiresAt;
}

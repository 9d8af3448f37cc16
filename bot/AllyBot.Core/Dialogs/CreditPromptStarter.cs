using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Privacy;
using AllyBot.Core.Scheduling;
using AllyBot.Core.Settings;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Core.Dialogs;

/// <summary>
/// Starts the credit dialogs that are due in one channel: for each human member not opted out of prompts and not
/// paused, the member's next occurrence of the schedule (their zone, working hours, holidays, away days) is due once
/// its time has come and for <see cref="DialogSchedulerOptions.StartCatchUp"/> after. Starting goes through the
/// store's insert-if-absent, so however often and on however many instances this runs, a member gets each occurrence once.
/// A member in do-not-disturb (Slack) when the prompt is due is not prompted then: the prompt waits and goes out at
/// the first run after do-not-disturb ends, if that is still inside the catch-up and inside the member's working
/// hours; otherwise that week's prompt is skipped, as for an away day.
/// </summary>
public sealed class CreditPromptStarter(
    IRosterProvider roster,
    IMemberSettingsStore members,
    IDialogStore dialogs,
    MemberCalendars calendars,
    IDialogChatSender sender,
    MemberPseudonymizer pseudonymizer,
    DialogSchedulerOptions options,
    IDoNotDisturb doNotDisturb)
{
    /// <summary>Starts what is due in <paramref name="settings"/>' channel at <paramref name="now"/>; returns how many prompts this call sent.</summary>
    public async Task<int> StartDueAsync(ChannelSettings settings, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.CreditSchedule is not { } schedule)
        {
            return 0;
        }

        var people = await roster.GetMembersAsync(settings.Channel, cancellationToken).ConfigureAwait(false);
        var started = 0;
        foreach (var person in people)
        {
            var member = pseudonymizer.KeyFor(settings.Channel, person.UserId);
            if (await DueOccurrenceAsync(schedule, member, person, now, cancellationToken).ConfigureAwait(false) is not { } due
                || !await IsReachableAsync(settings.Channel, person.UserId, due.Calendar, schedule.TimeZoneId, now, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var (occurrence, calendar) = due;
            var timeline = DialogTimeline.StartingFor(now, calendar, schedule.TimeZoneId);
            var dialog = DialogState.StartCredit(settings.Channel, member, person.UserId, occurrence.Key, timeline);
            if (await dialogs.TryStartAsync(dialog, cancellationToken).ConfigureAwait(false))
            {
                var candidates = people.Select(p => p.UserId).Where(id => id != person.UserId).ToList();
                await sender.SendDialogPromptAsync(CreditDialogPrompts.ChooseRecipients(dialog, candidates), cancellationToken).ConfigureAwait(false);
                started++;
            }
        }

        return started;
    }

    /// <summary>
    /// Whether the member may be prompted at <paramref name="now"/>: not in do-not-disturb, and, when a wait for it
    /// (or a late run) put <paramref name="now"/> past the slot, still inside working hours. Asked only once a prompt is due.
    /// </summary>
    private async Task<bool> IsReachableAsync(ChatAddress channel, string userId, MemberCalendar calendar, string teamTimeZoneId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!PromptScheduler.IsWorkingAt(calendar, teamTimeZoneId, now))
        {
            return false;
        }

        var quietUntil = await doNotDisturb.QuietUntilAsync(channel, userId, now, cancellationToken).ConfigureAwait(false);
        return quietUntil is null || quietUntil <= now;
    }

    private async Task<(ScheduleOccurrence Occurrence, MemberCalendar Calendar)?> DueOccurrenceAsync(
        WeeklySchedule schedule, MemberKey member, RosterMember person, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if ((await members.GetAsync(member, cancellationToken).ConfigureAwait(false)).PromptsOff)
        {
            return null;
        }

        var calendar = await calendars.LoadAsync(member, person.TimeZoneId, cancellationToken).ConfigureAwait(false);
        var occurrence = PromptScheduler.Next(schedule, calendar, now - options.StartCatchUp);
        if (occurrence is null || occurrence.At > now)
        {
            return null;
        }

        // "Pause 4 weeks" skips every occurrence scheduled up to the end of the pause.
        var pausedUntil = await dialogs.GetPausedUntilAsync(member, cancellationToken).ConfigureAwait(false);
        return pausedUntil is { } until && occurrence.At <= until ? null : (occurrence, calendar);
    }
}

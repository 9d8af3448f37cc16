using AllyBot.Core.Dialogs;
using AllyBot.Core.Ports;
using AllyBot.Core.Privacy;
using AllyBot.Core.Replies;
using AllyBot.Core.Scheduling;
using AllyBot.Core.TeamSettings;
using AllyBot.Core.Voices;

namespace AllyBot.Core.Participation;

/// <summary>
/// The weekly voices digest (voices.md 4.1-4.2), privately to each facilitator of a channel that turned it on, at
/// Monday 09:30 facilitator-local (inside their working hours). Sent only when the window passes k ≥ 5 and ≥ 30
/// messages and a trigger fired; otherwise nothing at all is sent. A facilitator who has left the channel gets nothing.
/// The channel's weekly snapshot is kept (no ids) as the history later weeks compare with. The delivery is claimed
/// before the digest is composed, so a failure while composing loses that week's digest rather than doubling it.
/// </summary>
public sealed class FacilitatorDigests(
    IRosterProvider roster,
    VoicesRosterBuilder rosterBuilder,
    IVoicesSnapshotStore snapshots,
    IDeliveryLog deliveries,
    MemberCalendars calendars,
    IDialogChatSender sender,
    MemberPseudonymizer pseudonymizer,
    DialogSchedulerOptions options)
{
    /// <summary>Sends the digests of <paramref name="settings"/>' channel that are due at <paramref name="now"/>; returns how many.</summary>
    public async Task<int> SendDueAsync(ChannelSettings settings, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.DigestOn || settings.FacilitatorIds.Count == 0)
        {
            return 0;
        }

        var schedule = new WeeklySchedule(options.DigestDay.ToWeekdays(), options.DigestTime, settings.TeamTimeZoneId);
        IReadOnlyList<RosterMember>? people = null;
        VoicesDigest? digest = null;
        var sent = 0;
        foreach (var facilitatorId in settings.FacilitatorIds)
        {
            people ??= await roster.GetMembersAsync(settings.Channel, cancellationToken).ConfigureAwait(false);
            if (people.FirstOrDefault(p => p.UserId == facilitatorId) is not { } person)
            {
                continue;
            }

            var facilitator = pseudonymizer.KeyFor(settings.Channel, facilitatorId);
            var calendar = await calendars.LoadAsync(facilitator, person.TimeZoneId, cancellationToken).ConfigureAwait(false);
            var occurrence = PromptScheduler.Next(schedule, calendar, now - options.DigestCatchUp);
            if (occurrence is null || occurrence.At > now
                || !await deliveries.TryRecordAsync(new ScheduledDelivery(ScheduledDelivery.VoicesDigest, settings.Channel, facilitator.Pseudonym, occurrence.Key), now, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            digest ??= await ComposeAsync(settings, people, now, cancellationToken).ConfigureAwait(false);
            if (digest.ShouldSend)
            {
                await sender.SendDialogPromptAsync(Prompt(settings, facilitatorId, digest, occurrence.Key), cancellationToken).ConfigureAwait(false);
                sent++;
            }
        }

        return sent;
    }

    /// <summary>The week's digest; one that should not be sent when the numbers are suppressed.</summary>
    private async Task<VoicesDigest> ComposeAsync(ChannelSettings settings, IReadOnlyList<RosterMember> people, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var activities = await rosterBuilder.BuildAsync(settings.Channel, people, now, cancellationToken).ConfigureAwait(false);
        if (VoicesMeter.Measure(activities) is not VoicesMeasured { Snapshot: var snapshot })
        {
            return Silent;
        }

        var week = IsoWeek.Of(DateOnly.FromDateTime(now.UtcDateTime));
        var prior = await snapshots.ListBeforeAsync(settings.Channel, week, VoicesThresholds.BaselineWeeks, cancellationToken).ConfigureAwait(false);
        await snapshots.SaveAsync(settings.Channel, week, snapshot, cancellationToken).ConfigureAwait(false);
        return VoicesDigestComposer.Compose(snapshot, prior);
    }

    private static VoicesDigest Silent { get; } = new([], new TriggerReport(new TriggerDecision(TriggerReason.TooFewMembers), new TriggerDecision(TriggerReason.TooFewMembers)), []);

    private static DialogPrompt Prompt(ChannelSettings settings, string facilitatorId, VoicesDigest digest, string occurrenceKey)
    {
        var value = $"{settings.Channel.ChannelId}:{occurrenceKey}";
        return new DialogPrompt(settings.Channel, facilitatorId, DigestText.Render(digest, settings.Channel), null,
        [
            new DialogChoice("Done", DialogActions.DigestDone, value, IsDefault: true),
            new DialogChoice("Not relevant", DialogActions.DigestNotRelevant, value),
        ]);
    }
}

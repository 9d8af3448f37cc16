using AllyBot.Core.Credits;
using AllyBot.Core.Participation;
using AllyBot.Core.Ports;

namespace AllyBot.Core.Dialogs;

/// <summary>
/// The one entry point of the scheduled work (architecture.md flow 3), meant to run every minute on every instance:
/// start due credit dialogs, send due reminders, expire old dialogs, post the weekly credits, send due facilitator
/// digests, and delete what is past its retention (sent nudges included). Every decision depends only on <c>now</c> and the shared stores,
/// and every send is claimed in a store first, so running it often, late, or on several instances at once never
/// sends anything twice. A failure in one channel does not stop the others; the failures are thrown together at the end.
/// </summary>
public sealed class DialogScheduler(
    ITeamSettingsStore teams,
    CreditPromptStarter starter,
    DialogFollowUp followUp,
    WeeklyCreditsPost creditsPost,
    FacilitatorDigests digests,
    IDialogStore dialogs,
    IParticipationCounter counter,
    ICreditStore credits,
    IDeliveryLog deliveries,
    DialogSchedulerOptions options,
    ISentNudgeStore sentNudges)
{
    /// <summary>The delivery log keeps entries this long (voices.md 4.3). <value>90 days.</value></summary>
    public static readonly TimeSpan DeliveryLogRetention = TimeSpan.FromDays(90);

    /// <summary>Does everything due at <paramref name="now"/>.</summary>
    public async Task TickAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var failures = new List<Exception>();
        var channels = await teams.ListActiveAsync(cancellationToken).ConfigureAwait(false);
        foreach (var settings in channels)
        {
            await RunAsync(() => starter.StartDueAsync(settings, now, cancellationToken), failures).ConfigureAwait(false);
        }

        await RunAsync(() => followUp.RunAsync(now, cancellationToken), failures).ConfigureAwait(false);
        await RunAsync(() => creditsPost.PostDueAsync(now, cancellationToken), failures).ConfigureAwait(false);
        foreach (var settings in channels)
        {
            await RunAsync(() => digests.SendDueAsync(settings, now, cancellationToken), failures).ConfigureAwait(false);
        }

        await RunAsync(() => PurgeAsync(now, cancellationToken), failures).ConfigureAwait(false);
        if (failures.Count > 0)
        {
            throw new AggregateException("Some scheduled dialog work failed; the rest was done.", failures);
        }
    }

    private async Task<int> PurgeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return await dialogs.PurgeClosedAsync(now - options.KeepClosedDialogs, cancellationToken).ConfigureAwait(false)
            + await counter.PurgeBeforeAsync(today.AddDays(-options.KeepCounterDays), cancellationToken).ConfigureAwait(false)
            + await credits.PurgeBeforeAsync(now - options.KeepCredits, cancellationToken).ConfigureAwait(false)
            + await deliveries.PurgeBeforeAsync(now - DeliveryLogRetention, cancellationToken).ConfigureAwait(false)
            + await sentNudges.PurgeBeforeAsync(now - Replies.SentNudge.RetentionPeriod, cancellationToken).ConfigureAwait(false);
    }

    private static async Task RunAsync(Func<Task<int>> work, List<Exception> failures)
    {
        try
        {
            await work().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failures.Add(e);
        }
    }
}

using AllyBot.Core.Dialogs;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;

namespace AllyBot.Core.Credits;

/// <summary>
/// Posts each channel's "This week's credits" once a week (Friday 10:00 team-local by default): the credits shared
/// in the channel during the seven days before. Nothing is posted for a week without credits. The delivery log makes
/// the post happen once, whichever instance gets there first.
/// </summary>
public sealed class WeeklyCreditsPost(ICreditStore credits, ITeamSettingsStore teams, IDeliveryLog deliveries, IDialogChatSender sender, DialogSchedulerOptions options)
{
    /// <summary>Posts what is due at <paramref name="now"/>; returns how many posts this call made.</summary>
    public async Task<int> PostDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var posted = 0;
        var channels = await credits.ListChannelsWithSharedCreditsAsync(now - TimeSpan.FromDays(8), now, cancellationToken).ConfigureAwait(false);
        foreach (var channel in channels)
        {
            var settings = await teams.GetAsync(channel, cancellationToken).ConfigureAwait(false);
            var (postAt, week) = TeamClock.InWeekOf(settings.TeamTimeZoneId, now, options.CreditsPostDay, options.CreditsPostTime);
            if (now < postAt || now >= postAt + options.CreditsPostCatchUp)
            {
                continue;
            }

            var weekCredits = await credits.ListSharedInChannelAsync(channel, postAt - TimeSpan.FromDays(7), postAt, cancellationToken).ConfigureAwait(false);
            if (weekCredits.Count == 0
                || !await deliveries.TryRecordAsync(new ScheduledDelivery(ScheduledDelivery.CreditsPost, channel, "", week.ToString()), now, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            await sender.PostToChannelAsync(new ChannelPost(channel, CreditsPostComposer.Compose(weekCredits)), cancellationToken).ConfigureAwait(false);
            posted++;
        }

        return posted;
    }
}

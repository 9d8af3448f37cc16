using AllyBot.Core.Ports;
using AllyBot.Core.Replies;
using AllyBot.Core.Scheduling;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Core.Commands;

/// <summary>
/// <c>/ally schedule credit weekly thu 14:00 [zone]</c> (or <c>daily 09:00</c>), <c>/ally schedule off</c>, and
/// <c>/ally schedule</c> to show it. The time is each member's own local time, inside their working hours; the zone
/// (default: the caller's <c>/ally tz</c>, else UTC) is the team zone, used for members whose zone is unknown.
/// </summary>
public sealed class ScheduleCommand(ChannelSettingsAccess access, ITeamSettingsStore store, IMemberCalendarStore calendars) : IAllyCommand
{
    private const string Help = "Use `/ally schedule credit weekly thu 14:00` (optionally with a team time zone, like `Europe/Berlin`), or `/ally schedule off`.";

    public string Verb => "schedule";

    public string Usage => "schedule credit weekly thu 14:00 [zone] | off";

    public string Summary => "(facilitators) when the weekly \"Credit someone\" dialog runs in this channel";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (settings, denial) = await access.ForChannelChangeAsync(context.Command.Where, context.Command.Caller.Id, cancellationToken).ConfigureAwait(false);
        var channel = ChatMentions.Channel(settings.Channel.ChannelId);
        if (words.Length == 0)
        {
            return settings.CreditSchedule is { } current ? $"In {channel}, {Describe(current)}." : $"The credit dialog is off in {channel}. {Help}";
        }

        var kind = words[0].ToLowerInvariant();
        if (kind is not ("off" or "credit"))
        {
            return $"I can schedule the credit dialog only. {Help}";
        }

        if (denial is not null)
        {
            return denial;
        }

        if (kind == "off")
        {
            await store.SaveAsync(settings with { CreditSchedule = null }, cancellationToken).ConfigureAwait(false);
            return $"The credit dialog is off in {channel}. Dialogs already open finish or expire as usual.";
        }

        var rest = words[1..];
        string? zone = null;
        if (rest.Length >= 3 && rest[^2].Contains(':', StringComparison.Ordinal))
        {
            zone = rest[^1];
            rest = rest[..^1];
        }

        zone ??= (await calendars.GetAsync(context.Member, cancellationToken).ConfigureAwait(false)).TimeZoneId ?? settings.CreditSchedule?.TimeZoneId ?? "UTC";
        if (!WeeklyScheduleParser.TryParse(string.Join(' ', rest), zone, out var schedule, out var error))
        {
            return error;
        }

        await store.SaveAsync(settings with { CreditSchedule = schedule }, cancellationToken).ConfigureAwait(false);
        return $"Done: in {channel}, {Describe(schedule!)}. Everyone can skip a week or pause in one click, and `/ally optout prompts` stops it for them.";
    }

    private static string Describe(WeeklySchedule schedule) =>
        $"the \"Credit someone\" dialog runs {WeekdaysText.Describe(schedule.Days)} at {WeekdaysText.Time(schedule.LocalTime)} in each member's own time zone, " +
        $"inside their working hours ({schedule.TimeZoneId} for anyone whose zone I don't know)";
}
